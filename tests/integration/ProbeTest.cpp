// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The connect engine against real sockets on loopback: every outcome a loopback server can produce.

#include "LoopbackServer.h"
#include "platform/TcpProbe.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include <sys/socket.h>

using tcpd::platform::Outcome;
using tcpd::platform::ProbeOptions;
using tcpd::platform::probeTcp;
using tcpd::test::LoopbackServer;

namespace {
tcpd::platform::ProbeResult probeOne(const std::string& address, unsigned short port, ProbeOptions options = {})
{
    const auto results = probeTcp({{address, port}}, options);
    EXPECT_EQ(results.size(), 1u);
    return results.front();
}
} // namespace

TEST(Probe, OpenPortCompletesTheHandshakeAndMeasuresRtt)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const auto r = probeOne("127.0.0.1", server.port());
    EXPECT_EQ(r.outcome, Outcome::Open);
    EXPECT_GE(r.rttMs, 0.0);
    EXPECT_GE(r.tries, 1);
    EXPECT_TRUE(r.banner.empty());
    EXPECT_FALSE(r.ipv6);
}

TEST(Probe, ClosedPortIsRefused)
{
    const auto r = probeOne("127.0.0.1", LoopbackServer::closedPort());
    EXPECT_EQ(r.outcome, Outcome::Refused);
    EXPECT_EQ(r.sysErrorName, "ECONNREFUSED");
    EXPECT_LT(r.rttMs, 0.0);
    EXPECT_FALSE(r.icmp.present) << "a RST carries no ICMP message";
}

TEST(Probe, AcceptThenResetIsResetAfterConnect)
{
    LoopbackServer server(LoopbackServer::Mode::Reset);
    ASSERT_TRUE(server.ok());
    const auto r = probeOne("127.0.0.1", server.port());
    EXPECT_EQ(r.outcome, Outcome::ResetAfterConnect);
    EXPECT_GE(r.rttMs, 0.0) << "the handshake itself completed";
}

TEST(Probe, AcceptThenCloseIsClosedAfterConnect)
{
    LoopbackServer server(LoopbackServer::Mode::Close);
    ASSERT_TRUE(server.ok());
    const auto r = probeOne("127.0.0.1", server.port());
    EXPECT_EQ(r.outcome, Outcome::ClosedAfterConnect);
}

TEST(Probe, BannerIsKeptAndBounded)
{
    LoopbackServer server(LoopbackServer::Mode::Banner, "SSH-2.0-OpenSSH_9.2\r\n");
    ASSERT_TRUE(server.ok());
    auto r = probeOne("127.0.0.1", server.port());
    EXPECT_EQ(r.outcome, Outcome::Open);
    EXPECT_EQ(r.banner, "SSH-2.0-OpenSSH_9.2\r\n");

    LoopbackServer chatty(LoopbackServer::Mode::Banner, std::string(5000, 'x'));
    ASSERT_TRUE(chatty.ok());
    ProbeOptions small;
    small.bannerMax = 256;
    r = probeOne("127.0.0.1", chatty.port(), small);
    EXPECT_EQ(r.outcome, Outcome::Open);
    EXPECT_EQ(r.banner.size(), 256u);
}

TEST(Probe, Ipv6LoopbackWorksWhereAvailable)
{
    LoopbackServer server(LoopbackServer::Mode::Silent, {}, true);
    if (!server.ok()) {
        GTEST_SKIP() << "this machine has no IPv6 loopback (::1)";
    }
    const auto r = probeOne("::1", server.port());
    EXPECT_EQ(r.outcome, Outcome::Open);
    EXPECT_TRUE(r.ipv6);
}

TEST(Probe, SeveralAddressesAreTriedAtOnceAndKeepTheirOrder)
{
    LoopbackServer open(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(open.ok());
    const unsigned short closed = LoopbackServer::closedPort();
    const auto results = probeTcp({{"127.0.0.1", closed}, {"127.0.0.1", open.port()}}, {});
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].outcome, Outcome::Refused);
    EXPECT_EQ(results[1].outcome, Outcome::Open);
    EXPECT_EQ(results[1].endpoint.port, open.port());
}

TEST(Probe, NonNumericAddressIsAnErrorNotACrash)
{
    const auto r = probeOne("not-an-address", 80);
    EXPECT_EQ(r.outcome, Outcome::Error);
    EXPECT_EQ(r.sysErrorName, "not-a-numeric-address");
}

TEST(Probe, CancelStopsASilentWaitQuickly)
{
    // 127.0.0.1 answers at once, so silence needs a listener whose backlog is full... instead use a
    // listener that accepts nothing and a long listen window: the engine then waits in its poll loop.
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    ProbeOptions options;
    options.listenMs = 10000; // would wait 10 s for a banner
    std::atomic<bool> cancel{false};
    std::thread stopper([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        cancel = true;
    });
    const auto start = std::chrono::steady_clock::now();
    const auto results = probeTcp({{"127.0.0.1", server.port()}}, options, &cancel);
    const auto took = std::chrono::steady_clock::now() - start;
    stopper.join();
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].outcome, Outcome::Error);
    EXPECT_EQ(results[0].sysErrorName, "cancelled");
    // Not a speed assertion: only that cancel ended a 10 s wait (generous bound for a busy machine).
    EXPECT_LT(took, std::chrono::seconds(5));
}

TEST(Probe, OutcomeNamesFollowTheContract)
{
    EXPECT_STREQ(tcpd::platform::outcomeName(Outcome::Open), "open");
    EXPECT_STREQ(tcpd::platform::outcomeName(Outcome::Refused), "refused");
    EXPECT_STREQ(tcpd::platform::outcomeName(Outcome::Filtered), "filtered");
    EXPECT_STREQ(tcpd::platform::outcomeName(Outcome::Rejected), "rejected");
    EXPECT_STREQ(tcpd::platform::outcomeName(Outcome::HostUnreachable), "host_unreachable");
    EXPECT_STREQ(tcpd::platform::outcomeName(Outcome::NetworkUnreachable), "network_unreachable");
    EXPECT_STREQ(tcpd::platform::outcomeName(Outcome::LocalBlock), "local_block");
    EXPECT_STREQ(tcpd::platform::outcomeName(Outcome::ResetAfterConnect), "reset_after_connect");
    EXPECT_STREQ(tcpd::platform::outcomeName(Outcome::ClosedAfterConnect), "closed_after_connect");
    EXPECT_STREQ(tcpd::platform::outcomeName(Outcome::Error), "error");
}

// The service step's second try for a path MTU black hole: a connection that asks for small segments.
TEST(SmallSegments, ConnectsAndAsksForTheSegmentSize)
{
    LoopbackServer server(LoopbackServer::Mode::Banner, "hello\r\n");
    ASSERT_TRUE(server.ok());
    const auto c = tcpd::platform::connectSmallSegments("127.0.0.1", server.port(), 1200, 3000);
    ASSERT_GE(c.socket, 0) << c.error;
    EXPECT_FALSE(c.unsupported);
    EXPECT_GT(c.mss, 0);
    EXPECT_LE(c.mss, 1200) << "the socket uses segments of at most the size asked for";
    // It is connected: the greeting arrives on it.
    char buf[16] = {};
    std::size_t got = 0;
    for (int i = 0; i < 100 && got < 7; ++i) {
        const ssize_t n = ::recv(static_cast<int>(c.socket), buf + got, sizeof buf - 1 - got, 0);
        if (n > 0) {
            got += static_cast<std::size_t>(n);
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    EXPECT_STREQ(buf, "hello\r\n");
    tcpd::platform::closeSocketHandle(c.socket);
}

TEST(SmallSegments, RefusedAndCancelledSayWhy)
{
    const unsigned short port = LoopbackServer::closedPort();
    ASSERT_NE(port, 0);
    const auto refused = tcpd::platform::connectSmallSegments("127.0.0.1", port, 1200, 3000);
    EXPECT_EQ(refused.socket, -1);
    EXPECT_EQ(refused.error, "ECONNREFUSED");
    EXPECT_FALSE(refused.cancelled);

    // Stopped before it began: nothing is sent, and it says so.
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const std::atomic<bool> cancel{true};
    const auto stopped = tcpd::platform::connectSmallSegments("127.0.0.1", server.port(), 1200, 3000, &cancel);
    EXPECT_EQ(stopped.socket, -1);
    EXPECT_TRUE(stopped.cancelled);
    EXPECT_EQ(stopped.error, "cancelled");
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_EQ(server.accepted(), 0) << "a cancelled try connects nowhere";
}

TEST(SmallSegments, NonNumericAddressIsAnErrorNotACrash)
{
    const auto c = tcpd::platform::connectSmallSegments("not an address", 80, 1200, 1000);
    EXPECT_EQ(c.socket, -1);
    EXPECT_FALSE(c.error.empty());
}

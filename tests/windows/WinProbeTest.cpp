// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Windows connect engine (windows/TcpProbeWin.cpp) against real Winsock sockets on loopback, under Wine
// here and on real Windows in the GitHub workflow. Loopback only: 127.0.0.1 and ::1.

#include "WinTestSupport.h"
#include "platform/TcpProbe.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using tcpd::platform::Outcome;
using tcpd::platform::ProbeOptions;
using tcpd::platform::ProbeResult;
using tcpd::platform::probeTcp;
using tcpd::wintest::WinLoopbackServer;

namespace {

constexpr int kWsaConnRefused = 10061;

ProbeResult probeOne(const std::string& address, unsigned short port, const ProbeOptions& options = {})
{
    const auto results = probeTcp({{address, port}}, options);
    EXPECT_EQ(results.size(), 1u);
    return results.empty() ? ProbeResult{} : results.front();
}

} // namespace

TEST(WinProbe, ClosedPortIsRefusedWithTheWinsockCode)
{
    const unsigned short port = WinLoopbackServer::closedPort();
    ASSERT_NE(port, 0);
    const ProbeResult r = probeOne("127.0.0.1", port);
    EXPECT_EQ(r.outcome, Outcome::Refused) << tcpd::platform::outcomeName(r.outcome) << " " << r.sysErrorName;
    EXPECT_EQ(r.sysError, kWsaConnRefused);
    EXPECT_EQ(r.sysErrorName, "WSAECONNREFUSED");
    EXPECT_LT(r.rttMs, 0.0) << "no handshake happened";
    EXPECT_FALSE(r.icmp.present) << "an RST carries no ICMP message";
    EXPECT_FALSE(r.ipv6);
    EXPECT_EQ(r.retransFailDelta, -1) << "Windows has no TCPRetransFail counter";
}

TEST(WinProbe, OpenPortCompletesTheHandshake)
{
    WinLoopbackServer server(WinLoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const ProbeResult r = probeOne("127.0.0.1", server.port());
    EXPECT_EQ(r.outcome, Outcome::Open) << tcpd::platform::outcomeName(r.outcome) << " " << r.sysErrorName;
    EXPECT_GE(r.rttMs, 0.0);
    EXPECT_GE(r.tries, 1);
    EXPECT_TRUE(r.banner.empty());
    EXPECT_EQ(r.endpoint.port, server.port());
}

TEST(WinProbe, BannerIsKept)
{
    WinLoopbackServer server(WinLoopbackServer::Mode::Banner, "SSH-2.0-OpenSSH_for_Windows_9.5\r\n");
    ASSERT_TRUE(server.ok());
    ProbeOptions options;
    options.listenMs = 1000; // the server's accept-and-send may be slow under Wine on a busy machine
    const ProbeResult r = probeOne("127.0.0.1", server.port(), options);
    EXPECT_EQ(r.outcome, Outcome::Open);
    EXPECT_EQ(r.banner, "SSH-2.0-OpenSSH_for_Windows_9.5\r\n");
}

TEST(WinProbe, BannerIsCutAtBannerMax)
{
    WinLoopbackServer server(WinLoopbackServer::Mode::Banner, std::string(5000, 'x'));
    ASSERT_TRUE(server.ok());
    ProbeOptions options;
    options.bannerMax = 256;
    // This test is about the cut, not about the listening window: under Wine on a busy machine the test
    // server's accept-and-send can take longer than the default 100 ms window, and the probe then (rightly)
    // reports what it had read by then. A long window is free here: the probe stops as soon as it has
    // bannerMax bytes.
    options.listenMs = 3000;
    const ProbeResult r = probeOne("127.0.0.1", server.port(), options);
    EXPECT_EQ(r.outcome, Outcome::Open);
    EXPECT_EQ(r.banner.size(), 256u);
}

TEST(WinProbe, AcceptThenCloseIsClosedAfterConnect)
{
    WinLoopbackServer server(WinLoopbackServer::Mode::Close);
    ASSERT_TRUE(server.ok());
    const ProbeResult r = probeOne("127.0.0.1", server.port());
    EXPECT_EQ(r.outcome, Outcome::ClosedAfterConnect) << tcpd::platform::outcomeName(r.outcome) << " " << r.sysErrorName;
    EXPECT_GE(r.rttMs, 0.0) << "the handshake itself completed";
}

TEST(WinProbe, AcceptThenResetIsResetAfterConnect)
{
    if (tcpd::wintest::underWine()) {
        GTEST_SKIP() << "Wine " << tcpd::wintest::wineVersion()
                     << " sends FIN, not RST, when a Wine program closes a socket with SO_LINGER 0, so a Winsock "
                        "listener cannot reset here; the 10054 path is covered by WsaErrors tests and real Windows";
    }
    WinLoopbackServer server(WinLoopbackServer::Mode::Reset);
    ASSERT_TRUE(server.ok());
    const ProbeResult r = probeOne("127.0.0.1", server.port());
    EXPECT_EQ(r.outcome, Outcome::ResetAfterConnect) << tcpd::platform::outcomeName(r.outcome) << " " << r.sysErrorName;
}

TEST(WinProbe, Ipv6LoopbackRefusedAndOpen)
{
    if (!tcpd::wintest::ipv6LoopbackAvailable()) {
        GTEST_SKIP() << "no IPv6 loopback (::1) on this machine";
    }
    const ProbeResult refused = probeOne("::1", WinLoopbackServer::closedPort(true));
    EXPECT_EQ(refused.outcome, Outcome::Refused);
    EXPECT_EQ(refused.sysError, kWsaConnRefused);
    EXPECT_TRUE(refused.ipv6);

    WinLoopbackServer server(WinLoopbackServer::Mode::Silent, {}, true);
    ASSERT_TRUE(server.ok());
    const ProbeResult open = probeOne("::1", server.port());
    EXPECT_EQ(open.outcome, Outcome::Open);
    EXPECT_TRUE(open.ipv6);
}

TEST(WinProbe, SeveralAddressesAreTriedAtOnceAndKeepTheirOrder)
{
    WinLoopbackServer open(WinLoopbackServer::Mode::Silent);
    ASSERT_TRUE(open.ok());
    const unsigned short closed = WinLoopbackServer::closedPort();
    const auto results = probeTcp({{"127.0.0.1", closed}, {"127.0.0.1", open.port()}}, {});
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].outcome, Outcome::Refused);
    EXPECT_EQ(results[0].endpoint.port, closed);
    EXPECT_EQ(results[1].outcome, Outcome::Open);
    EXPECT_EQ(results[1].endpoint.port, open.port());
}

TEST(WinProbe, NonNumericAddressIsAnErrorNotACrash)
{
    const ProbeResult r = probeOne("not-an-address", 80);
    EXPECT_EQ(r.outcome, Outcome::Error);
    EXPECT_EQ(r.sysErrorName, "not-a-numeric-address");
}

TEST(WinProbe, CancelEndsASilentWait)
{
    WinLoopbackServer server(WinLoopbackServer::Mode::Silent);
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
    // Not a speed assertion: only that the cancel ended a 10 s wait (a generous bound for a busy machine).
    EXPECT_LT(took, std::chrono::seconds(5));
}

// The service step's second try for a path MTU black hole: a connection that asks for small segments.
TEST(WinSmallSegments, ConnectsAndAsksForTheSegmentSizeOrSaysWhyNot)
{
    WinLoopbackServer server(WinLoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const auto c = tcpd::platform::connectSmallSegments("127.0.0.1", server.port(), 1200, 3000);
    if (c.unsupported) {
        EXPECT_EQ(c.socket, -1);
        EXPECT_FALSE(c.error.empty());
        GTEST_SKIP() << "this Windows refuses TCP_MAXSEG before connect (" << c.error
                     << "): the service step says it could not try small packets";
    }
    ASSERT_GE(c.socket, 0) << c.error;
    EXPECT_GT(c.mss, 0);
    EXPECT_LE(c.mss, 1200);
    tcpd::platform::closeSocketHandle(c.socket);
}

TEST(WinSmallSegments, RefusedAndCancelledSayWhy)
{
    const unsigned short port = WinLoopbackServer::closedPort();
    ASSERT_NE(port, 0);
    const auto refused = tcpd::platform::connectSmallSegments("127.0.0.1", port, 1200, 5000);
    EXPECT_EQ(refused.socket, -1);
    if (!refused.unsupported) {
        EXPECT_EQ(refused.error, "WSAECONNREFUSED");
    }
    const std::atomic<bool> cancel{true};
    const auto stopped = tcpd::platform::connectSmallSegments("127.0.0.1", port, 1200, 5000, &cancel);
    EXPECT_TRUE(stopped.cancelled);
    EXPECT_EQ(stopped.error, "cancelled");
    const auto junk = tcpd::platform::connectSmallSegments("not an address", 80, 1200, 1000);
    EXPECT_EQ(junk.socket, -1);
    EXPECT_FALSE(junk.error.empty());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// DnsQuery (c-ares) against scripted DNS servers on 127.0.0.1: statuses, records, TTLs, CNAME
// chains, silent servers, cancel. Loopback only.

#include "platform/DnsQuery.h"
#include "DnsFakeServer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using tcpd::platform::DnsQueryOptions;
using tcpd::platform::DnsServerAddress;
using tcpd::platform::DnsServerReply;
using tcpd::platform::DnsStatus;
using tcpd::test::DnsFakeServer;

namespace {

DnsServerAddress at(const DnsFakeServer& s)
{
    return {"127.0.0.1", s.port()};
}

std::vector<std::string> addresses(const tcpd::platform::DnsAnswer& a)
{
    std::vector<std::string> out;
    for (const auto& r : a.records) {
        out.push_back(r.address);
    }
    return out;
}

DnsServerReply askOne(const DnsFakeServer& server, const std::string& name, DnsQueryOptions options = {})
{
    const auto replies = tcpd::platform::queryServers(name, {at(server)}, options);
    EXPECT_EQ(replies.size(), 1u);
    return replies.empty() ? DnsServerReply{} : replies.front();
}

} // namespace

TEST(DnsQuery, AddressesWithTheirTtls)
{
    DnsFakeServer server(DnsFakeServer::Names{
        {.name = "app.example", .a = {"192.0.2.10", "192.0.2.11"}, .aaaa = {"2001:db8::10"}, .ttl = 120}});
    ASSERT_TRUE(server.ok());
    const DnsServerReply r = askOne(server, "app.example");
    EXPECT_EQ(r.server, "127.0.0.1");
    EXPECT_EQ(r.port, server.port());
    EXPECT_EQ(r.a.status, DnsStatus::NoError) << r.a.error;
    EXPECT_EQ(addresses(r.a), (std::vector<std::string>{"192.0.2.10", "192.0.2.11"}));
    EXPECT_EQ(r.a.records.at(0).ttl, 120);
    EXPECT_EQ(r.aaaa.status, DnsStatus::NoError) << r.aaaa.error;
    EXPECT_EQ(addresses(r.aaaa), (std::vector<std::string>{"2001:db8::10"}));
    EXPECT_TRUE(r.a.cnameChain.empty());
    EXPECT_GE(r.elapsedMs, r.a.elapsedMs);
    EXPECT_EQ(r.a.timeouts, 0);
}

TEST(DnsQuery, TheCnameChainIsFollowedInOrder)
{
    DnsFakeServer server(
        DnsFakeServer::Names{{.name = "www.example", .cnames = {"edge.cdn.example"}, .a = {"198.51.100.7"}}});
    ASSERT_TRUE(server.ok());
    const DnsServerReply r = askOne(server, "www.example");
    EXPECT_EQ(r.a.status, DnsStatus::NoError) << r.a.error;
    EXPECT_EQ(addresses(r.a), (std::vector<std::string>{"198.51.100.7"}));
    EXPECT_EQ(r.a.cnameChain, (std::vector<std::string>{"edge.cdn.example"}));
    EXPECT_FALSE(r.a.cnameChainPartial);
    EXPECT_EQ(r.aaaa.status, DnsStatus::NoData) << "a CNAME chain that ends without AAAA is no data";
}

TEST(DnsQuery, ALongerCnameChainIsNeverShownWrong)
{
    // c-ares 1.18 tells the chain's links up to the second-to-last name; newer versions tell all of it.
    DnsFakeServer server(DnsFakeServer::Names{
        {.name = "www.example", .cnames = {"edge.cdn.example", "pop1.cdn.example"}, .a = {"198.51.100.7"}}});
    ASSERT_TRUE(server.ok());
    const DnsServerReply r = askOne(server, "www.example");
    EXPECT_EQ(addresses(r.a), (std::vector<std::string>{"198.51.100.7"}));
    ASSERT_FALSE(r.a.cnameChain.empty());
    EXPECT_EQ(r.a.cnameChain.front(), "edge.cdn.example");
    if (r.a.cnameChain.size() == 2) {
        EXPECT_EQ(r.a.cnameChain.back(), "pop1.cdn.example");
        EXPECT_FALSE(r.a.cnameChainPartial);
    } else {
        EXPECT_EQ(r.a.cnameChain.size(), 1u);
        EXPECT_TRUE(r.a.cnameChainPartial) << "a chain that goes on must say so";
    }
}

TEST(DnsQuery, EachResponseCodeIsReportedAsItCame)
{
    DnsFakeServer server(DnsFakeServer::Names{
        {.name = "broken.example", .rcode = 2}, {.name = "closed.example", .rcode = 5}, {.name = "mail-only.example"}});
    ASSERT_TRUE(server.ok());
    EXPECT_EQ(askOne(server, "broken.example").a.status, DnsStatus::ServFail);
    EXPECT_EQ(askOne(server, "closed.example").aaaa.status, DnsStatus::Refused);
    EXPECT_EQ(askOne(server, "nothing-here.example").a.status, DnsStatus::NxDomain);
    const DnsServerReply nodata = askOne(server, "mail-only.example");
    EXPECT_EQ(nodata.a.status, DnsStatus::NoData);
    EXPECT_EQ(nodata.aaaa.status, DnsStatus::NoData);
    // A SERVFAIL is an answer, not a reason to ask again: 4 names x 2 types, one question each.
    EXPECT_EQ(server.questions(), 8);
}

TEST(DnsQuery, OnlyTheAskedFamily)
{
    DnsFakeServer server(DnsFakeServer::Names{{.name = "app.example", .a = {"192.0.2.10"}, .aaaa = {"2001:db8::10"}}});
    ASSERT_TRUE(server.ok());
    DnsQueryOptions options;
    options.askAAAA = false;
    const DnsServerReply r = askOne(server, "app.example", options);
    EXPECT_TRUE(r.askedA);
    EXPECT_FALSE(r.askedAAAA);
    EXPECT_EQ(server.questions(), 1);
}

TEST(DnsQuery, ASilentServerIsAskedAgainThenGivenUpAtTheDeadline)
{
    DnsFakeServer silent(DnsFakeServer::Names{}, true);
    ASSERT_TRUE(silent.ok());
    DnsQueryOptions options;
    options.deadlineMs = 600;
    options.tryTimeoutMs = 100;
    options.tries = 3; // 100 + 200 + 400 ms of waiting would end after the deadline: the deadline decides
    const DnsServerReply r = askOne(silent, "app.example", options);
    EXPECT_EQ(r.a.status, DnsStatus::Timeout);
    EXPECT_EQ(r.aaaa.status, DnsStatus::Timeout);
    EXPECT_DOUBLE_EQ(r.a.elapsedMs, 600.0) << "a timed-out answer is reported at the deadline";
    EXPECT_FALSE(r.a.error.empty());
    EXPECT_EQ(silent.questions(), 6) << "each question was sent 3 times (tries) before the deadline";
}

TEST(DnsQuery, OneSilentServerDoesNotHideTheOther)
{
    DnsFakeServer silent(DnsFakeServer::Names{}, true);
    DnsFakeServer good(DnsFakeServer::Names{{.name = "app.example", .a = {"192.0.2.10"}}});
    ASSERT_TRUE(silent.ok() && good.ok());
    DnsQueryOptions options;
    options.deadlineMs = 500;
    options.tryTimeoutMs = 100;
    options.askAAAA = false;
    const auto replies = tcpd::platform::queryServers("app.example", {at(silent), at(good)}, options);
    ASSERT_EQ(replies.size(), 2u);
    EXPECT_EQ(replies[0].port, silent.port());
    EXPECT_EQ(replies[0].a.status, DnsStatus::Timeout);
    EXPECT_EQ(replies[1].port, good.port());
    EXPECT_EQ(replies[1].a.status, DnsStatus::NoError);
    EXPECT_LT(replies[1].a.elapsedMs, replies[0].a.elapsedMs) << "the good server's answer is timed on its own";
}

TEST(DnsQuery, AClosedPortIsNotASilentServer)
{
    const unsigned short port = DnsFakeServer::closedPort();
    ASSERT_NE(port, 0);
    DnsQueryOptions options;
    options.deadlineMs = 1500;
    options.tryTimeoutMs = 500;
    options.askAAAA = false;
    const auto replies = tcpd::platform::queryServers("app.example", {{"127.0.0.1", port}}, options);
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_EQ(replies[0].a.status, DnsStatus::ConnRefused)
        << tcpd::platform::dnsStatusName(replies[0].a.status) << " " << replies[0].a.error;
}

TEST(DnsQuery, CancelEndsTheWaitAtOnce)
{
    DnsFakeServer silent(DnsFakeServer::Names{}, true);
    ASSERT_TRUE(silent.ok());
    std::atomic<bool> cancel{false};
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        cancel = true;
    });
    DnsQueryOptions options;
    options.deadlineMs = 20000;
    const auto start = std::chrono::steady_clock::now();
    const auto replies = tcpd::platform::queryServers("app.example", {at(silent)}, options, &cancel);
    const auto tookMs
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    canceller.join();
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_EQ(replies[0].a.status, DnsStatus::Cancelled);
    EXPECT_LT(tookMs, 10000) << "cancel must end the wait long before the 20 s deadline";
}

TEST(DnsQuery, ReverseLookup)
{
    DnsFakeServer server(DnsFakeServer::Names{{.name = "10.2.0.192.in-addr.arpa", .ptr = {"app.example"}}});
    ASSERT_TRUE(server.ok());
    const auto replies = tcpd::platform::reverseLookup("192.0.2.10", {at(server)}, {});
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_EQ(replies[0].ptr.status, DnsStatus::NoError) << replies[0].ptr.error;
    EXPECT_EQ(addresses(replies[0].ptr), (std::vector<std::string>{"app.example"}));
    const auto none = tcpd::platform::reverseLookup("192.0.2.99", {at(server)}, {});
    EXPECT_EQ(none.at(0).ptr.status, DnsStatus::NxDomain);
}

TEST(DnsQuery, ALinkLocalServerIsReportedNotAsked)
{
    const auto replies = tcpd::platform::queryServers("app.example", {{"fe80::1%lo", 53}}, {});
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_EQ(replies[0].a.status, DnsStatus::Unsupported);
    EXPECT_FALSE(replies[0].a.error.empty());
}

TEST(DnsQuery, RouteCheckSendsNothing)
{
    EXPECT_TRUE(tcpd::platform::hasRouteTo("127.0.0.1"));
    EXPECT_FALSE(tcpd::platform::hasRouteTo("not-an-address"));
}

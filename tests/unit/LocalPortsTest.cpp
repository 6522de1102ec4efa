// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The local-port count shared by every OS backend (platform/LocalPorts.cpp): summarizePortUsage() on
// made-up socket rows, and the /proc/sys/net/ipv4/ip_local_port_range parser. No sockets, no OS.

#include "platform/LocalPorts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using tcpd::platform::LocalPortUsage;
using tcpd::platform::parsePortRange;
using tcpd::platform::summarizePortUsage;
using tcpd::platform::TcpSocketRow;

namespace {

TcpSocketRow row(const std::string& local, uint16_t localPort, const std::string& remote, uint16_t remotePort,
                 const std::string& state)
{
    TcpSocketRow r;
    r.ipv6 = local.find(':') != std::string::npos;
    r.localAddress = local;
    r.localPort = localPort;
    r.remoteAddress = remote;
    r.remotePort = remotePort;
    r.state = state;
    return r;
}

int stateCount(const LocalPortUsage& u, const std::string& state)
{
    for (const auto& [name, count] : u.byState) {
        if (name == state) {
            return count;
        }
    }
    return 0;
}

} // namespace

TEST(LocalPorts, NoRowsCountNothing)
{
    const LocalPortUsage u = summarizePortUsage({}, 32768, 60999, "203.0.113.2", 8080);
    EXPECT_TRUE(u.ok);
    EXPECT_EQ(u.rangeLow, 32768);
    EXPECT_EQ(u.rangeHigh, 60999);
    EXPECT_EQ(u.rangeSize(), 28232);
    EXPECT_EQ(u.total, 0);
    EXPECT_EQ(u.inRange, 0);
    EXPECT_EQ(u.toTarget, 0);
    EXPECT_TRUE(u.byState.empty());
    EXPECT_TRUE(u.topRemotes.empty());
    EXPECT_DOUBLE_EQ(u.usedShare(), 0.0);
}

TEST(LocalPorts, ListenersTakeAPortButAreNoRemote)
{
    const std::vector<TcpSocketRow> rows = {
        row("0.0.0.0", 40000, "0.0.0.0", 0, "listen"),
        row("::", 40001, "::", 0, "listen"),
        row("127.0.0.1", 40002, "", 0, "listen"),
    };
    const LocalPortUsage u = summarizePortUsage(rows, 32768, 60999, "", 0);
    EXPECT_EQ(u.total, 3);
    EXPECT_EQ(u.inRange, 3) << "a listener's port cannot be picked for a connection";
    EXPECT_TRUE(u.topRemotes.empty());
    EXPECT_EQ(stateCount(u, "listen"), 3);
}

TEST(LocalPorts, ConnectionsToTheTargetAreCountedWhateverTheAddressForm)
{
    const std::vector<TcpSocketRow> rows = {
        row("192.0.2.10", 40000, "203.0.113.2", 8080, "established"),
        row("::ffff:192.0.2.10", 40001, "::ffff:203.0.113.2", 8080, "time_wait"), // a dual-stack socket
        row("192.0.2.10", 40002, "203.0.113.2", 8081, "established"), // another port
        row("192.0.2.10", 40003, "203.0.113.3", 8080, "established"), // another address
        row("192.0.2.10", 80, "203.0.113.2", 8080, "established"), // a local port below the range
    };
    const LocalPortUsage plain = summarizePortUsage(rows, 32768, 60999, "203.0.113.2", 8080);
    EXPECT_EQ(plain.toTarget, 2);
    const LocalPortUsage mapped = summarizePortUsage(rows, 32768, 60999, "::ffff:203.0.113.2", 8080);
    EXPECT_EQ(mapped.toTarget, 2) << "::ffff:203.0.113.2 is 203.0.113.2";
    const LocalPortUsage upper = summarizePortUsage(rows, 32768, 60999, "::FFFF:203.0.113.2", 8080);
    EXPECT_EQ(upper.toTarget, 2);
    EXPECT_EQ(summarizePortUsage(rows, 32768, 60999, "203.0.113.2", 0).toTarget, 0) << "no target port";
    EXPECT_EQ(summarizePortUsage(rows, 32768, 60999, "", 8080).toTarget, 0) << "no target address";
}

TEST(LocalPorts, Ipv6TargetsCompareInLowerCase)
{
    const std::vector<TcpSocketRow> rows = {row("2001:db8::10", 50000, "2001:db8::2", 443, "established")};
    EXPECT_EQ(summarizePortUsage(rows, 49152, 65535, "2001:DB8::2", 443).toTarget, 1);
}

TEST(LocalPorts, PortsOutsideTheRangeAreNotCounted)
{
    const std::vector<TcpSocketRow> rows = {
        row("192.0.2.10", 32767, "203.0.113.2", 8080, "established"), // just below
        row("192.0.2.10", 32768, "203.0.113.2", 8080, "established"), // the first
        row("192.0.2.10", 60999, "203.0.113.2", 8080, "established"), // the last
        row("192.0.2.10", 61000, "203.0.113.2", 8080, "established"), // just above
        row("0.0.0.0", 22, "0.0.0.0", 0, "listen"),
    };
    const LocalPortUsage u = summarizePortUsage(rows, 32768, 60999, "203.0.113.2", 8080);
    EXPECT_EQ(u.total, 5) << "every socket counts in the total";
    EXPECT_EQ(u.inRange, 2);
    EXPECT_EQ(u.toTarget, 2);
    ASSERT_EQ(u.topRemotes.size(), 1u);
    EXPECT_EQ(u.topRemotes[0].count, 4) << "the remotes count every connection, in the range or not";
}

TEST(LocalPorts, ALocalPortSharedBySeveralSocketsIsOnePort)
{
    // One local port may carry connections to different remotes (and a listener on it), but it is one
    // port taken from the range.
    const std::vector<TcpSocketRow> rows = {
        row("192.0.2.10", 50000, "203.0.113.2", 443, "established"),
        row("192.0.2.10", 50000, "203.0.113.3", 443, "established"),
        row("192.0.2.11", 50000, "203.0.113.2", 443, "time_wait"),
        row("0.0.0.0", 50000, "0.0.0.0", 0, "listen"),
        row("192.0.2.10", 50001, "203.0.113.2", 443, "established"),
    };
    const LocalPortUsage u = summarizePortUsage(rows, 49152, 65535, "203.0.113.2", 443);
    EXPECT_EQ(u.total, 5);
    EXPECT_EQ(u.inRange, 2);
    EXPECT_EQ(u.toTarget, 3) << "toTarget counts sockets, not ports";
}

TEST(LocalPorts, TopRemotesAreTheFiveBusiestMostFirst)
{
    std::vector<TcpSocketRow> rows;
    uint16_t local = 40000;
    // 203.0.113.1 gets 1 connection, .2 gets 2, ... .7 gets 7.
    for (int host = 1; host <= 7; ++host) {
        for (int i = 0; i < host; ++i) {
            rows.push_back(row("192.0.2.10", local++, "203.0.113." + std::to_string(host), 443, "established"));
        }
    }
    rows.push_back(row("0.0.0.0", 443, "0.0.0.0", 0, "listen"));
    const LocalPortUsage u = summarizePortUsage(rows, 32768, 60999, "", 0);
    ASSERT_EQ(u.topRemotes.size(), 5u);
    EXPECT_EQ(u.topRemotes[0].address, "203.0.113.7");
    EXPECT_EQ(u.topRemotes[0].port, 443);
    EXPECT_EQ(u.topRemotes[0].count, 7);
    EXPECT_EQ(u.topRemotes[4].address, "203.0.113.3");
    EXPECT_EQ(u.topRemotes[4].count, 3);
    for (std::size_t i = 1; i < u.topRemotes.size(); ++i) {
        EXPECT_GE(u.topRemotes[i - 1].count, u.topRemotes[i].count);
    }
    EXPECT_EQ(u.inRange, 28) << "1 + 2 + ... + 7 connections, each on its own port";
}

TEST(LocalPorts, TheSameRemoteInBothFormsIsOneRemote)
{
    const std::vector<TcpSocketRow> rows = {
        row("192.0.2.10", 40000, "203.0.113.2", 443, "established"),
        row("::ffff:192.0.2.10", 40001, "::ffff:203.0.113.2", 443, "established"),
        row("192.0.2.10", 40002, "203.0.113.2", 80, "established"), // another port: another remote
    };
    const LocalPortUsage u = summarizePortUsage(rows, 32768, 60999, "", 0);
    ASSERT_EQ(u.topRemotes.size(), 2u);
    EXPECT_EQ(u.topRemotes[0].address, "203.0.113.2");
    EXPECT_EQ(u.topRemotes[0].port, 443);
    EXPECT_EQ(u.topRemotes[0].count, 2);
}

TEST(LocalPorts, StatesAreCountedMostFirstThenByName)
{
    const std::vector<TcpSocketRow> rows = {
        row("192.0.2.10", 40000, "203.0.113.2", 443, "time_wait"),
        row("192.0.2.10", 40001, "203.0.113.2", 443, "time_wait"),
        row("192.0.2.10", 40002, "203.0.113.2", 443, "time_wait"),
        row("192.0.2.10", 40003, "203.0.113.2", 443, "established"),
        row("192.0.2.10", 40004, "203.0.113.2", 443, "close_wait"),
        row("192.0.2.10", 40005, "203.0.113.2", 443, ""),
    };
    const LocalPortUsage u = summarizePortUsage(rows, 32768, 60999, "", 0);
    ASSERT_EQ(u.byState.size(), 4u);
    EXPECT_EQ(u.byState[0], std::make_pair(std::string("time_wait"), 3));
    EXPECT_EQ(u.byState[1].first, "close_wait") << "ties in alphabetical order";
    EXPECT_EQ(u.byState[2].first, "established");
    EXPECT_EQ(u.byState[3], std::make_pair(std::string("unknown"), 1)) << "a row without a state";
}

TEST(LocalPorts, UsedShareIsZeroWhenTheRangeIsUnknown)
{
    const std::vector<TcpSocketRow> rows = {row("192.0.2.10", 40000, "203.0.113.2", 443, "established")};
    const LocalPortUsage u = summarizePortUsage(rows, -1, -1, "203.0.113.2", 443);
    EXPECT_TRUE(u.ok);
    EXPECT_FALSE(u.rangeKnown());
    EXPECT_EQ(u.rangeSize(), 0);
    EXPECT_EQ(u.inRange, 0);
    EXPECT_EQ(u.toTarget, 0) << "in the range is unknown: nothing is counted as in it";
    EXPECT_EQ(u.total, 1);
    EXPECT_DOUBLE_EQ(u.usedShare(), 0.0);
    EXPECT_DOUBLE_EQ(summarizePortUsage(rows, 60999, 32768, "", 0).usedShare(), 0.0) << "a reversed range";
}

TEST(LocalPorts, UsedShareIsTheLargerCountOverTheRange)
{
    std::vector<TcpSocketRow> rows;
    for (uint16_t p = 1000; p < 1050; ++p) { // 50 of 100 ports
        rows.push_back(row("192.0.2.10", p, "203.0.113.2", 443, "established"));
    }
    const LocalPortUsage u = summarizePortUsage(rows, 1000, 1099, "203.0.113.2", 443);
    EXPECT_EQ(u.inRange, 50);
    EXPECT_DOUBLE_EQ(u.usedShare(), 0.5);
    LocalPortUsage failed = u;
    failed.ok = false;
    EXPECT_DOUBLE_EQ(failed.usedShare(), 0.0) << "not counted: no share";
}

TEST(LocalPorts, ParsePortRangeReadsTheProcFile)
{
    int low = -1;
    int high = -1;
    ASSERT_TRUE(parsePortRange("32768\t60999\n", low, high));
    EXPECT_EQ(low, 32768);
    EXPECT_EQ(high, 60999);
    ASSERT_TRUE(parsePortRange("1024 65535", low, high));
    EXPECT_EQ(low, 1024);
    EXPECT_EQ(high, 65535);
}

TEST(LocalPorts, ParsePortRangeRejectsMalformedText)
{
    for (const char* text : {"60999 32768", "abc", "1 2 3", "", "32768", "0 60999", "32768 65536", "-1 60999",
                             "32768 60999x", "32768.5 60999"}) {
        int low = -7;
        int high = -7;
        EXPECT_FALSE(parsePortRange(text, low, high)) << "\"" << text << "\"";
        EXPECT_EQ(low, -7) << "left as it was: \"" << text << "\"";
        EXPECT_EQ(high, -7);
    }
}

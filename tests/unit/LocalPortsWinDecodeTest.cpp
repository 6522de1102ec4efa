// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Windows local-port count's decoding (GetTcpTable2 / GetTcp6Table2 rows and MIB_TCP_STATE names),
// built and tested on every OS and under Wine. Row values are what Windows hands back on x86/ARM
// (little-endian DWORDs holding network-order bytes).

#include "platform/windows/ListenTableWinDecode.h"

#include <gtest/gtest.h>

using namespace tcpd::platform;
using namespace tcpd::platform::detail;

TEST(LocalPortsWinDecode, EveryMibStateHasTheContractsName)
{
    EXPECT_EQ(tcpStateName(1), "close"); // MIB_TCP_STATE_CLOSED
    EXPECT_EQ(tcpStateName(2), "listen");
    EXPECT_EQ(tcpStateName(3), "syn_sent");
    EXPECT_EQ(tcpStateName(4), "syn_recv");
    EXPECT_EQ(tcpStateName(5), "established");
    EXPECT_EQ(tcpStateName(6), "fin_wait1");
    EXPECT_EQ(tcpStateName(7), "fin_wait2");
    EXPECT_EQ(tcpStateName(8), "close_wait");
    EXPECT_EQ(tcpStateName(9), "closing");
    EXPECT_EQ(tcpStateName(10), "last_ack");
    EXPECT_EQ(tcpStateName(11), "time_wait");
    EXPECT_EQ(tcpStateName(12), "close") << "DELETE_TCB: the connection is being removed";
}

TEST(LocalPortsWinDecode, ConstantsMatchTheStateNames)
{
    EXPECT_EQ(tcpStateName(mib::kListen), "listen");
    EXPECT_EQ(tcpStateName(mib::kSynRcvd), "syn_recv");
    EXPECT_EQ(tcpStateName(mib::kEstab), "established");
    EXPECT_EQ(tcpStateName(mib::kTimeWait), "time_wait");
    EXPECT_EQ(tcpStateName(mib::kDeleteTcb), "close");
}

TEST(LocalPortsWinDecode, UnknownStatesHaveNoName)
{
    EXPECT_EQ(tcpStateName(0), "");
    EXPECT_EQ(tcpStateName(13), "");
    EXPECT_EQ(tcpStateName(-1), "");
    const TcpSocketRow r = tcpSocketRowV4(100, 0x0100007F, 0x50C3, 0x0100007F, 0x5000);
    const LocalPortUsage u = summarizePortUsage({r}, 49152, 65535, "", 0);
    ASSERT_EQ(u.byState.size(), 1u);
    EXPECT_EQ(u.byState[0].first, "unknown") << "counted, under a name that says so";
}

TEST(LocalPortsWinDecode, Ipv4RowsDecodeBothEnds)
{
    // 192.0.2.10:50000 -> 203.0.113.2:8080, ESTABLISHED (50000 = 0xC350, 8080 = 0x1F90).
    const TcpSocketRow r = tcpSocketRowV4(mib::kEstab, 0x0A0200C0, 0x50C3, 0x027100CB, 0x901F);
    EXPECT_FALSE(r.ipv6);
    EXPECT_EQ(r.localAddress, "192.0.2.10");
    EXPECT_EQ(r.localPort, 50000);
    EXPECT_EQ(r.remoteAddress, "203.0.113.2");
    EXPECT_EQ(r.remotePort, 8080);
    EXPECT_EQ(r.state, "established");

    const TcpSocketRow l = tcpSocketRowV4(mib::kListen, 0, 0xBD01, 0, 0); // 0.0.0.0:445, LISTEN
    EXPECT_EQ(l.localAddress, "0.0.0.0");
    EXPECT_EQ(l.localPort, 445);
    EXPECT_EQ(l.remoteAddress, "0.0.0.0");
    EXPECT_EQ(l.remotePort, 0);
    EXPECT_EQ(l.state, "listen");
}

TEST(LocalPortsWinDecode, Ipv6RowsDecodeBothEndsWithTheirZones)
{
    const unsigned char local[16] = {0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x12, 0x34, 0, 0, 0, 0, 0, 1};
    const unsigned char remote[16] = {0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};
    const TcpSocketRow r = tcpSocketRowV6(mib::kTimeWait, local, 12, 0x50C3, remote, 12, 0x1600);
    EXPECT_TRUE(r.ipv6);
    EXPECT_EQ(r.localAddress, "fe80::1234:0:0:1%12");
    EXPECT_EQ(r.localPort, 50000);
    EXPECT_EQ(r.remoteAddress, "fe80::2%12");
    EXPECT_EQ(r.remotePort, 22);
    EXPECT_EQ(r.state, "time_wait");

    const unsigned char mapped[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 203, 0, 113, 2};
    const unsigned char any[16] = {};
    const TcpSocketRow m = tcpSocketRowV6(mib::kEstab, any, 0, 0x50C3, mapped, 0, 0x901F);
    EXPECT_EQ(m.localAddress, "::");
    EXPECT_EQ(m.remoteAddress, "::ffff:203.0.113.2");
}

TEST(LocalPortsWinDecode, DecodedRowsAreCounted)
{
    // A listener, two connections to the target (one of them IPv6, dual-stack), one elsewhere, one closing.
    const unsigned char mapped[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 203, 0, 113, 2};
    const unsigned char local6[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 10};
    const std::vector<TcpSocketRow> rows = {
        tcpSocketRowV4(mib::kListen, 0, 0x5000, 0, 0),
        tcpSocketRowV4(mib::kEstab, 0x0A0200C0, 0x50C3, 0x027100CB, 0x901F),
        tcpSocketRowV6(mib::kTimeWait, local6, 0, 0x51C3, mapped, 0, 0x901F), // :50001
        tcpSocketRowV4(mib::kEstab, 0x0A0200C0, 0x52C3, 0x037100CB, 0x901F), // :50002 -> 203.0.113.3
        tcpSocketRowV4(mib::kDeleteTcb, 0x0A0200C0, 0x53C3, 0x027100CB, 0xBB01), // :50003 -> :443
    };
    const LocalPortUsage u = summarizePortUsage(rows, 49152, 65535, "203.0.113.2", 8080);
    EXPECT_EQ(u.total, 5);
    EXPECT_EQ(u.inRange, 4) << "port 80 of the listener is below the range";
    EXPECT_EQ(u.toTarget, 2);
    ASSERT_FALSE(u.topRemotes.empty());
    EXPECT_EQ(u.topRemotes[0].address, "203.0.113.2");
    EXPECT_EQ(u.topRemotes[0].port, 8080);
    EXPECT_EQ(u.topRemotes[0].count, 2);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Windows listen table's decoding (GetExtendedTcpTable rows), built and tested on every OS. The row
// values are what Windows hands back on x86/ARM (little-endian DWORDs holding network-order bytes).

#include "platform/windows/ListenTableWinDecode.h"

#include <gtest/gtest.h>

using namespace tcpd::platform;
using namespace tcpd::platform::detail;

TEST(ListenWinDecode, PortsAreNetworkOrderInTheLowWord)
{
    EXPECT_EQ(portFromTableDword(0x5000), 80); // 0x0050 in network order
    EXPECT_EQ(portFromTableDword(0x1600), 22);
    EXPECT_EQ(portFromTableDword(0x3D0D), 3389); // 0x0D3D
    EXPECT_EQ(portFromTableDword(0xBB01), 443); // 0x01BB
    EXPECT_EQ(portFromTableDword(0xFFFF5000), 80) << "the high word is not part of the port";
}

TEST(ListenWinDecode, Ipv4AddressesAreInAddrBytes)
{
    EXPECT_EQ(ipv4FromTableDword(0x0100007F), "127.0.0.1");
    EXPECT_EQ(ipv4FromTableDword(0x00000000), "0.0.0.0");
    EXPECT_EQ(ipv4FromTableDword(0x020200C0), "192.0.2.2");
}

TEST(ListenWinDecode, Ipv6AddressesKeepTheirScopeWhenLinkLocal)
{
    const unsigned char any[16] = {};
    EXPECT_EQ(ipv6FromTableBytes(any, 0), "::");
    const unsigned char loop[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    EXPECT_EQ(ipv6FromTableBytes(loop, 1), "::1") << "only link-local addresses carry a zone";
    const unsigned char ll[16] = {0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x12, 0x34, 0, 0, 0, 0, 0, 1};
    EXPECT_EQ(ipv6FromTableBytes(ll, 12), "fe80::1234:0:0:1%12");
}

TEST(ListenWinDecode, RowsBecomeListenersAndActivity)
{
    ListenTable t;
    std::vector<WinTcpRow> rows;
    rows.push_back({false, "0.0.0.0", 3389, mib::kListen, 1044});
    rows.push_back({true, "::", 3389, mib::kListen, 1044});
    rows.push_back({false, "127.0.0.1", 5432, mib::kListen, 0}); // Wine (and the idle process) say 0
    rows.push_back({false, "192.0.2.2", 3389, mib::kEstab, 1044});
    rows.push_back({false, "192.0.2.2", 3389, mib::kSynRcvd, 1044});
    rows.push_back({false, "192.0.2.2", 3389, mib::kSynRcvd, 1044});
    rows.push_back({false, "192.0.2.2", 50001, 11 /* TIME_WAIT */, 0});
    addWinRows(t, rows);
    sortTable(t);
    ASSERT_EQ(t.sockets.size(), 3u);
    EXPECT_EQ(t.sockets[0].address, "0.0.0.0");
    EXPECT_EQ(t.sockets[0].pid, 1044);
    EXPECT_EQ(t.sockets[1].address, "::");
    EXPECT_EQ(t.sockets[2].pid, -1) << "pid 0 owns no listener: unknown";
    EXPECT_EQ(activityFor(t, 3389).established, 1);
    EXPECT_EQ(activityFor(t, 3389).synRecv, 2);
    EXPECT_EQ(activityFor(t, 50001).established, 0);
}

TEST(ListenWinDecode, ProcessNames)
{
    EXPECT_EQ(processNameFromPath("C:\\Windows\\System32\\svchost.exe"), "svchost.exe");
    EXPECT_EQ(processNameFromPath("C:/Program Files/PostgreSQL/16/bin/postgres.exe"), "postgres.exe");
    EXPECT_EQ(processNameFromPath("sshd.exe"), "sshd.exe");
    EXPECT_EQ(wellKnownProcessName(4), "System");
    EXPECT_EQ(wellKnownProcessName(1044), "");
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Windows network-configuration decisions (NetConfigWinDecode.h), fed with the values
// GetAdaptersAddresses, GetIpNetTable2, IcmpSendEcho2 and GetBestRoute2 return on real Windows.
// No Windows needed: runs on every OS.

#include "platform/windows/NetConfigWinDecode.h"

#include <gtest/gtest.h>

namespace tcpd::platform::win {
namespace {

TEST(NetConfigWinDecode, AdapterKinds)
{
    std::string d;
    EXPECT_EQ(kindFor(6, true, "Intel(R) Ethernet Connection (7) I219-V", d), InterfaceKind::Wired);
    EXPECT_EQ(kindFor(71, true, "Intel(R) Wi-Fi 6 AX201 160MHz", d), InterfaceKind::WiFi);
    EXPECT_EQ(kindFor(24, false, "Software Loopback Interface 1", d), InterfaceKind::Loopback);
    EXPECT_EQ(kindFor(243, true, "Generic Mobile Broadband Adapter", d), InterfaceKind::Cellular);
    EXPECT_EQ(kindFor(23, false, "WAN Miniport (IKEv2)", d), InterfaceKind::Tunnel);
    EXPECT_EQ(kindFor(131, false, "Teredo Tunneling Pseudo-Interface", d), InterfaceKind::Tunnel);
    EXPECT_EQ(kindFor(53, false, "WireGuard Tunnel", d), InterfaceKind::Tunnel);
    EXPECT_EQ(kindFor(6, false, "TAP-Windows Adapter V9", d), InterfaceKind::Tunnel) << "an Ethernet-typed VPN adapter";
    EXPECT_EQ(d, "tap-windows");
    EXPECT_EQ(kindFor(6, false, "Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64", d),
              InterfaceKind::Tunnel);
    EXPECT_EQ(kindFor(6, false, "Hyper-V Virtual Ethernet Adapter", d), InterfaceKind::Virtual);
    EXPECT_EQ(d, "hyper-v");
}

TEST(NetConfigWinDecode, AddressOrigins)
{
    EXPECT_EQ(originFor("192.168.1.20", kPrefixDhcp, 3), AddressOrigin::Dhcp);
    EXPECT_EQ(originFor("192.168.1.20", kPrefixManual, 1), AddressOrigin::Manual);
    EXPECT_EQ(originFor("2001:db8::5", kPrefixRouterAdvertisement, kSuffixRandom), AddressOrigin::RouterAdvertisement);
    EXPECT_EQ(originFor("169.254.12.7", kPrefixWellKnown, 4), AddressOrigin::LinkLocal) << "APIPA";
    EXPECT_EQ(originFor("fe80::1", kPrefixWellKnown, 4), AddressOrigin::LinkLocal);
    EXPECT_EQ(originFor("127.0.0.1", kPrefixWellKnown, 2), AddressOrigin::Loopback);
    EXPECT_EQ(originFor("10.0.0.1", 0, 0), AddressOrigin::Unknown);
}

TEST(NetConfigWinDecode, StatesAndErrors)
{
    EXPECT_EQ(neighbourFor(kNeighUnreachable), Neighbour::Failed);
    EXPECT_EQ(neighbourFor(kNeighIncomplete), Neighbour::Incomplete);
    EXPECT_EQ(neighbourFor(kNeighReachable), Neighbour::Reachable);
    EXPECT_EQ(neighbourFor(kNeighStale), Neighbour::Stale);
    EXPECT_EQ(neighbourFor(99), Neighbour::Unknown);
    EXPECT_STREQ(operStateName(kOperUp), "up");
    EXPECT_STREQ(operStateName(kOperDown), "down");
    EXPECT_STREQ(operStateName(kOperLowerLayerDown), "lowerlayerdown");
    EXPECT_STREQ(icmpStatusName(11010), "IP_REQ_TIMED_OUT");
    EXPECT_STREQ(icmpStatusName(11003), "IP_DEST_HOST_UNREACHABLE");
    const char* name = nullptr;
    EXPECT_EQ(routeStatusForError(1231, &name), RouteLookup::Status::NoRoute);
    EXPECT_STREQ(name, "ERROR_NETWORK_UNREACHABLE");
    EXPECT_EQ(routeStatusForError(1232, &name), RouteLookup::Status::Unreachable);
    EXPECT_EQ(routeStatusForError(50, &name), RouteLookup::Status::Error);
    EXPECT_STREQ(name, "ERROR_NOT_SUPPORTED") << "Wine's GetBestRoute2 stub";
    EXPECT_EQ(speedMbps(1000000000ULL), 1000);
    EXPECT_EQ(speedMbps(0), -1) << "Wine reports 0";
    EXPECT_EQ(speedMbps(~0ULL), -1);
}

} // namespace
} // namespace tcpd::platform::win

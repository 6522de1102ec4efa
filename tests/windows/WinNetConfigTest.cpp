// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Windows network configuration (windows/NetConfigWin.cpp: GetAdaptersAddresses, GetIfTable2,
// GetIpForwardTable2, GetBestRoute2 with its fallback, IcmpSendEcho2 / TCP) on this machine. Route
// lookups send nothing; the gateway probe is aimed at 127.0.0.1 only. Built when NetConfigWin.cpp is
// present (tests/windows/CMakeLists.txt).

#include "WinTestSupport.h"
#include "platform/NetConfig.h"
#include "platform/NetConfigUtil.h"

#include <gtest/gtest.h>

#include <atomic>

using namespace tcpd::platform;

namespace {

const NetInterface* loopbackOf(const NetSnapshot& n)
{
    for (const NetInterface& i : n.interfaces) {
        if (i.kind == InterfaceKind::Loopback) {
            return &i;
        }
    }
    return nullptr;
}

TEST(WinNetConfig, ReadsAdaptersAddressesAndRoutes)
{
    const NetSnapshot n = readNetConfig();
    ASSERT_TRUE(n.ok) << n.error;
    const NetInterface* lo = loopbackOf(n);
    ASSERT_NE(lo, nullptr) << "every system has a loopback adapter";
    EXPECT_GT(lo->index, 0);
    EXPECT_TRUE(lo->mac.empty());
    bool has127 = false;
    for (const IfAddress& a : lo->addresses) {
        has127 = has127 || a.address == "127.0.0.1";
        EXPECT_GE(a.prefixLength, 0);
    }
    EXPECT_TRUE(has127);
    EXPECT_TRUE(n.routesKnown);
    for (const Route& r : n.routes) {
        EXPECT_FALSE(inPrefix(r.destination, "224.0.0.0", 4)) << "multicast routes are left out";
        EXPECT_GE(r.prefixLength, 0);
    }
}

TEST(WinNetConfig, EveryDefaultRouteHasAnInterface)
{
    const NetSnapshot n = readNetConfig();
    ASSERT_TRUE(n.ok) << n.error;
    for (const Route& r : n.routes) {
        if (r.isDefault() && !r.gateway.empty()) {
            EXPECT_NE(n.byIndex(r.interfaceIndex), nullptr) << "gateway " << r.gateway;
        }
    }
}

TEST(WinNetConfig, RouteToLoopbackAndOwnAddressIsLocal)
{
    const RouteLookup loop = lookupRoute("127.0.0.1");
    EXPECT_EQ(loop.status, RouteLookup::Status::Local) << loop.error;
    const NetSnapshot n = readNetConfig();
    for (const NetInterface& i : n.interfaces) {
        for (const IfAddress& a : i.addresses) {
            if (!a.ipv6 && isUsableAddress(a)) {
                EXPECT_EQ(lookupRoute(a.address).status, RouteLookup::Status::Local) << a.address;
            }
        }
    }
}

TEST(WinNetConfig, RouteLookupFollowsTheDefaultRoute)
{
    // 203.0.113.7 (documentation range) is off-link everywhere: with an IPv4 default route the lookup
    // names that route's interface and gateway; without one, it says there is no route. Nothing is sent.
    const NetSnapshot n = readNetConfig();
    const Route* def = bestRoute(n.routes, "203.0.113.7");
    const RouteLookup r = lookupRoute("203.0.113.7");
    if (def == nullptr) {
        EXPECT_NE(r.status, RouteLookup::Status::Ok) << r.method;
        return;
    }
    ASSERT_EQ(r.status, RouteLookup::Status::Ok) << r.error << " via " << r.method;
    if (tcpd::wintest::underWine()) {
        EXPECT_EQ(r.method, "GetBestInterfaceEx + GetIpForwardTable2") << "Wine's GetBestRoute2 is a stub";
    }
    EXPECT_EQ(r.gateway, def->gateway);
    EXPECT_EQ(r.interfaceIndex, def->interfaceIndex);
    EXPECT_FALSE(r.source.empty());
}

TEST(WinNetConfig, GatewayProbeOnLoopback)
{
    const std::atomic<bool> cancel{false};
    const GatewayProbe g = probeGateway("127.0.0.1", 0, 2000, &cancel);
    EXPECT_TRUE(g.answered) << "method " << probeMethodName(g.method) << ", error " << g.error << ", icmp "
                            << g.icmpUnavailable;
    EXPECT_NE(g.method, GatewayProbe::Method::None);
}

TEST(WinNetConfig, GatewayProbeStopsWhenCancelled)
{
    const std::atomic<bool> cancel{true};
    const GatewayProbe g = probeGateway("127.0.0.1", 0, 4000, &cancel);
    EXPECT_TRUE(g.cancelled);
    EXPECT_FALSE(g.answered);
    EXPECT_EQ(g.tries, 0) << "cancelled before the start: no echo may be sent";
}

} // namespace

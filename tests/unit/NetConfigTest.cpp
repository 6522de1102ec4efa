// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The OS-independent helpers of the network configuration (NetConfigUtil.h): address classes,
// prefix arithmetic and the longest-prefix route match. No network.

#include "platform/NetConfigUtil.h"

#include <gtest/gtest.h>

namespace tcpd::platform {
namespace {

Route route(const std::string& dst, int length, const std::string& gw, int index, long metric,
            RouteType type = RouteType::Unicast)
{
    Route r;
    r.destination = dst;
    r.prefixLength = length;
    r.ipv6 = dst.find(':') != std::string::npos;
    r.gateway = gw;
    r.interfaceIndex = index;
    r.metric = metric;
    r.type = type;
    return r;
}

TEST(NetConfigUtil, AddressClasses)
{
    EXPECT_TRUE(isLoopbackAddress("127.0.0.1"));
    EXPECT_TRUE(isLoopbackAddress("127.255.0.9"));
    EXPECT_TRUE(isLoopbackAddress("::1"));
    EXPECT_TRUE(isLoopbackAddress("::ffff:127.0.0.1"));
    EXPECT_FALSE(isLoopbackAddress("128.0.0.1"));
    EXPECT_FALSE(isLoopbackAddress("not an address"));
    EXPECT_TRUE(isLinkLocalAddress("169.254.7.1"));
    EXPECT_TRUE(isLinkLocalAddress("fe80::1%eth0"));
    EXPECT_TRUE(isLinkLocalAddress("febf::1"));
    EXPECT_FALSE(isLinkLocalAddress("fec0::1"));
    EXPECT_FALSE(isLinkLocalAddress("169.253.0.1"));
    EXPECT_TRUE(isUnspecifiedAddress("0.0.0.0"));
    EXPECT_TRUE(isUnspecifiedAddress("::"));
    EXPECT_EQ(stripZone("fe80::1%eth0"), "fe80::1");
    EXPECT_EQ(stripZone("198.51.100.1"), "198.51.100.1");
}

TEST(NetConfigUtil, PrefixArithmetic)
{
    EXPECT_TRUE(inPrefix("198.51.100.77", "198.51.100.0", 24));
    EXPECT_FALSE(inPrefix("198.51.101.1", "198.51.100.0", 24));
    EXPECT_TRUE(inPrefix("198.51.100.77", "198.51.100.64", 26));
    EXPECT_FALSE(inPrefix("198.51.100.130", "198.51.100.64", 26));
    EXPECT_TRUE(inPrefix("203.0.113.2", "0.0.0.0", 0));
    EXPECT_TRUE(inPrefix("2001:db8:1::5", "2001:db8:1::", 64));
    EXPECT_FALSE(inPrefix("2001:db8:2::5", "2001:db8:1::", 64));
    EXPECT_FALSE(inPrefix("198.51.100.1", "::", 0)) << "families never match";
    EXPECT_FALSE(inPrefix("198.51.100.1", "198.51.100.0", 33));
    EXPECT_FALSE(inPrefix("x", "198.51.100.0", 24));
}

TEST(NetConfigUtil, LongestPrefixThenLowestMetric)
{
    const std::vector<Route> routes = {
        route("0.0.0.0", 0, "198.51.100.254", 2, 100),
        route("0.0.0.0", 0, "192.0.2.1", 3, 600),
        route("198.51.100.0", 24, "", 2, 100),
        route("203.0.113.0", 24, "10.8.0.1", 5, 50),
        route("203.0.113.128", 25, "", 6, 0, RouteType::Blackhole),
        route("2001:db8:1::", 64, "", 2, 256),
        route("::", 0, "fe80::1", 2, 1024),
    };
    EXPECT_EQ(bestRoute(routes, "192.0.2.55")->gateway, "198.51.100.254") << "the default with the lower metric";
    EXPECT_EQ(bestRoute(routes, "198.51.100.9")->gateway, "") << "on-link";
    EXPECT_EQ(bestRoute(routes, "203.0.113.2")->interfaceIndex, 5) << "a /24 beats the default";
    EXPECT_EQ(bestRoute(routes, "203.0.113.200")->type, RouteType::Blackhole);
    EXPECT_EQ(bestRoute(routes, "2001:db8:1::7")->prefixLength, 64);
    EXPECT_EQ(bestRoute(routes, "2001:db8:9::7")->gateway, "fe80::1");
    EXPECT_EQ(bestRoute(routes, "192.0.2.55", 3)->gateway, "192.0.2.1") << "restricted to interface 3";
    EXPECT_EQ(bestRoute({routes[2]}, "192.0.2.55"), nullptr);
}

TEST(NetConfigUtil, UsableAddresses)
{
    IfAddress a;
    a.address = "198.51.100.1";
    a.prefixLength = 24;
    EXPECT_TRUE(isUsableAddress(a));
    a.tentative = true;
    EXPECT_FALSE(isUsableAddress(a)) << "still in duplicate address detection";
    a.tentative = false;
    a.duplicate = true;
    EXPECT_FALSE(isUsableAddress(a));
    IfAddress self;
    self.address = "169.254.7.1";
    self.prefixLength = 16;
    EXPECT_FALSE(isUsableAddress(self));
    IfAddress loop;
    loop.address = "127.0.0.1";
    EXPECT_FALSE(isUsableAddress(loop));

    NetInterface itf;
    itf.addresses = {self, a};
    itf.addresses[1].duplicate = false;
    ASSERT_NE(addressCovering(itf, "198.51.100.254"), nullptr);
    EXPECT_EQ(addressCovering(itf, "198.51.100.254")->address, "198.51.100.1");
    EXPECT_EQ(addressCovering(itf, "192.0.2.1"), nullptr);
}

TEST(NetConfigUtil, JsonSpellings)
{
    EXPECT_STREQ(kindName(InterfaceKind::WiFi), "wifi");
    EXPECT_STREQ(kindName(InterfaceKind::Tunnel), "tunnel");
    EXPECT_STREQ(originName(AddressOrigin::Dhcp), "dhcp");
    EXPECT_STREQ(originName(AddressOrigin::LinkLocal), "link_local");
    EXPECT_STREQ(neighbourName(Neighbour::Failed), "failed");
    EXPECT_STREQ(routeStatusName(RouteLookup::Status::NoRoute), "no_route");
    EXPECT_STREQ(probeMethodName(GatewayProbe::Method::Tcp), "tcp");
    EXPECT_STREQ(routeTypeName(RouteType::Blackhole), "blackhole");
}

} // namespace
} // namespace tcpd::platform

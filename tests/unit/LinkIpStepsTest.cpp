// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The judging half of the link and ip steps (NetConfigSteps.h) on made-up configurations: which
// findings, which status, which evidence in `data`. No network.

#include "LinkIpTestSupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
using namespace tcpd::test;

namespace {

const Finding* findingOf(const StepResult& r, const QString& code)
{
    for (const Finding& f : r.findings) {
        if (f.code == code) {
            return &f;
        }
    }
    return nullptr;
}

QJsonObject byName(const QJsonArray& list, const QString& name)
{
    for (const auto& v : list) {
        if (v.toObject().value(u"name"_s).toString() == name) {
            return v.toObject();
        }
    }
    return {};
}

TEST(LinkStep, HealthyWiredLinkPasses)
{
    const StepResult r = netcfg::assessLink(literal(), healthyComputer(), viaGateway());
    EXPECT_EQ(r.status, StepStatus::Pass);
    EXPECT_EQ(r.data.value(u"working_links"_s).toArray(), QJsonArray{u"eth0"_s});
    EXPECT_EQ(r.data.value(u"route_interface"_s).toString(), u"eth0");
    const QJsonObject eth = byName(r.data.value(u"interfaces"_s).toArray(), u"eth0"_s);
    EXPECT_EQ(eth.value(u"kind"_s).toString(), u"wired");
    EXPECT_EQ(eth.value(u"carrier"_s).toBool(), true);
    EXPECT_EQ(eth.value(u"speed_mbps"_s).toInt(), 1000);
    EXPECT_EQ(eth.value(u"duplex"_s).toString(), u"full");
    EXPECT_EQ(eth.value(u"mac_address"_s).toString(), u"02:00:5e:00:00:02");
    const Finding* up = findingOf(r, u"link.up"_s);
    ASSERT_NE(up, nullptr);
    EXPECT_TRUE(up->detail.contains(u"1 Gbit/s"_s)) << up->detail.toStdString();
    EXPECT_TRUE(r.summary.contains(u"eth0"_s));
}

TEST(LinkStep, UnpluggedCableFails)
{
    NetSnapshot net = healthyComputer();
    net.interfaces[1].carrier = Tri::No;
    net.interfaces[1].operState = "down";
    const StepResult r = netcfg::assessLink(literal(), net, viaGateway());
    EXPECT_EQ(r.status, StepStatus::Fail);
    ASSERT_FALSE(r.findings.isEmpty());
    EXPECT_EQ(r.findings.first().code, u"link.down");
    const Finding* cable = findingOf(r, u"link.cable_unplugged"_s);
    ASSERT_NE(cable, nullptr);
    EXPECT_EQ(cable->title, u"The network cable seems unplugged (no link on Ethernet 'eth0')");
    EXPECT_EQ(cable->severity, Severity::Error);
    EXPECT_FALSE(cable->advice.isEmpty());
    EXPECT_TRUE(r.data.value(u"working_links"_s).toArray().isEmpty());
}

TEST(LinkStep, WifiSwitchedOff)
{
    NetSnapshot net = healthyComputer();
    NetInterface wlan = makeInterface(3, "wlan0", InterfaceKind::WiFi, false);
    wlan.wifi.radioOn = Tri::No;
    wlan.wifi.hardwareSwitch = Tri::No;
    net.interfaces[1].carrier = Tri::No;
    net.interfaces.push_back(wlan);
    StepResult r = netcfg::assessLink(literal(), net, std::nullopt);
    EXPECT_EQ(r.status, StepStatus::Fail);
    const Finding* off = findingOf(r, u"link.wifi_off"_s);
    ASSERT_NE(off, nullptr);
    EXPECT_EQ(off->title, u"Wi-Fi is switched off");
    EXPECT_TRUE(off->advice.join(u' ').contains(u"flight mode"_s));
    EXPECT_EQ(
        byName(r.data.value(u"interfaces"_s).toArray(), u"wlan0"_s).value(u"wifi"_s).toObject().value(u"radio_on"_s),
        QJsonValue(false));

    // With the cable in, Wi-Fi being off is only worth a note.
    net.interfaces[1].carrier = Tri::Yes;
    r = netcfg::assessLink(literal(), net, std::nullopt);
    EXPECT_EQ(r.status, StepStatus::Pass);
    ASSERT_NE(findingOf(r, u"link.wifi_off"_s), nullptr);
    EXPECT_EQ(findingOf(r, u"link.wifi_off"_s)->severity, Severity::Info);
}

TEST(LinkStep, OnlyAVpnTunnelIsUp)
{
    NetSnapshot net = healthyComputer();
    net.interfaces[1].carrier = Tri::No;
    NetInterface wg = makeInterface(4, "wg0", InterfaceKind::Tunnel, true);
    wg.operState = "unknown";
    net.interfaces.push_back(wg);
    const StepResult r = netcfg::assessLink(name(), net, std::nullopt);
    EXPECT_EQ(r.status, StepStatus::Fail);
    ASSERT_FALSE(r.findings.isEmpty());
    EXPECT_EQ(r.findings.first().code, u"link.only_tunnel");
    EXPECT_EQ(r.findings.first().title, u"Only a VPN tunnel is up");
    EXPECT_EQ(r.data.value(u"tunnels_up"_s).toArray(), QJsonArray{u"wg0"_s});
}

TEST(LinkStep, ALocalTargetNeedsNoLink)
{
    NetSnapshot net = healthyComputer();
    net.interfaces[1].carrier = Tri::No;
    RouteLookup local;
    local.status = RouteLookup::Status::Local;
    local.destination = "127.0.0.1";
    local.interfaceIndex = 1;
    const StepResult r = netcfg::assessLink(literal(u"127.0.0.1"_s), net, local);
    EXPECT_EQ(r.status, StepStatus::Pass);
    EXPECT_TRUE(r.data.value(u"target_local"_s).toBool());
    EXPECT_EQ(findingOf(r, u"link.down"_s), nullptr);
}

TEST(LinkStep, TheRouteUsesAnInterfaceWithoutLink)
{
    NetSnapshot net = healthyComputer();
    net.interfaces[1].carrier = Tri::No;
    net.interfaces.push_back(makeInterface(3, "wlan0", InterfaceKind::WiFi, true));
    const StepResult r = netcfg::assessLink(literal(), net, viaGateway());
    EXPECT_EQ(r.status, StepStatus::Fail);
    EXPECT_EQ(r.findings.first().code, u"link.route_interface_down");
    EXPECT_EQ(r.data.value(u"route_interface_link"_s), QJsonValue(false));
}

TEST(LinkStep, LabelsReadWellInSentences)
{
    NetSnapshot net = healthyComputer();
    net.interfaces[1].kind = InterfaceKind::Virtual; // a container's veth
    const StepResult r = netcfg::assessLink(literal(), net, viaGateway());
    ASSERT_NE(findingOf(r, u"link.up"_s), nullptr);
    EXPECT_EQ(findingOf(r, u"link.up"_s)->title, u"Virtual interface 'eth0' is connected");
    EXPECT_EQ(r.summary, u"Traffic to 203.0.113.2 leaves through virtual interface 'eth0', which is connected.");
}

TEST(LinkStep, UnreadableInterfacesAreAnError)
{
    NetSnapshot net;
    net.error = "RTM_GETLINK failed (Permission denied)";
    const StepResult r = netcfg::assessLink(literal(), net, std::nullopt);
    EXPECT_EQ(r.status, StepStatus::Error);
    EXPECT_TRUE(r.summary.contains(u"Permission denied"_s));
}

netcfg::IpFacts ipFacts(const NetSnapshot& net, std::optional<RouteLookup> route = std::nullopt,
                        std::optional<GatewayProbe> g = std::nullopt)
{
    netcfg::IpFacts f;
    f.net = net;
    f.route = std::move(route);
    f.probe = std::move(g);
    f.dns.servers = {u"198.51.100.53"_s};
    return f;
}

TEST(IpStep, HealthyConfigurationPasses)
{
    const StepResult r
        = netcfg::assessIp(literal(), ipFacts(healthyComputer(), viaGateway(), probe(true, Neighbour::Reachable)));
    EXPECT_EQ(r.status, StepStatus::Pass) << r.summary.toStdString();
    const QJsonObject route = r.data.value(u"route"_s).toObject();
    EXPECT_EQ(route.value(u"interface"_s).toString(), u"eth0");
    EXPECT_EQ(route.value(u"source"_s).toString(), u"198.51.100.1");
    EXPECT_EQ(route.value(u"next_hop"_s).toString(), u"198.51.100.254");
    EXPECT_EQ(route.value(u"on_link"_s), QJsonValue(false));
    EXPECT_EQ(route.value(u"status"_s).toString(), u"ok");
    const QJsonObject g = r.data.value(u"gateway_probe"_s).toObject();
    EXPECT_EQ(g.value(u"method"_s).toString(), u"tcp");
    EXPECT_EQ(g.value(u"answered"_s), QJsonValue(true));
    EXPECT_EQ(g.value(u"tcp_port"_s).toInt(), 80);
    const QJsonArray gateways = r.data.value(u"gateways"_s).toArray();
    ASSERT_EQ(gateways.size(), 1);
    EXPECT_EQ(gateways[0].toObject().value(u"address"_s).toString(), u"198.51.100.254");
    EXPECT_EQ(gateways[0].toObject().value(u"on_subnet"_s), QJsonValue(true));
    EXPECT_EQ(r.data.value(u"dns_servers"_s).toArray(), QJsonArray{u"198.51.100.53"_s});
    ASSERT_NE(findingOf(r, u"ip.gateway_answers"_s), nullptr);
    ASSERT_NE(findingOf(r, u"ip.addresses"_s), nullptr);
    EXPECT_TRUE(findingOf(r, u"ip.addresses"_s)->title.contains(u"198.51.100.1/24 (set by hand)"_s));
}

TEST(IpStep, NoAddress)
{
    NetSnapshot net = healthyComputer();
    net.interfaces[1].addresses.clear();
    const StepResult r = netcfg::assessIp(literal(), ipFacts(net, noRoute()));
    EXPECT_EQ(r.status, StepStatus::Fail);
    EXPECT_EQ(r.findings.first().code, u"ip.no_address");
    EXPECT_TRUE(r.findings.first().title.contains(u"eth0"_s));
}

TEST(IpStep, OnlyASelfAssignedAddress)
{
    NetSnapshot net = healthyComputer();
    net.interfaces[1].addresses = {makeAddress("169.254.7.1", 16, AddressOrigin::LinkLocal)};
    net.routes.clear();
    const StepResult r = netcfg::assessIp(literal(), ipFacts(net, noRoute()));
    EXPECT_EQ(r.status, StepStatus::Fail);
    EXPECT_EQ(r.findings.first().code, u"ip.self_assigned");
    EXPECT_EQ(r.findings.first().title,
              u"Only a self-assigned address (169.254.7.1): automatic configuration (DHCP) failed");
    ASSERT_NE(findingOf(r, u"ip.no_route"_s), nullptr) << "reported as well";
}

TEST(IpStep, NoDefaultGatewayForAnOffLinkTarget)
{
    NetSnapshot net = healthyComputer();
    net.routes.erase(net.routes.begin());
    const StepResult r = netcfg::assessIp(literal(), ipFacts(net, noRoute()));
    EXPECT_EQ(r.status, StepStatus::Fail);
    const Finding* f = findingOf(r, u"ip.no_route"_s);
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->title.startsWith(u"No default gateway"_s)) << f->title.toStdString();
    EXPECT_EQ(r.data.value(u"route"_s).toObject().value(u"status"_s).toString(), u"no_route");
    EXPECT_EQ(r.data.value(u"route"_s).toObject().value(u"error"_s).toString(), u"ENETUNREACH");
    EXPECT_TRUE(r.data.value(u"gateways"_s).toArray().isEmpty());
}

TEST(IpStep, NameTargetWithoutDefaultGatewayWarns)
{
    NetSnapshot net = healthyComputer();
    net.routes.erase(net.routes.begin());
    const StepResult r = netcfg::assessIp(name(), ipFacts(net));
    EXPECT_EQ(r.status, StepStatus::Warn);
    ASSERT_NE(findingOf(r, u"ip.no_default_gateway"_s), nullptr);
    EXPECT_TRUE(r.data.value(u"route"_s).isNull()) << "a name has no route until DNS answers";
}

TEST(IpStep, GatewayOutsideTheSubnet)
{
    NetSnapshot net = healthyComputer();
    net.routes[0].gateway = "192.0.2.1";
    const StepResult r = netcfg::assessIp(name(), ipFacts(net));
    const Finding* f = findingOf(r, u"ip.gateway_outside_subnet"_s);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Warning);
    EXPECT_TRUE(f->detail.contains(u"198.51.100.1/24"_s));
    EXPECT_EQ(r.data.value(u"gateways"_s).toArray()[0].toObject().value(u"on_subnet"_s), QJsonValue(false));
    // Declared on-link on purpose (cloud servers do that): not a finding.
    net.routes[0].onlinkFlag = true;
    EXPECT_EQ(findingOf(netcfg::assessIp(name(), ipFacts(net)), u"ip.gateway_outside_subnet"_s), nullptr);
}

TEST(IpStep, CompetingDefaultRoutes)
{
    NetSnapshot net = healthyComputer();
    NetInterface wlan = makeInterface(3, "wlan0", InterfaceKind::WiFi, true);
    wlan.addresses = {makeAddress("192.0.2.20", 24, AddressOrigin::Dhcp)};
    net.interfaces.push_back(wlan);
    net.routes.push_back(makeRoute("0.0.0.0", 0, "192.0.2.1", 3));
    const StepResult same = netcfg::assessIp(name(), ipFacts(net));
    const Finding* f = findingOf(same, u"ip.duplicate_default_routes"_s);
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->title.contains(u"198.51.100.254"_s) && f->title.contains(u"192.0.2.1"_s));
    EXPECT_EQ(same.status, StepStatus::Warn);
    // Different priorities (a docked laptop: cable 100, Wi-Fi 600) are normal.
    net.routes[0].metric = 100;
    net.routes.back().metric = 600;
    EXPECT_EQ(findingOf(netcfg::assessIp(name(), ipFacts(net)), u"ip.duplicate_default_routes"_s), nullptr);
}

TEST(IpStep, GatewayProbeOutcomes)
{
    StepResult r
        = netcfg::assessIp(literal(), ipFacts(healthyComputer(), viaGateway(), probe(false, Neighbour::Failed)));
    EXPECT_EQ(r.status, StepStatus::Fail);
    const Finding* dead = findingOf(r, u"ip.gateway_unreachable"_s);
    ASSERT_NE(dead, nullptr);
    EXPECT_EQ(dead->severity, Severity::Error);
    EXPECT_TRUE(dead->title.contains(u"198.51.100.254"_s));
    EXPECT_EQ(r.data.value(u"gateway_probe"_s).toObject().value(u"neighbour"_s).toString(), u"failed");

    // It answered ARP but ignores our probes: many routers do, not a problem.
    r = netcfg::assessIp(literal(), ipFacts(healthyComputer(), viaGateway(), probe(false, Neighbour::Reachable)));
    EXPECT_EQ(r.status, StepStatus::Pass);
    ASSERT_NE(findingOf(r, u"ip.gateway_silent"_s), nullptr);

    // Without neighbour information (macOS) silence is only a warning.
    r = netcfg::assessIp(literal(), ipFacts(healthyComputer(), viaGateway(), probe(false, Neighbour::Unknown)));
    EXPECT_EQ(r.status, StepStatus::Warn);
    ASSERT_NE(findingOf(r, u"ip.gateway_no_answer"_s), nullptr);
}

TEST(IpStep, ProxyAndVpn)
{
    NetSnapshot net = healthyComputer();
    NetInterface wg = makeInterface(4, "wg0", InterfaceKind::Tunnel, true);
    wg.addresses = {makeAddress("10.8.0.2", 24)};
    net.interfaces.push_back(wg);
    RouteLookup route = viaGateway();
    route.interfaceIndex = 4;
    route.gateway.clear();
    route.onLink = true;
    route.source = "10.8.0.2";
    netcfg::IpFacts facts = ipFacts(net, route);
    facts.proxies = {{u"https_proxy"_s, u"http://proxy.example:3128"_s}};
    const StepResult r = netcfg::assessIp(literal(), facts);
    const Finding* vpn = findingOf(r, u"ip.vpn_route"_s);
    ASSERT_NE(vpn, nullptr);
    EXPECT_TRUE(vpn->title.contains(u"wg0"_s));
    EXPECT_EQ(r.data.value(u"route"_s).toObject().value(u"interface_kind"_s).toString(), u"tunnel");
    const Finding* proxy = findingOf(r, u"ip.proxy"_s);
    ASSERT_NE(proxy, nullptr);
    EXPECT_TRUE(proxy->title.contains(u"https_proxy=http://proxy.example:3128"_s));
    EXPECT_TRUE(proxy->detail.contains(u"browsers"_s, Qt::CaseInsensitive));
    EXPECT_EQ(r.data.value(u"proxies"_s).toArray().size(), 1);
}

TEST(IpStep, ProxyCredentialsNeverReachTheReport)
{
    EXPECT_EQ(netcfg::withoutCredentials(u"http://alice:s3cret@proxy.example:3128/"_s), u"http://proxy.example:3128/");
    EXPECT_EQ(netcfg::withoutCredentials(u"alice:s3cret@proxy.example:3128"_s), u"proxy.example:3128");
    EXPECT_EQ(netcfg::withoutCredentials(u"socks5://proxy.example:1080"_s), u"socks5://proxy.example:1080");
}

TEST(IpStep, WhichGatewayIsProbed)
{
    NetSnapshot net = healthyComputer();
    net.routes.push_back(makeRoute("::", 0, "fe80::1", 2, 1024));
    std::string gw;
    int index = 0;
    ASSERT_TRUE(netcfg::gatewayFor(net, viaGateway(), false, gw, index));
    EXPECT_EQ(gw, "198.51.100.254");
    EXPECT_EQ(index, 2);
    ASSERT_TRUE(netcfg::gatewayFor(net, std::nullopt, true, gw, index));
    EXPECT_EQ(gw, "fe80::1") << "--ipv6 prefers the IPv6 default route";
    ASSERT_TRUE(netcfg::gatewayFor(net, std::nullopt, false, gw, index));
    EXPECT_EQ(gw, "198.51.100.254");
    RouteLookup onLink = viaGateway(u"198.51.100.7"_s.toStdString());
    onLink.gateway.clear();
    onLink.onLink = true;
    EXPECT_FALSE(netcfg::gatewayFor(net, onLink, false, gw, index)) << "an on-link target needs no gateway";
    EXPECT_FALSE(netcfg::gatewayFor(net, noRoute(), false, gw, index));
}

TEST(IpStep, AddressEvidence)
{
    NetSnapshot net = healthyComputer();
    IfAddress lease = makeAddress("198.51.100.10", 24, AddressOrigin::Dhcp);
    lease.lifetimesKnown = true;
    lease.validLifetimeS = 3500;
    lease.preferredLifetimeS = 3500;
    net.interfaces[1].addresses.push_back(lease);
    const StepResult r = netcfg::assessIp(literal(), ipFacts(net, viaGateway()));
    QJsonObject found;
    for (const auto& v : r.data.value(u"addresses"_s).toArray()) {
        if (v.toObject().value(u"address"_s).toString() == u"198.51.100.10") {
            found = v.toObject();
        }
    }
    EXPECT_EQ(found.value(u"interface"_s).toString(), u"eth0");
    EXPECT_EQ(found.value(u"origin"_s).toString(), u"dhcp");
    EXPECT_EQ(found.value(u"valid_lft_s"_s).toInt(), 3500);
    EXPECT_EQ(found.value(u"permanent"_s), QJsonValue(false));
    EXPECT_EQ(found.value(u"usable"_s), QJsonValue(true));
    EXPECT_EQ(found.value(u"family"_s).toString(), u"ipv4");
}

} // namespace

// ---- a connection still coming up (Settle.cpp) --------------------------------------------------

TEST(Settle, ASettledComputerIsNotWaitedFor)
{
    const NetSnapshot net = healthyComputer();
    EXPECT_FALSE(netcfg::linksSettling(net));
    EXPECT_FALSE(netcfg::addressesSettling(net, true, true));
}

TEST(Settle, ACarrierWhoseStateIsNotUpYetIsWaitedFor)
{
    NetSnapshot net = healthyComputer();
    net.interfaces[1].operState = "down"; // the kernel has not caught up with the carrier yet
    EXPECT_TRUE(netcfg::linksSettling(net));
    net.interfaces[1].carrier = Tri::No; // unplugged: nothing to wait for
    EXPECT_FALSE(netcfg::linksSettling(net));
}

TEST(Settle, AnotherWorkingLinkMeansNoWait)
{
    NetSnapshot net = healthyComputer();
    NetInterface wlan = makeInterface(3, "wlan0", InterfaceKind::WiFi, true);
    wlan.operState = "dormant"; // Wi-Fi sign-in not finished, but Ethernet works
    net.interfaces.push_back(wlan);
    EXPECT_FALSE(netcfg::linksSettling(net));
}

TEST(Settle, ANewIpv6AddressStillCheckedForDuplicatesIsWaitedForOnlyForIpv6)
{
    NetSnapshot net = healthyComputer();
    IfAddress v6 = makeAddress("2001:db8:1::1", 64);
    v6.tentative = true;
    net.interfaces[1].addresses.push_back(v6);
    EXPECT_TRUE(netcfg::addressesSettling(net, false, true));
    EXPECT_TRUE(netcfg::addressesSettling(net, true, true));
    EXPECT_FALSE(netcfg::addressesSettling(net, true, false)) << "IPv4 is ready: no reason to wait for it";
}

TEST(Settle, ATentativeAddressNextToAUsableOneIsNotWaitedFor)
{
    NetSnapshot net = healthyComputer();
    IfAddress fresh = makeAddress("2001:db8:1::1", 64);
    fresh.tentative = true;
    net.interfaces[1].addresses.push_back(fresh);
    net.interfaces[1].addresses.push_back(makeAddress("2001:db8:1::2", 64));
    EXPECT_FALSE(netcfg::addressesSettling(net, false, true));
}

TEST(Settle, ADuplicateOrADisconnectedInterfaceIsNotWaitedFor)
{
    NetSnapshot net = healthyComputer();
    IfAddress dup = makeAddress("2001:db8:1::1", 64);
    dup.tentative = true;
    dup.duplicate = true; // DAD failed: waiting will not help; the ip step says why
    net.interfaces[1].addresses.push_back(dup);
    EXPECT_FALSE(netcfg::addressesSettling(net, false, true));

    NetSnapshot off = healthyComputer();
    IfAddress v6 = makeAddress("2001:db8:1::1", 64);
    v6.tentative = true;
    off.interfaces[1].addresses.push_back(v6);
    off.interfaces[1].carrier = Tri::No;
    off.interfaces[1].operState = "down";
    EXPECT_FALSE(netcfg::addressesSettling(off, false, true));
}

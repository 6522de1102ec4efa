// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Linux decoders of the network configuration: rtnetlink answers recorded in the lab
// (NetConfigSamples.h), sysfs and rfkill trees written to a temporary folder, /proc/net/wireless
// text, and nl80211 messages built as the kernel lays them out. No network, no live netlink socket.

#include "NetConfigSamples.h"
#include "platform/NetConfigUtil.h"
#include "platform/linux/NetConfigNetlink.h"
#include "platform/linux/NetConfigSysfs.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <vector>

#include <net/if.h> // before the linux/ headers (libc-compat.h)

#include <linux/genetlink.h>
#include <linux/if.h>
#include <linux/if_addr.h>
#include <linux/netlink.h>
#include <linux/nl80211.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace tcpd::platform {
namespace {

template <std::size_t N>
std::vector<const nlmsghdr*> messages(const unsigned char (&bytes)[N], int* error = nullptr)
{
    std::vector<const nlmsghdr*> out;
    const int rc = nl::forEachMessage(bytes, N, [&](const nlmsghdr* h) { out.push_back(h); });
    if (error != nullptr) {
        *error = rc;
    }
    return out;
}

template <std::size_t N>
std::vector<Route> routesOf(const unsigned char (&bytes)[N])
{
    std::vector<Route> routes;
    for (const nlmsghdr* h : messages(bytes)) {
        nl::decodeRoute(h, routes);
    }
    return routes;
}

const Route* find(const std::vector<Route>& routes, const std::string& dst, int length)
{
    for (const Route& r : routes) {
        if (r.destination == dst && r.prefixLength == length) {
            return &r;
        }
    }
    return nullptr;
}

TEST(NetConfigNetlink, DecodesTheLinkDump)
{
    std::vector<nl::LinkMessage> links;
    for (const nlmsghdr* h : messages(kLinkDump)) {
        nl::LinkMessage m;
        if (nl::decodeLink(h, m)) {
            links.push_back(m);
        }
    }
    ASSERT_EQ(links.size(), 2u);
    EXPECT_EQ(links[0].name, "lo");
    EXPECT_EQ(links[0].index, 1);
    EXPECT_EQ(links[0].arphrd, 772); // ARPHRD_LOOPBACK
    EXPECT_EQ(links[0].mtu, 65536);
    const nl::LinkMessage& eth = links[1];
    EXPECT_EQ(eth.name, "eth0");
    EXPECT_EQ(eth.index, 2);
    EXPECT_EQ(eth.arphrd, 1); // Ethernet
    EXPECT_EQ(eth.infoKind, "veth");
    EXPECT_EQ(eth.mac, "f2:fc:9b:45:6f:52");
    EXPECT_EQ(eth.mtu, 1500);
    EXPECT_EQ(eth.carrier, 1);
    EXPECT_STREQ(nl::operStateName(eth.operState), "up");
    EXPECT_NE(eth.flags & IFF_UP, 0u);
    EXPECT_NE(eth.flags & IFF_LOWER_UP, 0u);
}

TEST(NetConfigNetlink, SeesTheMissingCarrier)
{
    nl::LinkMessage eth;
    for (const nlmsghdr* h : messages(kLinkDumpNoCarrier)) {
        nl::LinkMessage m;
        if (nl::decodeLink(h, m) && m.name == "eth0") {
            eth = m;
        }
    }
    ASSERT_EQ(eth.name, "eth0");
    EXPECT_EQ(eth.carrier, 0);
    EXPECT_NE(eth.flags & IFF_UP, 0u) << "still switched on";
    EXPECT_EQ(eth.flags & IFF_LOWER_UP, 0u);
    EXPECT_STREQ(nl::operStateName(eth.operState), "down");
}

TEST(NetConfigNetlink, DecodesAddressesWithTheirOrigin)
{
    std::vector<std::pair<int, IfAddress>> list;
    for (const nlmsghdr* h : messages(kAddrDump)) {
        int index = 0;
        IfAddress a;
        if (nl::decodeAddress(h, index, a)) {
            list.emplace_back(index, a);
        }
    }
    ASSERT_EQ(list.size(), 6u);
    const auto byAddress = [&](const std::string& text) -> const std::pair<int, IfAddress>* {
        for (const auto& p : list) {
            if (p.second.address == text)
                return &p;
        }
        return nullptr;
    };
    const auto* lo = byAddress("127.0.0.1");
    ASSERT_NE(lo, nullptr);
    EXPECT_EQ(lo->first, 1);
    EXPECT_EQ(lo->second.prefixLength, 8);
    EXPECT_EQ(lo->second.origin, AddressOrigin::Loopback);

    const auto* manual = byAddress("198.51.100.1");
    ASSERT_NE(manual, nullptr);
    EXPECT_EQ(manual->first, 2);
    EXPECT_EQ(manual->second.prefixLength, 24);
    EXPECT_FALSE(manual->second.ipv6);
    EXPECT_EQ(manual->second.permanent, Tri::Yes);
    EXPECT_EQ(manual->second.origin, AddressOrigin::Manual);
    EXPECT_EQ(manual->second.validLifetimeS, 0xffffffffu);
    EXPECT_TRUE(isUsableAddress(manual->second));

    const auto* lease = byAddress("198.51.100.10");
    ASSERT_NE(lease, nullptr);
    EXPECT_EQ(lease->second.permanent, Tri::No);
    EXPECT_EQ(lease->second.origin, AddressOrigin::Dhcp);
    EXPECT_TRUE(lease->second.lifetimesKnown);
    EXPECT_LE(lease->second.validLifetimeS, 3600u);
    EXPECT_GT(lease->second.validLifetimeS, 3000u);

    const auto* v6 = byAddress("2001:db8:1::1");
    ASSERT_NE(v6, nullptr);
    EXPECT_TRUE(v6->second.ipv6);
    EXPECT_EQ(v6->second.prefixLength, 64);
    EXPECT_EQ(v6->second.origin, AddressOrigin::Manual);

    const auto* ll = byAddress("fe80::f0fc:9bff:fe45:6f52");
    ASSERT_NE(ll, nullptr);
    EXPECT_EQ(ll->second.origin, AddressOrigin::LinkLocal);
    EXPECT_FALSE(isUsableAddress(ll->second));
}

TEST(NetConfigNetlink, AnIpv6LeaseIsAutomatic)
{
    IfAddress found;
    for (const nlmsghdr* h : messages(kAddrDumpLifetimes)) {
        int index = 0;
        IfAddress a;
        if (nl::decodeAddress(h, index, a) && a.address == "2001:db8:1::77") {
            found = a;
        }
    }
    ASSERT_EQ(found.address, "2001:db8:1::77");
    EXPECT_EQ(found.origin, AddressOrigin::Automatic);
    EXPECT_LE(found.validLifetimeS, 600u);
    EXPECT_LE(found.preferredLifetimeS, 300u);
    EXPECT_GT(found.preferredLifetimeS, 200u);
}

TEST(NetConfigNetlink, AFailedDuplicateAddressDetectionIsADuplicate)
{
    // RTM_NEWADDR as the kernel sends it after DAD failed: IFA_F_TENTATIVE | IFA_F_DADFAILED in IFA_FLAGS.
    alignas(4) unsigned char buf[128] = {};
    auto* h = reinterpret_cast<nlmsghdr*>(buf);
    h->nlmsg_type = RTM_NEWADDR;
    auto* ifa = static_cast<ifaddrmsg*>(NLMSG_DATA(h));
    ifa->ifa_family = AF_INET6;
    ifa->ifa_prefixlen = 64;
    ifa->ifa_index = 2;
    ifa->ifa_flags = IFA_F_TENTATIVE | IFA_F_DADFAILED | IFA_F_PERMANENT;
    auto* a = reinterpret_cast<rtattr*>(reinterpret_cast<char*>(ifa) + NLMSG_ALIGN(sizeof(ifaddrmsg)));
    a->rta_type = IFA_ADDRESS;
    a->rta_len = RTA_LENGTH(16);
    const unsigned char addr[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xfe};
    std::memcpy(RTA_DATA(a), addr, 16);
    h->nlmsg_len = NLMSG_LENGTH(sizeof(ifaddrmsg)) + RTA_ALIGN(a->rta_len);
    int index = 0;
    IfAddress out;
    ASSERT_TRUE(nl::decodeAddress(h, index, out));
    EXPECT_EQ(out.address, "2001:db8:1::fe");
    EXPECT_TRUE(out.duplicate);
    EXPECT_FALSE(out.tentative);
    EXPECT_FALSE(isUsableAddress(out));
}

TEST(NetConfigNetlink, KeepsOnlyTheMainTable)
{
    const std::vector<Route> v4 = routesOf(kRoute4Dump);
    ASSERT_EQ(v4.size(), 2u) << "the local table (127.0.0.1, broadcasts) is left out";
    const Route* def = find(v4, "0.0.0.0", 0);
    ASSERT_NE(def, nullptr);
    EXPECT_TRUE(def->isDefault());
    EXPECT_EQ(def->gateway, "198.51.100.254");
    EXPECT_EQ(def->interfaceIndex, 2);
    EXPECT_EQ(def->metric, 0);
    EXPECT_EQ(def->type, RouteType::Unicast);
    const Route* net = find(v4, "198.51.100.0", 24);
    ASSERT_NE(net, nullptr);
    EXPECT_TRUE(net->gateway.empty());

    const std::vector<Route> v6 = routesOf(kRoute6Dump);
    const Route* def6 = find(v6, "::", 0);
    ASSERT_NE(def6, nullptr);
    EXPECT_TRUE(def6->ipv6);
    EXPECT_EQ(def6->gateway, "2001:db8:1::fe");
    EXPECT_EQ(def6->metric, 1024);
    EXPECT_NE(find(v6, "2001:db8:1::", 64), nullptr);
    EXPECT_NE(find(v6, "fe80::", 64), nullptr);
    for (const Route& r : v6) {
        EXPECT_FALSE(inPrefix(r.destination, "ff00::", 8)) << "multicast routes live in the local table";
    }
}

TEST(NetConfigNetlink, SplitsMultipathAndKeepsRejectRoutes)
{
    const std::vector<Route> routes = routesOf(kRoute4DumpSpecial);
    std::vector<std::string> hops;
    for (const Route& r : routes) {
        if (r.destination == "192.0.2.0" && r.prefixLength == 24) {
            hops.push_back(r.gateway);
            EXPECT_EQ(r.interfaceIndex, 2);
        }
    }
    EXPECT_EQ(hops, (std::vector<std::string>{"198.51.100.254", "198.51.100.253"}));
    const Route* blackhole = find(routes, "203.0.113.99", 32);
    ASSERT_NE(blackhole, nullptr);
    EXPECT_EQ(blackhole->type, RouteType::Blackhole);
    const Route* unreachable = find(routes, "203.0.113.98", 32);
    ASSERT_NE(unreachable, nullptr);
    EXPECT_EQ(unreachable->type, RouteType::Unreachable);
    EXPECT_EQ(bestRoute(routes, "203.0.113.99")->type, RouteType::Blackhole);
    EXPECT_EQ(bestRoute(routes, "203.0.113.7")->gateway, "198.51.100.254") << "the default route";
}

TEST(NetConfigNetlink, DecodesRouteLookups)
{
    const auto lookup = [](const auto& bytes) {
        RouteLookup r;
        for (const nlmsghdr* h : messages(bytes)) {
            nl::decodeRouteReply(h, r);
        }
        return r;
    };
    const RouteLookup via = lookup(kRouteGetViaGateway);
    EXPECT_EQ(via.status, RouteLookup::Status::Ok);
    EXPECT_EQ(via.gateway, "198.51.100.254");
    EXPECT_EQ(via.source, "198.51.100.1");
    EXPECT_EQ(via.interfaceIndex, 2);
    EXPECT_FALSE(via.onLink);

    const RouteLookup via6 = lookup(kRouteGetViaGateway6);
    EXPECT_EQ(via6.status, RouteLookup::Status::Ok);
    EXPECT_EQ(via6.gateway, "2001:db8:1::fe");
    EXPECT_EQ(via6.source, "2001:db8:1::1");

    const RouteLookup onLink = lookup(kRouteGetOnLink);
    EXPECT_EQ(onLink.status, RouteLookup::Status::Ok);
    EXPECT_TRUE(onLink.onLink);
    EXPECT_TRUE(onLink.gateway.empty());
    EXPECT_EQ(onLink.source, "198.51.100.1");

    const RouteLookup local = lookup(kRouteGetLocal);
    EXPECT_EQ(local.status, RouteLookup::Status::Local);
    EXPECT_EQ(local.interfaceIndex, 1) << "own addresses are reached through lo";
}

TEST(NetConfigNetlink, RouteLookupErrorsSayWhy)
{
    int error = 0;
    EXPECT_TRUE(messages(kRouteGetNoRoute, &error).empty());
    EXPECT_EQ(error, -ENETUNREACH);
    EXPECT_EQ(nl::routeErrorStatus(error), RouteLookup::Status::NoRoute);
    messages(kRouteGetNoRoute6, &error);
    EXPECT_EQ(error, -ENETUNREACH);
    messages(kRouteGetUnreachable, &error);
    EXPECT_EQ(error, -EHOSTUNREACH);
    EXPECT_EQ(nl::routeErrorStatus(error), RouteLookup::Status::Unreachable);
    messages(kRouteGetBlackhole, &error);
    EXPECT_EQ(error, -EINVAL) << "the kernel's answer for a blackhole route";
    EXPECT_EQ(nl::routeErrorStatus(-EACCES), RouteLookup::Status::Prohibited);
}

TEST(NetConfigNetlink, DecodesNeighbours)
{
    std::vector<std::pair<std::string, Neighbour>> seen;
    for (const nlmsghdr* h : messages(kNeighDump)) {
        int index = 0;
        std::string address;
        Neighbour state = Neighbour::Unknown;
        if (nl::decodeNeighbour(h, index, address, state) && index == 2) {
            seen.emplace_back(address, state);
        } else if (index != 2) {
            EXPECT_EQ(state, Neighbour::NoArp) << "lo's entries need no ARP (`ip neigh` hides them)";
        }
    }
    ASSERT_EQ(seen.size(), 2u);
    for (const auto& [address, state] : seen) {
        if (address == "198.51.100.254") {
            EXPECT_EQ(state, Neighbour::Reachable);
        } else {
            EXPECT_EQ(address, "198.51.100.77");
            EXPECT_EQ(state, Neighbour::Failed);
        }
    }
    EXPECT_EQ(nl::neighbourFromNud(0x01), Neighbour::Incomplete);
    EXPECT_EQ(nl::neighbourFromNud(0x04), Neighbour::Stale);
    EXPECT_EQ(nl::neighbourFromNud(0x80), Neighbour::Permanent);
}

TEST(NetConfigNetlink, TruncatedInputIsIgnored)
{
    std::vector<unsigned char> cut(kLinkDump, kLinkDump + 40); // a header that claims more than there is
    int calls = 0;
    EXPECT_EQ(nl::forEachMessage(cut.data(), cut.size(), [&](const nlmsghdr*) { ++calls; }), 0);
    EXPECT_EQ(calls, 0);
}

// Found by tests/fuzz (fuzz_netlink, regressions/netlink/unaligned-last-message-overread): a last message
// of 33 bytes in a 34-byte buffer. Its aligned length (36) runs past the end; the walk used to wrap its
// unsigned remaining length around and read a next "message" beyond the buffer (ASan: heap-buffer-overflow).
TEST(NetConfigNetlink, UnalignedLastMessageEndsTheWalk)
{
    std::vector<unsigned char> buf(34, 0);
    nlmsghdr h{};
    h.nlmsg_len = 33;
    h.nlmsg_type = RTM_NEWLINK;
    std::memcpy(buf.data(), &h, sizeof h);
    int calls = 0;
    EXPECT_EQ(nl::forEachMessage(buf.data(), buf.size(), [&](const nlmsghdr*) { ++calls; }), 0);
    EXPECT_EQ(calls, 1);
}

// Generic netlink, laid out as the kernel sends it (nl80211.h): no Wi-Fi hardware here to record.
std::vector<unsigned char> genl(unsigned short type, const std::vector<std::pair<unsigned short, std::string>>& attrs)
{
    std::vector<unsigned char> buf(NLMSG_LENGTH(GENL_HDRLEN));
    for (const auto& [t, value] : attrs) {
        const std::size_t at = buf.size();
        buf.resize(at + NLA_ALIGN(NLA_HDRLEN + value.size()));
        nlattr a{static_cast<unsigned short>(NLA_HDRLEN + value.size()), t};
        std::memcpy(buf.data() + at, &a, sizeof a);
        std::memcpy(buf.data() + at + NLA_HDRLEN, value.data(), value.size());
    }
    nlmsghdr h{};
    h.nlmsg_len = static_cast<unsigned>(buf.size());
    h.nlmsg_type = type;
    std::memcpy(buf.data(), &h, sizeof h);
    return buf;
}

TEST(NetConfigNetlink, DecodesNl80211)
{
    const std::string id("\x1c\x00", 2);
    const auto family
        = genl(GENL_ID_CTRL, {{CTRL_ATTR_FAMILY_NAME, std::string("nl80211\0", 8)}, {CTRL_ATTR_FAMILY_ID, id}});
    EXPECT_EQ(nl::decodeGenlFamilyId(reinterpret_cast<const nlmsghdr*>(family.data())), 0x1c);
    const auto itf
        = genl(0x1c, {{NL80211_ATTR_IFINDEX, std::string("\x03\x00\x00\x00", 4)}, {NL80211_ATTR_SSID, "HomeNet"}});
    EXPECT_EQ(nl::decodeNl80211Ssid(reinterpret_cast<const nlmsghdr*>(itf.data())), "HomeNet");
    const auto none = genl(0x1c, {{NL80211_ATTR_IFINDEX, std::string("\x03\x00\x00\x00", 4)}});
    EXPECT_EQ(nl::decodeNl80211Ssid(reinterpret_cast<const nlmsghdr*>(none.data())), "") << "not connected";
}

// sysfs ------------------------------------------------------------------------------------------

void write(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

TEST(NetConfigSysfs, ReadsAPhysicalEthernetPort)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString eth = dir.filePath(QStringLiteral("net/eth0"));
    write(eth + QStringLiteral("/speed"), "1000\n");
    write(eth + QStringLiteral("/duplex"), "full\n");
    write(eth + QStringLiteral("/operstate"), "up\n");
    write(eth + QStringLiteral("/carrier"), "1\n");
    write(eth + QStringLiteral("/type"), "1\n");
    write(eth + QStringLiteral("/uevent"), "INTERFACE=eth0\nIFINDEX=2\n");
    QDir().mkpath(dir.filePath(QStringLiteral("drivers/e1000e")));
    QDir().mkpath(eth + QStringLiteral("/device"));
    ASSERT_EQ(::symlink(dir.filePath(QStringLiteral("drivers/e1000e")).toLocal8Bit().constData(),
                        (eth + QStringLiteral("/device/driver")).toLocal8Bit().constData()),
              0);
    const sysfs::LinkFacts f = sysfs::readLink(dir.filePath(QStringLiteral("net")).toStdString(), "eth0");
    EXPECT_TRUE(f.exists);
    EXPECT_TRUE(f.physical);
    EXPECT_FALSE(f.wireless);
    EXPECT_EQ(f.driver, "e1000e");
    EXPECT_EQ(f.speedMbps, 1000);
    EXPECT_EQ(f.duplex, "full");
    EXPECT_EQ(f.operstate, "up");
    EXPECT_EQ(f.carrier, 1);
    std::string detail;
    EXPECT_EQ(sysfs::classify(1, "", f, "eth0", detail), InterfaceKind::Wired);
    EXPECT_EQ(detail, "e1000e");
}

TEST(NetConfigSysfs, ReadsAWifiInterfaceWithoutLink)
{
    QTemporaryDir dir;
    const QString wlan = dir.filePath(QStringLiteral("net/wlp2s0"));
    write(wlan + QStringLiteral("/uevent"), "DEVTYPE=wlan\nINTERFACE=wlp2s0\n");
    write(wlan + QStringLiteral("/operstate"), "dormant\n");
    write(wlan + QStringLiteral("/speed"), "-1\n"); // what a down link reads like
    write(wlan + QStringLiteral("/duplex"), "unknown\n");
    QDir().mkpath(wlan + QStringLiteral("/wireless"));
    QDir().mkpath(wlan + QStringLiteral("/device"));
    const sysfs::LinkFacts f = sysfs::readLink(dir.filePath(QStringLiteral("net")).toStdString(), "wlp2s0");
    EXPECT_TRUE(f.wireless);
    EXPECT_EQ(f.devtype, "wlan");
    EXPECT_EQ(f.speedMbps, -1);
    EXPECT_EQ(f.duplex, "");
    EXPECT_EQ(f.carrier, -1) << "no carrier file: unknown";
    std::string detail;
    EXPECT_EQ(sysfs::classify(1, "", f, "wlp2s0", detail), InterfaceKind::WiFi);
}

TEST(NetConfigSysfs, RefusesNamesThatLeaveTheFolder)
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("secret/speed")), "1000\n");
    EXPECT_FALSE(sysfs::readLink(dir.filePath(QStringLiteral("net")).toStdString(), "../secret").exists);
    EXPECT_FALSE(sysfs::readLink(dir.path().toStdString(), "..").exists);
}

TEST(NetConfigSysfs, ReadsRfkillSwitches)
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("rfkill"));
    write(root + QStringLiteral("/rfkill0/name"), "phy0\n");
    write(root + QStringLiteral("/rfkill0/type"), "wlan\n");
    write(root + QStringLiteral("/rfkill0/soft"), "1\n");
    write(root + QStringLiteral("/rfkill0/hard"), "0\n");
    write(root + QStringLiteral("/rfkill1/name"), "hci0\n");
    write(root + QStringLiteral("/rfkill1/type"), "bluetooth\n");
    write(root + QStringLiteral("/rfkill1/soft"), "0\n");
    write(root + QStringLiteral("/rfkill1/hard"), "1\n");
    const std::vector<sysfs::RfkillSwitch> s = sysfs::readRfkill(root.toStdString());
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].name, "phy0");
    EXPECT_EQ(s[0].type, "wlan");
    EXPECT_TRUE(s[0].soft);
    EXPECT_FALSE(s[0].hard);
    EXPECT_EQ(s[1].type, "bluetooth");
    EXPECT_TRUE(s[1].hard);
    EXPECT_TRUE(sysfs::readRfkill(dir.filePath(QStringLiteral("missing")).toStdString()).empty());
}

TEST(NetConfigSysfs, ParsesProcNetWireless)
{
    const std::string text = "Inter-| sta-|   Quality        |   Discarded packets               | Missed | WE\n"
                             " face | tus | link level noise |  nwid  crypt   frag  retry   misc | beacon | 22\n"
                             "wlp2s0: 0000   54.  -56.  -256        0      0      0      0      0        0\n"
                             "  wlan1: 0000    0.    0.     0        0      0      0      0      0        0\n";
    const auto levels = sysfs::parseProcNetWireless(text);
    ASSERT_EQ(levels.size(), 2u);
    EXPECT_EQ(levels[0].interfaceName, "wlp2s0");
    EXPECT_EQ(levels[0].signalDbm, -56);
    EXPECT_EQ(levels[1].interfaceName, "wlan1");
    EXPECT_EQ(levels[1].signalDbm, 0) << "no level reported";
}

TEST(NetConfigSysfs, ClassifiesInterfaceKinds)
{
    const sysfs::LinkFacts none;
    sysfs::LinkFacts physical;
    physical.physical = true;
    sysfs::LinkFacts wwan;
    wwan.devtype = "wwan";
    wwan.physical = true;
    std::string d;
    EXPECT_EQ(sysfs::classify(772, "", none, "lo", d), InterfaceKind::Loopback);
    EXPECT_EQ(sysfs::classify(1, "veth", none, "eth0", d), InterfaceKind::Virtual);
    EXPECT_EQ(d, "veth");
    EXPECT_EQ(sysfs::classify(1, "bridge", none, "docker0", d), InterfaceKind::Virtual);
    EXPECT_EQ(sysfs::classify(65534, "wireguard", none, "wg0", d), InterfaceKind::Tunnel);
    EXPECT_EQ(sysfs::classify(65534, "tun", none, "tun0", d), InterfaceKind::Tunnel);
    EXPECT_EQ(d, "tun");
    EXPECT_EQ(sysfs::classify(1, "tun", none, "tap0", d), InterfaceKind::Virtual) << "a TAP is a virtual wire";
    EXPECT_EQ(d, "tap");
    EXPECT_EQ(sysfs::classify(512, "", none, "ppp0", d), InterfaceKind::Tunnel);
    EXPECT_EQ(sysfs::classify(519, "", wwan, "wwan0", d), InterfaceKind::Cellular);
    EXPECT_EQ(sysfs::classify(1, "", physical, "enp3s0", d), InterfaceKind::Wired);
    EXPECT_EQ(sysfs::classify(1, "", none, "eth9", d), InterfaceKind::Virtual) << "Ethernet without a device";
}

} // namespace
} // namespace tcpd::platform

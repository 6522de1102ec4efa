// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// NetConfig.h on Linux: rtnetlink dumps (links, addresses, the main routing table, neighbours),
// sysfs (speed, duplex, Wi-Fi, physical device, rfkill), /proc/net/wireless and nl80211 for the
// SSID. Never parses `ip` output.

#include "platform/NetConfig.h"

#include "NetConfigNetlink.h"
#include "NetConfigSysfs.h"
#include "platform/NetConfigUtil.h"
#include "platform/TcpProbe.h"
#include "platform/posix/NetConfigIcmp.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include <net/if.h> // before the linux/ headers (libc-compat.h)

#include <arpa/inet.h>
#include <linux/if.h>
#include <linux/if_link.h>
#include <linux/neighbour.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

namespace tcpd::platform {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kMaxInterfaces = 256;
constexpr std::size_t kMaxRoutes = 512;

template <typename Body>
struct Request {
    nlmsghdr h;
    Body b;
    char attrs[64];
};

template <typename Body>
Request<Body> dumpRequest(unsigned short type, unsigned char family)
{
    Request<Body> req{};
    req.h.nlmsg_len = NLMSG_LENGTH(sizeof(Body));
    req.h.nlmsg_type = type;
    req.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    std::memcpy(&req.b, &family, 1); // every rtnetlink body starts with its family byte
    return req;
}

void readLinks(NetSnapshot& net)
{
    auto req = dumpRequest<ifinfomsg>(RTM_GETLINK, AF_UNSPEC);
    // Skip the statistics: a dump without them is a quarter of the size.
    auto* ext = reinterpret_cast<rtattr*>(req.attrs);
    ext->rta_type = IFLA_EXT_MASK;
    ext->rta_len = RTA_LENGTH(sizeof(unsigned));
    const unsigned mask = RTEXT_FILTER_SKIP_STATS;
    std::memcpy(RTA_DATA(ext), &mask, sizeof mask);
    req.h.nlmsg_len = NLMSG_ALIGN(req.h.nlmsg_len) + RTA_ALIGN(ext->rta_len);

    const std::vector<sysfs::RfkillSwitch> rfkill = sysfs::readRfkill("/sys/class/rfkill");
    const std::vector<sysfs::WirelessLevel> levels
        = sysfs::parseProcNetWireless(sysfs::readSmallFile("/proc/net/wireless"));
    const int rc = nl::request(NETLINK_ROUTE, &req, req.h.nlmsg_len, [&](const nlmsghdr* h) {
        nl::LinkMessage m;
        if (!nl::decodeLink(h, m) || net.interfaces.size() >= kMaxInterfaces) {
            return;
        }
        const sysfs::LinkFacts sys = sysfs::readLink("/sys/class/net", m.name);
        NetInterface itf;
        itf.index = m.index;
        itf.name = m.name;
        itf.friendlyName = m.alias.empty() ? m.name : m.alias;
        itf.description = sys.driver;
        itf.kind = sysfs::classify(m.arphrd, m.infoKind, sys, m.name, itf.kindDetail);
        itf.adminUp = (m.flags & IFF_UP) != 0 ? Tri::Yes : Tri::No;
        // A switched-off interface has no carrier to speak of (sysfs refuses to read it): unknown.
        const bool lowerUp = m.carrier >= 0 ? m.carrier != 0 : (m.flags & IFF_LOWER_UP) != 0;
        itf.carrier = itf.adminUp == Tri::No ? Tri::Unknown : (lowerUp ? Tri::Yes : Tri::No);
        itf.operState = m.operState >= 0 ? nl::operStateName(m.operState) : sys.operstate;
        itf.speedMbps = sys.speedMbps;
        itf.duplex = sys.duplex;
        itf.mtu = m.mtu;
        itf.mac = itf.kind == InterfaceKind::Loopback || m.mac == "00:00:00:00:00:00" ? std::string() : m.mac;
        itf.wireless = itf.kind == InterfaceKind::WiFi;
        if (itf.wireless) {
            bool anyWlan = false;
            bool softOff = false;
            bool hardOff = false;
            for (const auto& s : rfkill) {
                if (s.type == "wlan") {
                    anyWlan = true;
                    softOff = softOff || s.soft;
                    hardOff = hardOff || s.hard;
                }
            }
            if (anyWlan) {
                itf.wifi.radioOn = softOff || hardOff ? Tri::No : Tri::Yes;
                itf.wifi.hardwareSwitch = hardOff ? Tri::Yes : Tri::No;
            }
            for (const auto& l : levels) {
                if (l.interfaceName == m.name) {
                    itf.wifi.signalDbm = l.signalDbm;
                }
            }
            if (itf.carrier == Tri::Yes) {
                itf.wifi.ssid = nl::wifiSsid(m.index);
            }
        }
        net.interfaces.push_back(std::move(itf));
    });
    if (rc < 0 && net.interfaces.empty()) {
        net.error = "RTM_GETLINK failed (" + std::string(std::strerror(-rc)) + ")";
        return;
    }
    net.ok = true;
}

void readAddresses(NetSnapshot& net)
{
    auto req = dumpRequest<ifaddrmsg>(RTM_GETADDR, AF_UNSPEC);
    nl::request(NETLINK_ROUTE, &req, req.h.nlmsg_len, [&](const nlmsghdr* h) {
        int index = 0;
        IfAddress a;
        if (!nl::decodeAddress(h, index, a)) {
            return;
        }
        for (NetInterface& itf : net.interfaces) {
            if (itf.index == index && itf.addresses.size() < 64) {
                itf.addresses.push_back(a);
            }
        }
    });
}

void readRoutes(NetSnapshot& net)
{
    for (const unsigned char family : {static_cast<unsigned char>(AF_INET), static_cast<unsigned char>(AF_INET6)}) {
        auto req = dumpRequest<rtmsg>(RTM_GETROUTE, family);
        const int rc = nl::request(NETLINK_ROUTE, &req, req.h.nlmsg_len, [&](const nlmsghdr* h) {
            if (net.routes.size() < kMaxRoutes) {
                nl::decodeRoute(h, net.routes);
            }
        });
        net.routesKnown = net.routesKnown || rc == 0;
    }
    for (Route& r : net.routes) {
        if (const NetInterface* itf = net.byIndex(r.interfaceIndex)) {
            r.interfaceName = itf->name;
        }
    }
}

Neighbour neighbourOf(const std::string& address, int interfaceIndex)
{
    const std::string want = stripZone(address);
    unsigned char bytes[16];
    bool v6 = false;
    if (!parseAddress(want, bytes, v6)) {
        return Neighbour::Unknown;
    }
    auto req = dumpRequest<ndmsg>(RTM_GETNEIGH, v6 ? AF_INET6 : AF_INET);
    Neighbour state = Neighbour::None;
    const int rc = nl::request(
        NETLINK_ROUTE, &req, req.h.nlmsg_len,
        [&](const nlmsghdr* h) {
            int index = 0;
            std::string addr;
            Neighbour s = Neighbour::Unknown;
            if (nl::decodeNeighbour(h, index, addr, s) && addr == want
                && (interfaceIndex <= 0 || index == interfaceIndex)) {
                state = s;
            }
        },
        500);
    return rc < 0 ? Neighbour::Unknown : state;
}

} // namespace

NetSnapshot readNetConfig()
{
    NetSnapshot net;
    readLinks(net);
    if (net.ok) {
        readAddresses(net);
        readRoutes(net);
    }
    return net;
}

RouteLookup lookupRoute(const std::string& destination)
{
    RouteLookup out;
    out.destination = stripZone(destination);
    out.method = "RTM_GETROUTE";
    unsigned char bytes[16];
    bool v6 = false;
    if (!parseAddress(destination, bytes, v6)) {
        out.error = "not-a-numeric-address";
        return out;
    }
    auto req = dumpRequest<rtmsg>(RTM_GETROUTE, v6 ? AF_INET6 : AF_INET);
    req.h.nlmsg_flags = NLM_F_REQUEST;
    req.b.rtm_dst_len = v6 ? 128 : 32;
    auto* dst = reinterpret_cast<rtattr*>(req.attrs);
    dst->rta_type = RTA_DST;
    dst->rta_len = static_cast<unsigned short>(RTA_LENGTH(v6 ? 16 : 4));
    std::memcpy(RTA_DATA(dst), bytes, v6 ? 16 : 4);
    req.h.nlmsg_len = NLMSG_ALIGN(req.h.nlmsg_len) + RTA_ALIGN(dst->rta_len);
    const auto pct = destination.find('%');
    if (v6 && pct != std::string::npos) {
        // A scoped link-local destination: the zone names the interface.
        const std::string zone = destination.substr(pct + 1);
        unsigned index = if_nametoindex(zone.c_str());
        if (index == 0 && !zone.empty() && zone.find_first_not_of("0123456789") == std::string::npos) {
            index = static_cast<unsigned>(std::stoul(zone));
        }
        auto* oif = reinterpret_cast<rtattr*>(reinterpret_cast<char*>(&req) + req.h.nlmsg_len);
        oif->rta_type = RTA_OIF;
        oif->rta_len = static_cast<unsigned short>(RTA_LENGTH(sizeof index));
        std::memcpy(RTA_DATA(oif), &index, sizeof index);
        req.h.nlmsg_len += RTA_ALIGN(oif->rta_len);
    }
    bool answered = false;
    const int rc = nl::request(NETLINK_ROUTE, &req, req.h.nlmsg_len,
                               [&](const nlmsghdr* h) { answered = nl::decodeRouteReply(h, out) || answered; });
    if (rc < 0) {
        out.status = nl::routeErrorStatus(rc);
        const int e = -rc;
        if (e == EINVAL) {
            // The kernel answers EINVAL for a blackhole route: look for one in the table.
            NetSnapshot table;
            readRoutes(table);
            const Route* best = bestRoute(table.routes, out.destination);
            if (best != nullptr && best->type == RouteType::Blackhole) {
                out.status = RouteLookup::Status::Blackhole;
            }
        }
        out.error = e == ENETUNREACH ? "ENETUNREACH"
            : e == EHOSTUNREACH      ? "EHOSTUNREACH"
            : e == EACCES            ? "EACCES"
            : e == EINVAL            ? "EINVAL"
                                     : std::strerror(e);
    } else if (!answered) {
        out.status = RouteLookup::Status::Error;
        out.error = "no answer";
    }
    char name[IF_NAMESIZE + 1] = {};
    if (out.interfaceIndex > 0 && if_indextoname(static_cast<unsigned>(out.interfaceIndex), name) != nullptr) {
        out.interfaceName = name;
    }
    return out;
}

GatewayProbe probeGateway(const std::string& gateway, int interfaceIndex, int budgetMs, const std::atomic<bool>* cancel)
{
    const Clock::time_point start = Clock::now();
    const auto elapsedMs = [&] { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); };
    GatewayProbe g;
    g.gateway = stripZone(gateway);
    g.interfaceIndex = interfaceIndex;
    budgetMs = std::clamp(budgetMs, 500, 10000);
    g.neighbourBefore = neighbourOf(g.gateway, interfaceIndex);

    const int probeBudget = budgetMs * 7 / 8;
    const detail::EchoResult echo = detail::icmpEcho(g.gateway, interfaceIndex, probeBudget, 3, cancel);
    if (echo.available) {
        g.method = GatewayProbe::Method::Icmp;
        g.tries = echo.sent;
        g.answered = echo.answered;
        g.rttMs = echo.rttMs;
        g.answer = echo.answered ? "echo_reply" : "";
        g.error = echo.error;
        g.cancelled = echo.cancelled;
    } else {
        // No ICMP for this user: a TCP connect to common ports. RST and SYN-ACK both prove it is alive.
        g.icmpUnavailable = echo.unavailableReason;
        std::string target = g.gateway;
        unsigned char bytes[16];
        bool v6 = false;
        char name[IF_NAMESIZE + 1] = {};
        if (parseAddress(target, bytes, v6) && v6 && isLinkLocalAddress(target) && interfaceIndex > 0
            && if_indextoname(static_cast<unsigned>(interfaceIndex), name) != nullptr) {
            target += std::string("%") + name;
        }
        probeGatewayByTcp(g, target, probeBudget, cancel);
    }
    // Silence alone proves little (many routers ignore ping and drop TCP); the neighbour table tells
    // whether anyone answered ARP/NDP for the address. Wait, bounded, until it has decided.
    awaitNeighbour(g, [&] { return neighbourOf(g.gateway, interfaceIndex); }, elapsedMs, budgetMs, cancel);
    g.elapsedMs = elapsedMs();
    return g;
}

} // namespace tcpd::platform

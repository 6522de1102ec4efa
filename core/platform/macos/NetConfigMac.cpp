// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// NetConfig.h on macOS: getifaddrs (addresses, MAC, MTU, speed), SIOCGIFMEDIA (link detected, and
// whether the medium is Wi-Fi), the routing table through sysctl(NET_RT_DUMP), the route to one
// address through the routing socket (RTM_GET, as `route -n get`), and ICMP datagram sockets (open
// to every user on macOS) for the gateway probe. What macOS tells only through SystemConfiguration
// or CoreWLAN (how an address was obtained, the Wi-Fi network's name, the radio switch) and the
// neighbour table stay unknown here.

#include "platform/NetConfig.h"
#include "platform/NetConfigUtil.h"
#include "platform/TcpProbe.h"
#include "platform/posix/NetConfigIcmp.h"
#include "platform/posix/SocketAddress.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <vector>

// The BSD network headers below expect these two first.
#include <sys/socket.h>
#include <sys/types.h>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <net/if_dl.h>
#include <net/if_media.h>
#include <net/if_types.h>
#include <net/route.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/sysctl.h>
#include <unistd.h>

namespace tcpd::platform {

namespace {

using Clock = std::chrono::steady_clock;

/// Routing messages pad each sockaddr to a multiple of 4 bytes (an empty one still takes 4).
std::size_t roundup(std::size_t len)
{
    return len > 0 ? 1 + ((len - 1) | (sizeof(uint32_t) - 1)) : sizeof(uint32_t);
}

int prefixFromMask(const sockaddr* mask, bool v6)
{
    if (mask == nullptr) {
        return v6 ? 128 : 32;
    }
    // The kernel shortens masks: sa_len covers only the bytes up to the last non-zero one.
    const std::size_t offset = v6 ? offsetof(sockaddr_in6, sin6_addr) : offsetof(sockaddr_in, sin_addr);
    const auto* bytes = reinterpret_cast<const unsigned char*>(mask);
    int bits = 0;
    for (std::size_t i = offset; i < mask->sa_len && i < offset + (v6 ? 16 : 4); ++i) {
        for (int b = 7; b >= 0; --b) {
            bits += (bytes[i] >> b) & 1;
        }
    }
    return bits;
}

InterfaceKind kindFor(const std::string& name, unsigned char ifType, bool wifiMedia, std::string& detail)
{
    detail = name.substr(0, name.find_first_of("0123456789"));
    if (ifType == IFT_LOOP || detail == "lo")
        return InterfaceKind::Loopback;
    if (wifiMedia)
        return InterfaceKind::WiFi;
    if (detail == "utun" || detail == "ipsec" || detail == "ppp" || detail == "gif" || detail == "stf"
        || ifType == IFT_PPP)
        return InterfaceKind::Tunnel;
    if (detail == "pdp_ip")
        return InterfaceKind::Cellular;
    if (detail == "bridge" || detail == "awdl" || detail == "llw" || detail == "ap" || detail == "anpi"
        || detail == "vmenet" || detail == "feth")
        return InterfaceKind::Virtual;
    if (ifType == IFT_ETHER)
        return InterfaceKind::Wired;
    return InterfaceKind::Unknown;
}

/// Link detected, and whether the medium is Wi-Fi (SIOCGIFMEDIA, allowed for every user).
void readMedia(int sock, const std::string& name, Tri& carrier, bool& wifi)
{
    ifmediareq req{};
    std::strncpy(req.ifm_name, name.c_str(), sizeof req.ifm_name - 1);
    if (::ioctl(sock, SIOCGIFMEDIA, &req) != 0) {
        return; // no media information (tunnels, loopback): unknown
    }
    wifi = IFM_TYPE(req.ifm_active) == IFM_IEEE80211 || IFM_TYPE(req.ifm_current) == IFM_IEEE80211;
    if ((req.ifm_status & IFM_AVALID) != 0) {
        carrier = (req.ifm_status & IFM_ACTIVE) != 0 ? Tri::Yes : Tri::No;
    }
}

NetInterface& interfaceFor(std::vector<NetInterface>& list, const std::string& name)
{
    for (NetInterface& i : list) {
        if (i.name == name) {
            return i;
        }
    }
    NetInterface i;
    i.name = name;
    i.friendlyName = name;
    i.index = static_cast<int>(if_nametoindex(name.c_str()));
    list.push_back(i);
    return list.back();
}

/// The sockaddrs after a routing message header, by RTA_* bit.
void splitAddresses(const char* p, const char* end, int mask, const sockaddr* out[RTAX_MAX])
{
    for (int i = 0; i < RTAX_MAX; ++i) {
        out[i] = nullptr;
        if ((mask & (1 << i)) == 0 || p >= end) {
            continue;
        }
        const auto* sa = reinterpret_cast<const sockaddr*>(p);
        if (p + sizeof(sa->sa_len) > end || p + sa->sa_len > end) {
            return;
        }
        out[i] = sa;
        p += roundup(sa->sa_len);
    }
}

std::string addressOf(const sockaddr* sa)
{
    if (sa == nullptr || (sa->sa_family != AF_INET && sa->sa_family != AF_INET6)) {
        return {};
    }
    return stripZone(detail::toNumeric(sa));
}

std::vector<Route> readRoutes(bool& known)
{
    std::vector<Route> routes;
    known = false;
    int mib[6] = {CTL_NET, PF_ROUTE, 0, 0, NET_RT_DUMP, 0};
    std::size_t size = 0;
    if (::sysctl(mib, 6, nullptr, &size, nullptr, 0) != 0 || size == 0 || size > (8u << 20)) {
        return routes;
    }
    std::vector<char> buf(size + size / 4);
    size = buf.size();
    if (::sysctl(mib, 6, buf.data(), &size, nullptr, 0) != 0) {
        return routes;
    }
    known = true;
    for (const char* p = buf.data(); p + sizeof(rt_msghdr) <= buf.data() + size && routes.size() < 512;) {
        const auto* h = reinterpret_cast<const rt_msghdr*>(p);
        if (h->rtm_msglen == 0) {
            break;
        }
        const char* next = p + h->rtm_msglen;
        if ((h->rtm_flags & (RTF_LLINFO | RTF_WASCLONED)) == 0 && (h->rtm_flags & RTF_UP) != 0) {
            const sockaddr* sa[RTAX_MAX];
            splitAddresses(p + sizeof(rt_msghdr), next, h->rtm_addrs, sa);
            Route r;
            r.destination = addressOf(sa[RTAX_DST]);
            if (!r.destination.empty()) {
                r.ipv6 = sa[RTAX_DST]->sa_family == AF_INET6;
                // A default route may come without a netmask at all; a network route always has one.
                if ((h->rtm_flags & RTF_HOST) != 0) {
                    r.prefixLength = r.ipv6 ? 128 : 32;
                } else if (sa[RTAX_NETMASK] == nullptr && isUnspecifiedAddress(r.destination)) {
                    r.prefixLength = 0;
                } else {
                    r.prefixLength = prefixFromMask(sa[RTAX_NETMASK], r.ipv6);
                }
                if ((h->rtm_flags & RTF_GATEWAY) != 0) {
                    r.gateway = addressOf(sa[RTAX_GATEWAY]);
                }
                r.interfaceIndex = h->rtm_index;
                char name[IF_NAMESIZE + 1] = {};
                if (if_indextoname(h->rtm_index, name) != nullptr) {
                    r.interfaceName = name;
                }
                r.metric = 0;
                r.type = (h->rtm_flags & RTF_BLACKHOLE) != 0 ? RouteType::Blackhole
                    : (h->rtm_flags & RTF_REJECT) != 0       ? RouteType::Unreachable
                    : (h->rtm_flags & RTF_LOCAL) != 0        ? RouteType::Local
                                                             : RouteType::Unicast;
                routes.push_back(r);
            }
        }
        p = next;
    }
    return routes;
}

} // namespace

NetSnapshot readNetConfig()
{
    NetSnapshot net;
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0) {
        net.error = "getifaddrs failed";
        return net;
    }
    const int sock = ::socket(AF_INET, SOCK_DGRAM, 0);
    for (ifaddrs* i = list; i != nullptr && net.interfaces.size() < 256; i = i->ifa_next) {
        if (i->ifa_name == nullptr) {
            continue;
        }
        NetInterface& itf = interfaceFor(net.interfaces, i->ifa_name);
        itf.adminUp = (i->ifa_flags & IFF_UP) != 0 ? Tri::Yes : Tri::No;
        if (i->ifa_addr == nullptr) {
            continue;
        }
        if (i->ifa_addr->sa_family == AF_LINK) {
            const auto* dl = reinterpret_cast<const sockaddr_dl*>(i->ifa_addr);
            char mac[3 * 32] = {};
            const auto* bytes = reinterpret_cast<const unsigned char*>(LLADDR(dl));
            for (int b = 0; b < dl->sdl_alen && b < 31; ++b) {
                std::snprintf(mac + 3 * b, 4, b == 0 ? "%02x" : ":%02x", bytes[b]);
            }
            itf.mac = mac;
            unsigned char type = dl->sdl_type;
            if (i->ifa_data != nullptr) {
                const auto* data = static_cast<const if_data*>(i->ifa_data);
                itf.mtu = static_cast<int>(data->ifi_mtu);
                itf.speedMbps = data->ifi_baudrate > 0 ? static_cast<long long>(data->ifi_baudrate / 1000000) : -1;
                type = data->ifi_type;
            }
            bool wifi = false;
            if (sock >= 0) {
                readMedia(sock, itf.name, itf.carrier, wifi);
            }
            itf.kind = kindFor(itf.name, type, wifi, itf.kindDetail);
            itf.wireless = itf.kind == InterfaceKind::WiFi;
            if (itf.kind == InterfaceKind::Loopback) {
                itf.mac.clear();
            }
            itf.operState = itf.adminUp == Tri::No ? "down"
                : itf.carrier == Tri::No           ? "lowerlayerdown"
                : itf.carrier == Tri::Yes          ? "up"
                                                   : "unknown";
            continue;
        }
        if (i->ifa_addr->sa_family != AF_INET && i->ifa_addr->sa_family != AF_INET6) {
            continue;
        }
        IfAddress a;
        a.address = addressOf(i->ifa_addr);
        a.ipv6 = i->ifa_addr->sa_family == AF_INET6;
        a.prefixLength = prefixFromMask(i->ifa_netmask, a.ipv6);
        a.origin = isLoopbackAddress(a.address) ? AddressOrigin::Loopback
            : isLinkLocalAddress(a.address)     ? AddressOrigin::LinkLocal
                                                : AddressOrigin::Unknown; // SystemConfiguration would tell
        if (!a.address.empty() && itf.addresses.size() < 64) {
            itf.addresses.push_back(a);
        }
    }
    if (sock >= 0) {
        ::close(sock);
    }
    ::freeifaddrs(list);
    for (NetInterface& itf : net.interfaces) {
        if (itf.kind == InterfaceKind::Unknown && itf.kindDetail.empty()) {
            itf.kind = kindFor(itf.name, 0, false, itf.kindDetail); // no link-layer entry was listed
        }
    }
    net.routes = readRoutes(net.routesKnown);
    net.ok = true;
    return net;
}

RouteLookup lookupRoute(const std::string& destination)
{
    RouteLookup out;
    out.destination = stripZone(destination);
    out.method = "RTM_GET";
    sockaddr_storage dst{};
    socklen_t dstLen = 0;
    if (!detail::toSockaddr(destination, 0, dst, dstLen)) {
        out.error = "not-a-numeric-address";
        return out;
    }
    const int fd = ::socket(PF_ROUTE, SOCK_RAW, AF_UNSPEC);
    if (fd < 0) {
        out.error = "routing socket unavailable";
        return out;
    }
    struct {
        rt_msghdr h;
        char space[1024];
    } msg{};
    reinterpret_cast<sockaddr*>(&dst)->sa_len = static_cast<unsigned char>(dstLen);
    // RTA_IFP asks for the outgoing interface: it needs an empty link-layer address to fill in, as
    // `route -n get` sends it.
    sockaddr_dl ifp{};
    ifp.sdl_len = sizeof ifp;
    ifp.sdl_family = AF_LINK;
    msg.h.rtm_msglen = static_cast<u_short>(sizeof(rt_msghdr) + roundup(dstLen) + roundup(sizeof ifp));
    msg.h.rtm_version = RTM_VERSION;
    msg.h.rtm_type = RTM_GET;
    msg.h.rtm_addrs = RTA_DST | RTA_IFP;
    msg.h.rtm_pid = ::getpid();
    msg.h.rtm_seq = 7;
    std::memcpy(msg.space, &dst, dstLen);
    std::memcpy(msg.space + roundup(dstLen), &ifp, sizeof ifp);
    if (::write(fd, &msg, msg.h.rtm_msglen) < 0) {
        const int e = errno;
        ::close(fd);
        out.status = e == ESRCH || e == ENETUNREACH ? RouteLookup::Status::NoRoute : RouteLookup::Status::Error;
        out.error = e == ESRCH ? "ESRCH" : e == ENETUNREACH ? "ENETUNREACH" : std::strerror(e);
        return out;
    }
    for (int i = 0; i < 8; ++i) { // bounded: skip other processes' routing messages
        const ssize_t n = ::read(fd, &msg, sizeof msg);
        if (n <= 0) {
            break;
        }
        if (msg.h.rtm_seq != 7 || msg.h.rtm_pid != ::getpid()) {
            continue;
        }
        const sockaddr* sa[RTAX_MAX];
        splitAddresses(msg.space, reinterpret_cast<const char*>(&msg) + n, msg.h.rtm_addrs, sa);
        out.status = (msg.h.rtm_flags & RTF_BLACKHOLE) != 0 ? RouteLookup::Status::Blackhole
            : (msg.h.rtm_flags & RTF_REJECT) != 0           ? RouteLookup::Status::Unreachable
            : (msg.h.rtm_flags & RTF_LOCAL) != 0 || isLoopbackAddress(out.destination) ? RouteLookup::Status::Local
                                                                                       : RouteLookup::Status::Ok;
        if ((msg.h.rtm_flags & RTF_GATEWAY) != 0) {
            out.gateway = addressOf(sa[RTAX_GATEWAY]);
        }
        out.onLink = out.gateway.empty();
        out.source = addressOf(sa[RTAX_IFA]);
        if (sa[RTAX_IFP] != nullptr && sa[RTAX_IFP]->sa_family == AF_LINK) {
            const auto* dl = reinterpret_cast<const sockaddr_dl*>(sa[RTAX_IFP]);
            out.interfaceIndex = dl->sdl_index;
            out.interfaceName.assign(dl->sdl_data, std::min<std::size_t>(dl->sdl_nlen, sizeof dl->sdl_data));
        } else {
            out.interfaceIndex = msg.h.rtm_index;
        }
        break;
    }
    ::close(fd);
    if (out.status == RouteLookup::Status::Error && out.error.empty()) {
        out.error = "no answer";
    }
    return out;
}

GatewayProbe probeGateway(const std::string& gateway, int interfaceIndex, int budgetMs, const std::atomic<bool>* cancel)
{
    const Clock::time_point start = Clock::now();
    GatewayProbe g;
    g.gateway = stripZone(gateway);
    g.interfaceIndex = interfaceIndex;
    budgetMs = std::clamp(budgetMs, 500, 10000);
    g.neighbourBefore = Neighbour::Unknown; // the ARP table is not read on macOS
    const detail::EchoResult echo = detail::icmpEcho(g.gateway, interfaceIndex, budgetMs, 3, cancel);
    if (echo.available) {
        g.method = GatewayProbe::Method::Icmp;
        g.tries = echo.sent;
        g.answered = echo.answered;
        g.rttMs = echo.rttMs;
        g.answer = echo.answered ? "echo_reply" : "";
        g.error = echo.error;
        g.cancelled = echo.cancelled;
        // EHOSTDOWN / EHOSTUNREACH from our own send: ARP for the gateway failed.
        g.neighbourAfter = echo.unreachable && (echo.error == "EHOSTDOWN" || echo.error == "EHOSTUNREACH")
            ? Neighbour::Failed
            : echo.answered ? Neighbour::Reachable
                            : Neighbour::Unknown;
    } else {
        g.icmpUnavailable = echo.unavailableReason;
        std::string target = g.gateway;
        char name[IF_NAMESIZE + 1] = {};
        if (isLinkLocalAddress(target) && target.find(':') != std::string::npos && interfaceIndex > 0
            && if_indextoname(static_cast<unsigned>(interfaceIndex), name) != nullptr) {
            target += std::string("%") + name;
        }
        probeGatewayByTcp(g, target, budgetMs, cancel); // also marks a failed ARP (our own host unreachable)
        if (g.answered) {
            g.neighbourAfter = Neighbour::Reachable;
        }
    }
    g.elapsedMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    return g;
}

} // namespace tcpd::platform

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// rtnetlink decoders and the bounded request helper (NetConfigNetlink.h). Plain rtnetlink: the
// message layouts are small and stable, and every decoder checks lengths before it reads.

#include "NetConfigNetlink.h"

#include "platform/NetConfigUtil.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>

#include <net/if.h> // before the linux/ headers (libc-compat.h)

#include <arpa/inet.h>
#include <linux/if.h>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/neighbour.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef IFLA_PARENT_DEV_BUS_NAME
#define IFLA_PARENT_DEV_BUS_NAME 57
#endif
#ifndef IFA_PROTO
#define IFA_PROTO 11
#endif
#ifndef IFAPROT_KERNEL_LO
#define IFAPROT_KERNEL_LO 1
#define IFAPROT_KERNEL_RA 2
#define IFAPROT_KERNEL_LL 3
#endif

namespace tcpd::platform::nl {

namespace {

std::string attrString(const rtattr* a)
{
    const auto* p = static_cast<const char*>(RTA_DATA(a));
    const std::size_t n = RTA_PAYLOAD(a);
    return std::string(p, strnlen(p, n));
}

template <typename T>
bool attrValue(const rtattr* a, T& out)
{
    if (RTA_PAYLOAD(a) < sizeof(T)) {
        return false;
    }
    std::memcpy(&out, RTA_DATA(a), sizeof(T));
    return true;
}

std::string addressText(int family, const void* bytes, std::size_t len)
{
    char text[INET6_ADDRSTRLEN] = {};
    if ((family == AF_INET && len >= 4) || (family == AF_INET6 && len >= 16)) {
        if (inet_ntop(family, bytes, text, sizeof text) != nullptr) {
            return text;
        }
    }
    return {};
}

std::string macText(const unsigned char* p, std::size_t n)
{
    std::string out;
    char part[4];
    for (std::size_t i = 0; i < n && i < 32; ++i) {
        std::snprintf(part, sizeof part, i == 0 ? "%02x" : ":%02x", p[i]);
        out += part;
    }
    return out;
}

AddressOrigin originFor(const IfAddress& a, int proto, unsigned flags)
{
    if (isLoopbackAddress(a.address) || proto == IFAPROT_KERNEL_LO) {
        return AddressOrigin::Loopback;
    }
    if (isLinkLocalAddress(a.address) || proto == IFAPROT_KERNEL_LL) {
        return AddressOrigin::LinkLocal;
    }
    if (proto == IFAPROT_KERNEL_RA) {
        return AddressOrigin::RouterAdvertisement;
    }
    if ((flags & IFA_F_PERMANENT) != 0) {
        return AddressOrigin::Manual;
    }
    if (a.lifetimesKnown && a.validLifetimeS != 0xffffffffu) {
        // A lease: IPv4 leases come from DHCP; IPv6 from DHCPv6 or router advertisements, which
        // a network manager in user space adds alike.
        return a.ipv6 ? ((flags & IFA_F_TEMPORARY) != 0 ? AddressOrigin::RouterAdvertisement : AddressOrigin::Automatic)
                      : AddressOrigin::Dhcp;
    }
    return AddressOrigin::Unknown;
}

RouteType routeType(unsigned char t)
{
    switch (t) {
    case RTN_UNICAST: return RouteType::Unicast;
    case RTN_LOCAL: return RouteType::Local;
    case RTN_BLACKHOLE: return RouteType::Blackhole;
    case RTN_UNREACHABLE: return RouteType::Unreachable;
    case RTN_PROHIBIT: return RouteType::Prohibit;
    default: return RouteType::Other;
    }
}

} // namespace

const char* operStateName(int s)
{
    switch (s) {
    case IF_OPER_UNKNOWN: return "unknown";
    case IF_OPER_NOTPRESENT: return "notpresent";
    case IF_OPER_DOWN: return "down";
    case IF_OPER_LOWERLAYERDOWN: return "lowerlayerdown";
    case IF_OPER_TESTING: return "testing";
    case IF_OPER_DORMANT: return "dormant";
    case IF_OPER_UP: return "up";
    default: return "";
    }
}

Neighbour neighbourFromNud(unsigned s)
{
    if ((s & NUD_PERMANENT) != 0)
        return Neighbour::Permanent;
    if ((s & NUD_NOARP) != 0)
        return Neighbour::NoArp;
    if ((s & NUD_REACHABLE) != 0)
        return Neighbour::Reachable;
    if ((s & NUD_STALE) != 0)
        return Neighbour::Stale;
    if ((s & NUD_DELAY) != 0)
        return Neighbour::Delay;
    if ((s & NUD_PROBE) != 0)
        return Neighbour::Probe;
    if ((s & NUD_FAILED) != 0)
        return Neighbour::Failed;
    if ((s & NUD_INCOMPLETE) != 0)
        return Neighbour::Incomplete;
    return Neighbour::None;
}

bool decodeLink(const nlmsghdr* h, LinkMessage& out)
{
    if (h->nlmsg_type != RTM_NEWLINK || h->nlmsg_len < NLMSG_LENGTH(sizeof(ifinfomsg))) {
        return false;
    }
    const auto* ifi = static_cast<const ifinfomsg*>(NLMSG_DATA(h));
    out = LinkMessage{};
    out.index = ifi->ifi_index;
    out.arphrd = ifi->ifi_type;
    out.flags = ifi->ifi_flags;
    int len = static_cast<int>(h->nlmsg_len - NLMSG_LENGTH(sizeof(ifinfomsg)));
    for (const rtattr* a = IFLA_RTA(ifi); RTA_OK(a, len); a = RTA_NEXT(a, len)) {
        switch (a->rta_type) {
        case IFLA_IFNAME: out.name = attrString(a); break;
        case IFLA_IFALIAS: out.alias = attrString(a); break;
        case IFLA_MTU: attrValue(a, out.mtu); break;
        case IFLA_ADDRESS: out.mac = macText(static_cast<const unsigned char*>(RTA_DATA(a)), RTA_PAYLOAD(a)); break;
        case IFLA_PARENT_DEV_BUS_NAME: out.parentBus = attrString(a); break;
        case IFLA_OPERSTATE: {
            unsigned char v = 0;
            if (attrValue(a, v))
                out.operState = v;
            break;
        }
        case IFLA_CARRIER: {
            unsigned char v = 0;
            if (attrValue(a, v))
                out.carrier = v;
            break;
        }
        case IFLA_LINKINFO: {
            int inner = static_cast<int>(RTA_PAYLOAD(a));
            for (const auto* i = static_cast<const rtattr*>(RTA_DATA(a)); RTA_OK(i, inner); i = RTA_NEXT(i, inner)) {
                if (i->rta_type == IFLA_INFO_KIND) {
                    out.infoKind = attrString(i);
                }
            }
            break;
        }
        default: break;
        }
    }
    return out.index > 0;
}

bool decodeAddress(const nlmsghdr* h, int& interfaceIndex, IfAddress& out)
{
    if (h->nlmsg_type != RTM_NEWADDR || h->nlmsg_len < NLMSG_LENGTH(sizeof(ifaddrmsg))) {
        return false;
    }
    const auto* ifa = static_cast<const ifaddrmsg*>(NLMSG_DATA(h));
    if ((ifa->ifa_family != AF_INET && ifa->ifa_family != AF_INET6)
        || ifa->ifa_prefixlen > (ifa->ifa_family == AF_INET6 ? 128 : 32)) { // no such address: not the kernel's
        return false;
    }
    out = IfAddress{};
    interfaceIndex = static_cast<int>(ifa->ifa_index);
    out.ipv6 = ifa->ifa_family == AF_INET6;
    out.prefixLength = ifa->ifa_prefixlen;
    unsigned flags = ifa->ifa_flags;
    int proto = -1;
    std::string local;
    std::string address;
    int len = static_cast<int>(h->nlmsg_len - NLMSG_LENGTH(sizeof(ifaddrmsg)));
    for (const rtattr* a = IFA_RTA(ifa); RTA_OK(a, len); a = RTA_NEXT(a, len)) {
        switch (a->rta_type) {
        case IFA_ADDRESS: address = addressText(ifa->ifa_family, RTA_DATA(a), RTA_PAYLOAD(a)); break;
        case IFA_LOCAL: local = addressText(ifa->ifa_family, RTA_DATA(a), RTA_PAYLOAD(a)); break;
        case IFA_FLAGS: attrValue(a, flags); break;
        case IFA_PROTO: {
            unsigned char v = 0;
            if (attrValue(a, v))
                proto = v;
            break;
        }
        case IFA_CACHEINFO: {
            ifa_cacheinfo ci{};
            if (attrValue(a, ci)) {
                out.validLifetimeS = ci.ifa_valid;
                out.preferredLifetimeS = ci.ifa_prefered;
                out.lifetimesKnown = true;
            }
            break;
        }
        default: break;
        }
    }
    // On point-to-point links IFA_ADDRESS is the peer and IFA_LOCAL ours.
    out.address = local.empty() ? address : local;
    if (out.address.empty()) {
        return false;
    }
    out.permanent = (flags & IFA_F_PERMANENT) != 0 ? Tri::Yes : Tri::No;
    out.tentative = (flags & IFA_F_TENTATIVE) != 0 && (flags & IFA_F_DADFAILED) == 0;
    out.duplicate = (flags & IFA_F_DADFAILED) != 0;
    out.deprecated = (flags & IFA_F_DEPRECATED) != 0;
    out.temporary = (flags & IFA_F_TEMPORARY) != 0;
    out.origin = originFor(out, proto, flags);
    return true;
}

bool decodeRoute(const nlmsghdr* h, std::vector<Route>& out)
{
    if (h->nlmsg_type != RTM_NEWROUTE || h->nlmsg_len < NLMSG_LENGTH(sizeof(rtmsg))) {
        return false;
    }
    const auto* r = static_cast<const rtmsg*>(NLMSG_DATA(h));
    if ((r->rtm_family != AF_INET && r->rtm_family != AF_INET6) || (r->rtm_flags & RTM_F_CLONED) != 0
        || r->rtm_dst_len > (r->rtm_family == AF_INET6 ? 128 : 32)) { // no such prefix: not the kernel's
        return false;
    }
    unsigned table = r->rtm_table;
    Route base;
    base.ipv6 = r->rtm_family == AF_INET6;
    base.prefixLength = r->rtm_dst_len;
    base.type = routeType(r->rtm_type);
    base.onlinkFlag = (r->rtm_flags & RTNH_F_ONLINK) != 0;
    base.destination = base.ipv6 ? "::" : "0.0.0.0";
    base.metric = 0; // the kernel leaves RTA_PRIORITY out when it is 0
    const rtattr* multipath = nullptr;
    int len = static_cast<int>(RTM_PAYLOAD(h));
    for (const rtattr* a = RTM_RTA(r); RTA_OK(a, len); a = RTA_NEXT(a, len)) {
        switch (a->rta_type) {
        case RTA_TABLE: attrValue(a, table); break;
        case RTA_DST: base.destination = addressText(r->rtm_family, RTA_DATA(a), RTA_PAYLOAD(a)); break;
        case RTA_GATEWAY: base.gateway = addressText(r->rtm_family, RTA_DATA(a), RTA_PAYLOAD(a)); break;
        case RTA_OIF: attrValue(a, base.interfaceIndex); break;
        case RTA_PRIORITY: {
            unsigned metric = 0;
            if (attrValue(a, metric))
                base.metric = static_cast<long>(metric);
            break;
        }
        case RTA_MULTIPATH: multipath = a; break;
        default: break;
        }
    }
    if (table != RT_TABLE_MAIN || base.type == RouteType::Other) {
        return false;
    }
    if (multipath == nullptr) {
        out.push_back(base);
        return true;
    }
    // One route per next hop of a multipath (ECMP) route.
    int rest = static_cast<int>(RTA_PAYLOAD(multipath));
    const auto* nh = static_cast<const rtnexthop*>(RTA_DATA(multipath));
    bool any = false;
    for (int hops = 0; rest >= static_cast<int>(sizeof(rtnexthop)) && nh->rtnh_len >= sizeof(rtnexthop)
         && nh->rtnh_len <= rest && hops < 64;
         ++hops) {
        Route hop = base;
        hop.interfaceIndex = nh->rtnh_ifindex;
        hop.onlinkFlag = hop.onlinkFlag || (nh->rtnh_flags & RTNH_F_ONLINK) != 0;
        int alen = static_cast<int>(nh->rtnh_len - RTNH_LENGTH(0));
        for (const auto* a = reinterpret_cast<const rtattr*>(reinterpret_cast<const char*>(nh) + RTNH_LENGTH(0));
             RTA_OK(a, alen); a = RTA_NEXT(a, alen)) {
            if (a->rta_type == RTA_GATEWAY) {
                hop.gateway = addressText(r->rtm_family, RTA_DATA(a), RTA_PAYLOAD(a));
            }
        }
        out.push_back(hop);
        any = true;
        rest -= RTNH_ALIGN(nh->rtnh_len);
        nh = reinterpret_cast<const rtnexthop*>(reinterpret_cast<const char*>(nh) + RTNH_ALIGN(nh->rtnh_len));
    }
    return any;
}

RouteLookup::Status routeErrorStatus(int negativeErrno)
{
    switch (negativeErrno < 0 && negativeErrno > -4096 ? -negativeErrno : 0) { // -INT_MIN is undefined
    case ENETUNREACH: return RouteLookup::Status::NoRoute;
    case EHOSTUNREACH: return RouteLookup::Status::Unreachable;
    case EACCES:
    case EPERM: return RouteLookup::Status::Prohibited;
    default: return RouteLookup::Status::Error;
    }
}

bool decodeRouteReply(const nlmsghdr* h, RouteLookup& out)
{
    if (h->nlmsg_type != RTM_NEWROUTE || h->nlmsg_len < NLMSG_LENGTH(sizeof(rtmsg))) {
        return false;
    }
    const auto* r = static_cast<const rtmsg*>(NLMSG_DATA(h));
    int len = static_cast<int>(RTM_PAYLOAD(h));
    for (const rtattr* a = RTM_RTA(r); RTA_OK(a, len); a = RTA_NEXT(a, len)) {
        switch (a->rta_type) {
        case RTA_GATEWAY: out.gateway = addressText(r->rtm_family, RTA_DATA(a), RTA_PAYLOAD(a)); break;
        case RTA_PREFSRC: out.source = addressText(r->rtm_family, RTA_DATA(a), RTA_PAYLOAD(a)); break;
        case RTA_OIF: attrValue(a, out.interfaceIndex); break;
        default: break;
        }
    }
    switch (r->rtm_type) {
    case RTN_UNICAST: out.status = RouteLookup::Status::Ok; break;
    case RTN_LOCAL: out.status = RouteLookup::Status::Local; break;
    case RTN_BLACKHOLE: out.status = RouteLookup::Status::Blackhole; break;
    case RTN_UNREACHABLE: out.status = RouteLookup::Status::Unreachable; break;
    case RTN_PROHIBIT: out.status = RouteLookup::Status::Prohibited; break;
    default: out.status = RouteLookup::Status::Ok; break; // broadcast, multicast: sent on the link
    }
    out.onLink = out.gateway.empty();
    return true;
}

bool decodeNeighbour(const nlmsghdr* h, int& interfaceIndex, std::string& address, Neighbour& state)
{
    if (h->nlmsg_type != RTM_NEWNEIGH || h->nlmsg_len < NLMSG_LENGTH(sizeof(ndmsg))) {
        return false;
    }
    const auto* n = static_cast<const ndmsg*>(NLMSG_DATA(h));
    interfaceIndex = n->ndm_ifindex;
    state = neighbourFromNud(n->ndm_state);
    address.clear();
    int len = static_cast<int>(h->nlmsg_len - NLMSG_LENGTH(sizeof(ndmsg)));
    for (auto* a = reinterpret_cast<const rtattr*>(reinterpret_cast<const char*>(n) + NLMSG_ALIGN(sizeof(ndmsg)));
         RTA_OK(a, len); a = RTA_NEXT(a, len)) {
        if (a->rta_type == NDA_DST) {
            address = addressText(n->ndm_family, RTA_DATA(a), RTA_PAYLOAD(a));
        }
    }
    return !address.empty();
}

int forEachMessage(const void* buf, std::size_t len, const std::function<void(const nlmsghdr*)>& onMessage, bool* done)
{
    auto n = static_cast<unsigned>(std::min<std::size_t>(len, UINT_MAX));
    for (auto* h = static_cast<const nlmsghdr*>(buf); NLMSG_OK(h, n); h = NLMSG_NEXT(h, n)) {
        if (h->nlmsg_type == NLMSG_DONE) {
            if (done != nullptr)
                *done = true;
            return 0;
        }
        if (h->nlmsg_type == NLMSG_ERROR) {
            if (done != nullptr)
                *done = true;
            if (h->nlmsg_len >= NLMSG_LENGTH(sizeof(nlmsgerr))) {
                const auto* e = static_cast<const nlmsgerr*>(NLMSG_DATA(h));
                // 0 is an acknowledgement; the kernel's errors are -1 .. -4095 (MAX_ERRNO); anything else is no errno.
                return e->error == 0 || (e->error < 0 && e->error > -4096) ? e->error : -EPROTO;
            }
            return -EPROTO;
        }
        onMessage(h);
        if ((h->nlmsg_flags & NLM_F_MULTI) == 0 && done != nullptr) {
            *done = true;
        }
        if (NLMSG_ALIGN(h->nlmsg_len) >= n) {
            break; // the last one: with its padding cut off, NLMSG_NEXT would wrap n and read past the end
        }
    }
    return 0;
}

int request(int protocol, void* req, std::size_t len, const std::function<void(const nlmsghdr*)>& onMessage,
            int timeoutMs, std::vector<unsigned char>* record)
{
    const int fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, protocol);
    if (fd < 0) {
        return -errno;
    }
    auto* hdr = static_cast<nlmsghdr*>(req);
    static std::atomic<unsigned> sequence{1};
    hdr->nlmsg_seq = sequence.fetch_add(1);
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    if (::sendto(fd, req, len, 0, reinterpret_cast<sockaddr*>(&kernel), sizeof kernel) < 0) {
        const int e = errno;
        ::close(fd);
        return -e;
    }
    alignas(nlmsghdr) static thread_local char buf[32768];
    int result = -ETIMEDOUT;
    for (int rounds = 0; rounds < 256; ++rounds) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) <= 0) {
            break;
        }
        const ssize_t got = ::recv(fd, buf, sizeof buf, 0);
        if (got <= 0) {
            result = got < 0 ? -errno : -EPROTO;
            break;
        }
        if (record != nullptr) {
            record->insert(record->end(), buf, buf + got);
        }
        bool done = false;
        result = forEachMessage(buf, static_cast<std::size_t>(got), onMessage, &done);
        if (done) {
            break;
        }
    }
    ::close(fd);
    return result;
}

} // namespace tcpd::platform::nl

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Linux answers for the POSIX connect engine: ICMP errors through IP_RECVERR + MSG_ERRQUEUE,
// TcpExt TCPRetransFail from /proc/net/netstat, and the next hop and its neighbour state from
// rtnetlink (RTM_GETROUTE, RTM_GETNEIGH). None of this needs privileges.

#include "NetstatParser.h"
#include "platform/posix/PosixDetail.h"
#include "platform/posix/SocketAddress.h"

#include <cstring>
#include <fstream>
#include <sstream>

#include <linux/errqueue.h>
#include <linux/neighbour.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tcpd::platform::detail {

void enableIcmpErrors(int fd, bool ipv6)
{
    int one = 1;
    if (ipv6) {
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVERR, &one, sizeof one);
    } else {
        ::setsockopt(fd, IPPROTO_IP, IP_RECVERR, &one, sizeof one);
    }
}

bool readIcmpError(int fd, bool ipv6, IcmpInfo& out)
{
    char data[64];
    char control[512];
    sockaddr_storage from{};
    iovec iov{data, sizeof data};
    msghdr msg{};
    msg.msg_name = &from;
    msg.msg_namelen = sizeof from;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    if (::recvmsg(fd, &msg, MSG_ERRQUEUE | MSG_DONTWAIT) < 0) {
        return false;
    }
    for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c != nullptr; c = CMSG_NXTHDR(&msg, c)) {
        const bool v4err = c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_RECVERR;
        const bool v6err = c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_RECVERR;
        if (!v4err && !v6err) {
            continue;
        }
        sock_extended_err ee{};
        std::memcpy(&ee, CMSG_DATA(c), sizeof ee);
        if (ee.ee_origin != SO_EE_ORIGIN_ICMP && ee.ee_origin != SO_EE_ORIGIN_ICMP6) {
            continue;
        }
        out.present = true;
        out.type = ee.ee_type;
        out.code = ee.ee_code;
        // SO_EE_OFFENDER: the address of the host that sent the ICMP message follows the struct.
        const auto* offender = reinterpret_cast<const sockaddr*>(CMSG_DATA(c) + sizeof(sock_extended_err));
        if (offender->sa_family == AF_INET || offender->sa_family == AF_INET6) {
            out.from = toNumeric(offender);
        }
        (void)ipv6;
        return true;
    }
    return false;
}

long readRetransFailCounter()
{
    std::ifstream in("/proc/net/netstat");
    if (!in) {
        return -1;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    return netstatValue(ss.str(), "TcpExt", "TCPRetransFail");
}

namespace {

/// Sends one rtnetlink request and calls `onMessage` for each answer until NLMSG_DONE / the one reply.
template <typename F>
bool netlinkRequest(void* req, std::size_t len, F&& onMessage)
{
    const int fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    if (fd < 0) {
        return false;
    }
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    if (::sendto(fd, req, len, 0, reinterpret_cast<sockaddr*>(&kernel), sizeof kernel) < 0) {
        ::close(fd);
        return false;
    }
    alignas(nlmsghdr) char buf[16384];
    bool ok = false;
    for (int rounds = 0; rounds < 64; ++rounds) { // bounded: a dump of a few hundred neighbours at most
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 500) <= 0) {
            break;
        }
        const ssize_t got = ::recv(fd, buf, sizeof buf, 0);
        if (got <= 0) {
            break;
        }
        bool finished = false;
        auto n = static_cast<unsigned>(got);
        for (auto* h = reinterpret_cast<nlmsghdr*>(buf); NLMSG_OK(h, n); h = NLMSG_NEXT(h, n)) {
            if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) {
                finished = true;
                ok = ok || h->nlmsg_type == NLMSG_DONE;
                break;
            }
            ok = true;
            onMessage(h);
            if ((h->nlmsg_flags & NLM_F_MULTI) == 0) {
                finished = true;
            }
            if (NLMSG_ALIGN(h->nlmsg_len) >= n) {
                break; // the last one: NLMSG_NEXT would wrap n (see forEachMessage in NetConfigNetlink.cpp)
            }
        }
        if (finished) {
            break;
        }
    }
    ::close(fd);
    return ok;
}

} // namespace

NextHop lookupNextHop(const sockaddr* dst)
{
    NextHop hop;
    const int family = dst->sa_family;
    const void* dstBytes = family == AF_INET6 ? static_cast<const void*>(&reinterpret_cast<const sockaddr_in6*>(dst)->sin6_addr)
                                              : static_cast<const void*>(&reinterpret_cast<const sockaddr_in*>(dst)->sin_addr);
    const std::size_t alen = family == AF_INET6 ? 16 : 4;

    struct {
        nlmsghdr h;
        rtmsg r;
        char attrs[64];
    } req{};
    req.h.nlmsg_type = RTM_GETROUTE;
    req.h.nlmsg_flags = NLM_F_REQUEST;
    req.r.rtm_family = static_cast<unsigned char>(family);
    req.r.rtm_dst_len = static_cast<unsigned char>(alen * 8);
    auto* rta = reinterpret_cast<rtattr*>(req.attrs);
    rta->rta_type = RTA_DST;
    rta->rta_len = static_cast<unsigned short>(RTA_LENGTH(alen));
    std::memcpy(RTA_DATA(rta), dstBytes, alen);
    req.h.nlmsg_len = static_cast<unsigned>(NLMSG_LENGTH(sizeof(rtmsg)) + RTA_ALIGN(rta->rta_len));

    unsigned char gateway[16] = {};
    bool hasGateway = false;
    int oif = 0;
    const bool routed = netlinkRequest(&req, req.h.nlmsg_len, [&](nlmsghdr* h) {
        if (h->nlmsg_type != RTM_NEWROUTE) {
            return;
        }
        auto* r = static_cast<rtmsg*>(NLMSG_DATA(h));
        int len = static_cast<int>(RTM_PAYLOAD(h));
        for (auto* a = RTM_RTA(r); RTA_OK(a, len); a = RTA_NEXT(a, len)) {
            if (a->rta_type == RTA_GATEWAY && RTA_PAYLOAD(a) == alen) {
                std::memcpy(gateway, RTA_DATA(a), alen);
                hasGateway = true;
            } else if (a->rta_type == RTA_OIF) {
                std::memcpy(&oif, RTA_DATA(a), sizeof oif);
            }
        }
    });
    if (!routed) {
        return hop;
    }
    hop.known = true;
    hop.onLink = !hasGateway;
    const unsigned char* want = hasGateway ? gateway : static_cast<const unsigned char*>(dstBytes);
    sockaddr_storage hopAddr{};
    if (family == AF_INET6) {
        auto* s6 = reinterpret_cast<sockaddr_in6*>(&hopAddr);
        s6->sin6_family = AF_INET6;
        std::memcpy(&s6->sin6_addr, want, 16);
    } else {
        auto* s4 = reinterpret_cast<sockaddr_in*>(&hopAddr);
        s4->sin_family = AF_INET;
        std::memcpy(&s4->sin_addr, want, 4);
    }
    hop.address = toNumeric(reinterpret_cast<sockaddr*>(&hopAddr));

    struct {
        nlmsghdr h;
        ndmsg n;
    } nreq{};
    nreq.h.nlmsg_len = NLMSG_LENGTH(sizeof(ndmsg));
    nreq.h.nlmsg_type = RTM_GETNEIGH;
    nreq.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    nreq.n.ndm_family = static_cast<unsigned char>(family);
    netlinkRequest(&nreq, nreq.h.nlmsg_len, [&](nlmsghdr* h) {
        if (h->nlmsg_type != RTM_NEWNEIGH) {
            return;
        }
        auto* n = static_cast<ndmsg*>(NLMSG_DATA(h));
        if (oif != 0 && n->ndm_ifindex != oif) {
            return;
        }
        int len = static_cast<int>(NLMSG_PAYLOAD(h, sizeof(ndmsg)));
        for (auto* a = reinterpret_cast<rtattr*>(reinterpret_cast<char*>(n) + NLMSG_ALIGN(sizeof(ndmsg)));
             RTA_OK(a, len); a = RTA_NEXT(a, len)) {
            if (a->rta_type == NDA_DST && RTA_PAYLOAD(a) == alen && std::memcmp(RTA_DATA(a), want, alen) == 0) {
                hop.unresolved = (n->ndm_state & (NUD_INCOMPLETE | NUD_FAILED)) != 0;
            }
        }
    });
    return hop;
}

} // namespace tcpd::platform::detail

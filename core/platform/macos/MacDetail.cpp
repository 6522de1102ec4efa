// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// macOS answers for the POSIX connect engine. The BSD stack keeps no per-socket ICMP error queue
// and exposes no TCPRetransFail counter to unprivileged users, so these report "unknown" and the
// engine classifies from errno alone (ECONNREFUSED, EHOSTUNREACH, ENETUNREACH, EACCES, silence).
// The next hop comes from the routing socket (RTM_GET), as `route -n get` does.

#include "platform/posix/PosixDetail.h"
#include "platform/posix/SocketAddress.h"

#include <cstring>
#include <net/route.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tcpd::platform::detail {

void enableIcmpErrors(int, bool) {}

bool readIcmpError(int, bool, IcmpInfo&)
{
    return false;
}

long readRetransFailCounter()
{
    return -1;
}

NextHop lookupNextHop(const sockaddr* dst)
{
    NextHop hop;
    struct {
        rt_msghdr h;
        char space[512];
    } msg{};
    const int fd = ::socket(PF_ROUTE, SOCK_RAW, AF_UNSPEC);
    if (fd < 0) {
        return hop;
    }
    const std::size_t dlen = dst->sa_family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
    msg.h.rtm_msglen = static_cast<u_short>(sizeof(rt_msghdr) + dlen);
    msg.h.rtm_version = RTM_VERSION;
    msg.h.rtm_type = RTM_GET;
    msg.h.rtm_addrs = RTA_DST;
    msg.h.rtm_pid = ::getpid();
    msg.h.rtm_seq = 1;
    std::memcpy(msg.space, dst, dlen);
    if (::write(fd, &msg, msg.h.rtm_msglen) < 0) {
        ::close(fd);
        return hop;
    }
    for (int i = 0; i < 8; ++i) { // bounded: skip other processes' routing messages
        const ssize_t n = ::read(fd, &msg, sizeof msg);
        if (n <= 0) {
            break;
        }
        if (msg.h.rtm_seq == 1 && msg.h.rtm_pid == ::getpid()) {
            hop.known = true;
            hop.onLink = (msg.h.rtm_flags & RTF_GATEWAY) == 0;
            break;
        }
    }
    ::close(fd);
    return hop;
}

} // namespace tcpd::platform::detail

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "ListenTablePosix.h"

#include "SocketAddress.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tcpd::platform::detail {

std::vector<OwnAddress> ownAddresses()
{
    std::vector<OwnAddress> out;
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0) {
        return out;
    }
    for (ifaddrs* i = list; i != nullptr; i = i->ifa_next) {
        if (i->ifa_addr == nullptr || (i->ifa_flags & IFF_UP) == 0
            || (i->ifa_addr->sa_family != AF_INET && i->ifa_addr->sa_family != AF_INET6)) {
            continue;
        }
        OwnAddress a;
        a.address = toNumeric(i->ifa_addr);
        if (a.address.empty()) {
            continue;
        }
        a.ipv6 = i->ifa_addr->sa_family == AF_INET6;
        a.interfaceName = i->ifa_name != nullptr ? i->ifa_name : "";
        if (a.ipv6) {
            const auto* s6 = reinterpret_cast<const sockaddr_in6*>(i->ifa_addr);
            a.loopback = IN6_IS_ADDR_LOOPBACK(&s6->sin6_addr);
            a.linkLocal = IN6_IS_ADDR_LINKLOCAL(&s6->sin6_addr);
        } else {
            const auto* s4 = reinterpret_cast<const sockaddr_in*>(i->ifa_addr);
            const uint32_t host = ntohl(s4->sin_addr.s_addr);
            a.loopback = (host >> 24) == 127;
            a.linkLocal = (host >> 16) == 0xA9FE; // 169.254.0.0/16
        }
        a.loopback = a.loopback || (i->ifa_flags & IFF_LOOPBACK) != 0;
        const bool seen
            = std::any_of(out.begin(), out.end(), [&](const OwnAddress& o) { return o.address == a.address; });
        if (!seen) {
            out.push_back(a);
        }
    }
    ::freeifaddrs(list);
    return out;
}

std::vector<std::string> mainAddresses()
{
    std::vector<std::string> out;
    // Documentation addresses (RFC 5737 / RFC 3849): only the routing decision is asked for, no packet
    // leaves, because a UDP connect() sends nothing.
    for (const char* probe : {"198.51.100.1", "2001:db8::1"}) {
        sockaddr_storage dst{};
        socklen_t len = 0;
        if (!toSockaddr(probe, 9, dst, len)) {
            continue;
        }
#ifdef SOCK_CLOEXEC
        const int fd = ::socket(dst.ss_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
#else // macOS
        const int fd = ::socket(dst.ss_family, SOCK_DGRAM, 0);
#endif
        if (fd < 0) {
            continue;
        }
        sockaddr_storage src{};
        socklen_t srcLen = sizeof src;
        if (::connect(fd, reinterpret_cast<const sockaddr*>(&dst), len) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr*>(&src), &srcLen) == 0) {
            const std::string a = toNumeric(reinterpret_cast<const sockaddr*>(&src));
            if (!a.empty() && a != "0.0.0.0" && a != "::") {
                out.push_back(a);
            }
        }
        ::close(fd);
    }
    return out;
}

std::string userName(long long uid)
{
    if (uid < 0) {
        return {};
    }
    passwd pw{};
    passwd* found = nullptr;
    std::vector<char> buf(16384);
    if (::getpwuid_r(static_cast<uid_t>(uid), &pw, buf.data(), buf.size(), &found) != 0 || found == nullptr
        || found->pw_name == nullptr) {
        return {};
    }
    return found->pw_name;
}

} // namespace tcpd::platform::detail

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// ICMP echo through an unprivileged ICMP datagram socket (NetConfigIcmp.h). Linux fills in the
// identifier and the checksum itself and hands back the ICMP message alone; macOS keeps our
// identifier and hands back the IPv4 header too. Both cases are handled here.

#include "NetConfigIcmp.h"

#include "PosixDetail.h"
#include "SocketAddress.h"
#include "platform/NetConfigUtil.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tcpd::platform::detail {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

const char* errnoText(int e)
{
    switch (e) {
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case EPROTONOSUPPORT: return "EPROTONOSUPPORT";
    case EAFNOSUPPORT: return "EAFNOSUPPORT";
    case EHOSTUNREACH: return "EHOSTUNREACH";
    case ENETUNREACH: return "ENETUNREACH";
    case EHOSTDOWN: return "EHOSTDOWN";
    case EADDRNOTAVAIL: return "EADDRNOTAVAIL";
    default: return "error";
    }
}

} // namespace

unsigned short internetChecksum(const void* data, std::size_t len)
{
    const auto* p = static_cast<const unsigned char*>(data);
    unsigned long sum = 0;
    for (std::size_t i = 0; i + 1 < len; i += 2) {
        sum += static_cast<unsigned long>((p[i] << 8) | p[i + 1]);
    }
    if (len % 2 != 0) {
        sum += static_cast<unsigned long>(p[len - 1] << 8);
    }
    while ((sum >> 16) != 0) {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    const auto folded = static_cast<unsigned short>(~sum & 0xffff);
    return htons(folded);
}

EchoResult icmpEcho(const std::string& address, int interfaceIndex, int budgetMs, int count,
                    const std::atomic<bool>* cancel)
{
    EchoResult r;
    sockaddr_storage dst{};
    socklen_t dstLen = 0;
    if (!toSockaddr(stripZone(address), 0, dst, dstLen)) {
        r.unavailableReason = "not-a-numeric-address";
        return r;
    }
    const bool v6 = dst.ss_family == AF_INET6;
    if (v6 && interfaceIndex > 0) {
        reinterpret_cast<sockaddr_in6*>(&dst)->sin6_scope_id = static_cast<uint32_t>(interfaceIndex);
    }
    const int fd
        = ::socket(dst.ss_family, SOCK_DGRAM, v6 ? static_cast<int>(IPPROTO_ICMPV6) : static_cast<int>(IPPROTO_ICMP));
    if (fd < 0) {
        const int e = errno;
#ifdef __linux__
        r.unavailableReason = e == EACCES ? "ping_group_range" : errnoText(e);
#else
        r.unavailableReason = errnoText(e);
#endif
        return r;
    }
    r.available = true;
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    enableIcmpErrors(fd, v6);

    const auto id = static_cast<unsigned short>(::getpid() & 0xffff);
    const Clock::time_point start = Clock::now();
    count = std::clamp(count, 1, 10);
    budgetMs = std::clamp(budgetMs, 100, 30000);
    Clock::time_point sentAt[10];
    int nextSend = 0;
    while (!r.answered && !r.unreachable) {
        if (cancel != nullptr && cancel->load()) {
            r.cancelled = true;
            break;
        }
        const double elapsed = msSince(start);
        if (elapsed >= budgetMs) {
            break;
        }
        if (nextSend < count && elapsed >= static_cast<double>(budgetMs) * nextSend / count) {
            unsigned char packet[16] = {};
            packet[0] = v6 ? 128 : 8; // echo request
            std::memcpy(packet + 4, &id, 2);
            const auto seq = htons(static_cast<unsigned short>(nextSend + 1));
            std::memcpy(packet + 6, &seq, 2);
            std::memcpy(packet + 8, "tcpdoctr", 8);
            if (!v6) {
                const unsigned short sum = internetChecksum(packet, sizeof packet);
                std::memcpy(packet + 2, &sum, 2); // Linux recomputes it; macOS needs it
            }
            sentAt[nextSend] = Clock::now();
            if (::sendto(fd, packet, sizeof packet, 0, reinterpret_cast<sockaddr*>(&dst), dstLen) < 0) {
                const int e = errno;
                if (e == EHOSTUNREACH || e == ENETUNREACH || e == EHOSTDOWN) {
                    r.unreachable = true;
                    r.error = errnoText(e);
                    break;
                }
                r.error = errnoText(e);
            }
            ++nextSend;
            r.sent = nextSend;
        }
        int waitMs = 50;
        if (nextSend < count) {
            const double due = static_cast<double>(budgetMs) * nextSend / count - msSince(start);
            waitMs = std::clamp(static_cast<int>(due) + 1, 1, 50);
        }
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, waitMs) <= 0) {
            continue;
        }
        if ((p.revents & POLLERR) != 0) {
            IcmpInfo icmp;
            if (readIcmpError(fd, v6, icmp)) {
                r.unreachable = true;
                r.error = "ICMP " + std::to_string(icmp.type) + "/" + std::to_string(icmp.code)
                    + (icmp.from.empty() ? std::string() : " from " + icmp.from);
                break;
            }
        }
        unsigned char reply[1500];
        for (int reads = 0; reads < 16; ++reads) {
            const ssize_t n = ::recv(fd, reply, sizeof reply, MSG_DONTWAIT);
            if (n <= 0) {
                break;
            }
            std::size_t off = 0;
            if (!v6 && (reply[0] >> 4) == 4) {
                off = static_cast<std::size_t>(reply[0] & 0x0f) * 4; // macOS: the IPv4 header comes first
            }
            if (static_cast<std::size_t>(n) < off + 8) {
                continue;
            }
            const unsigned char* icmp = reply + off;
            if (icmp[0] != (v6 ? 129 : 0)) {
                continue;
            }
#ifndef __linux__
            unsigned short gotId = 0;
            std::memcpy(&gotId, icmp + 4, 2);
            if (gotId != id) {
                continue; // another process's echo (macOS shares replies between ICMP sockets)
            }
#endif
            unsigned short seq = 0;
            std::memcpy(&seq, icmp + 6, 2);
            const int index = ntohs(seq) - 1;
            if (index >= 0 && index < nextSend) {
                r.answered = true;
                r.rttMs = std::chrono::duration<double, std::milli>(Clock::now() - sentAt[index]).count();
                break;
            }
        }
    }
    ::close(fd);
    return r;
}

} // namespace tcpd::platform::detail

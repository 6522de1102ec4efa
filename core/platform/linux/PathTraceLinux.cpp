// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The TCP path trace on Linux, unprivileged: one ordinary non-blocking TCP socket per TTL, with
// IP_TTL (IPV6_UNICAST_HOPS) set and IP_RECVERR on. A router that drops the SYN because its TTL
// ran out sends ICMP time-exceeded; the kernel fails that connect() (EHOSTUNREACH) and queues the
// ICMP message, with the router's address (SO_EE_OFFENDER), on the socket's error queue.

#include "platform/PathTraceDetail.h"
#include "platform/posix/PosixDetail.h"
#include "platform/posix/SocketAddress.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tcpd::platform {

namespace {

using Clock = std::chrono::steady_clock;

class TcpSynProber final : public detail::TraceProber {
public:
    TcpSynProber(const sockaddr_storage& addr, socklen_t len, std::string target)
        : m_addr(addr), m_len(len), m_v6(addr.ss_family == AF_INET6), m_target(std::move(target))
    {
    }
    ~TcpSynProber() override
    {
        for (auto& entry : m_probes) {
            ::close(entry.second.fd);
        }
    }

    bool send(int ttl, std::string& error, std::string& detail) override
    {
        const int fd = ::socket(m_addr.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            error = "socket-failed";
            detail = std::strerror(errno);
            return false;
        }
        detail::enableIcmpErrors(fd, m_v6);
        const int rc = m_v6 ? ::setsockopt(fd, IPPROTO_IPV6, IPV6_UNICAST_HOPS, &ttl, sizeof ttl)
                            : ::setsockopt(fd, IPPROTO_IP, IP_TTL, &ttl, sizeof ttl);
        if (rc != 0) {
            error = "ttl-not-settable";
            detail = std::strerror(errno);
            ::close(fd);
            return false;
        }
        const Clock::time_point sent = Clock::now();
        if (::connect(fd, reinterpret_cast<const sockaddr*>(&m_addr), m_len) != 0 && errno != EINPROGRESS) {
            // Refused before anything left: EPERM/EACCES is this computer's firewall, ENETUNREACH no route.
            const int e = errno;
            if (e == ECONNREFUSED) {
                m_ready.push_back({ttl, HopKind::TargetRefused, m_target, 0, -1, -1});
                ::close(fd);
                m_probes[ttl] = {-1, sent};
                return true;
            }
            error = e == EPERM || e == EACCES ? "blocked-by-this-computer" : "connect-failed";
            detail = std::strerror(e);
            ::close(fd);
            return false;
        }
        m_probes[ttl] = {fd, sent};
        return true;
    }

    void wait(int ms, std::vector<detail::ProbeAnswer>& out) override
    {
        out.insert(out.end(), m_ready.begin(), m_ready.end());
        m_ready.clear();
        std::vector<pollfd> fds;
        std::vector<int> ttls;
        for (const auto& [ttl, p] : m_probes) {
            if (p.fd >= 0) {
                fds.push_back({p.fd, POLLOUT, 0});
                ttls.push_back(ttl);
            }
        }
        if (!out.empty()) {
            ms = 0;
        }
        if (fds.empty()) {
            if (ms > 0) {
                ::poll(nullptr, 0, ms);
            }
            return;
        }
        if (::poll(fds.data(), static_cast<nfds_t>(fds.size()), ms) <= 0) {
            return;
        }
        const Clock::time_point now = Clock::now();
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].revents == 0) {
                continue;
            }
            Probe& p = m_probes[ttls[i]];
            detail::ProbeAnswer a;
            a.ttl = ttls[i];
            a.rttMs = std::chrono::duration<double, std::milli>(now - p.sent).count();
            if (!classify(p.fd, a)) {
                continue; // not decided yet (a spurious wake-up)
            }
            out.push_back(a);
            ::close(p.fd);
            p.fd = -1;
        }
    }

    void abandon(int ttl) override
    {
        const auto it = m_probes.find(ttl);
        if (it != m_probes.end()) {
            if (it->second.fd >= 0) {
                ::close(it->second.fd);
            }
            m_probes.erase(it);
        }
    }

private:
    struct Probe {
        int fd = -1;
        Clock::time_point sent;
    };

    bool classify(int fd, detail::ProbeAnswer& a)
    {
        int err = 0;
        socklen_t len = sizeof err;
        if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0) {
            err = errno;
        }
        if (err == 0) {
            a.kind = HopKind::TargetOpen; // SYN-ACK: the TTL was enough to reach the target
            a.address = m_target;
            return true;
        }
        if (err == ECONNREFUSED) {
            a.kind = HopKind::TargetRefused;
            a.address = m_target;
            return true;
        }
        IcmpInfo icmp;
        if (detail::readIcmpError(fd, m_v6, icmp)) {
            a.address = icmp.from;
            a.icmpType = icmp.type;
            a.icmpCode = icmp.code;
            const bool timeExceeded = m_v6 ? icmp.type == 3 : icmp.type == 11;
            a.kind = timeExceeded ? HopKind::TimeExceeded : HopKind::Unreachable;
            return true;
        }
        if (err == EINPROGRESS || err == EALREADY) {
            return false;
        }
        a.kind = HopKind::Unreachable; // an error without an ICMP message: this computer gave up (e.g. no neighbour)
        return true;
    }

    sockaddr_storage m_addr;
    socklen_t m_len;
    bool m_v6;
    std::string m_target;
    std::map<int, Probe> m_probes;
    std::vector<detail::ProbeAnswer> m_ready;
};

} // namespace

TraceResult tracePath(const Endpoint& target, const TraceOptions& options, const std::atomic<bool>* cancel)
{
    sockaddr_storage addr{};
    socklen_t len = 0;
    if (!detail::toSockaddr(target.address, target.port, addr, len)) {
        TraceResult r;
        r.method = "tcp-syn";
        r.skipReason = "not-a-numeric-address";
        r.skipDetail = target.address;
        return r;
    }
    TcpSynProber prober(addr, len, detail::toNumeric(reinterpret_cast<const sockaddr*>(&addr)));
    TraceResult r = detail::runTrace(prober, options, cancel);
    r.method = "tcp-syn";
    return r;
}

} // namespace tcpd::platform

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The connect engine for Linux and macOS: every address at once, non-blocking sockets, one poll loop.
// Each address gets its first SYN at once and further tries (new sockets, new source ports) on a
// schedule derived from the budget and any measured round trip; the first decisive answer wins.

#include "platform/TcpProbe.h"
#include "PosixDetail.h"
#include "SocketAddress.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tcpd::platform {

namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}


struct Try {
    int fd = -1;
    Clock::time_point sentAt;
};

struct State {
    Endpoint endpoint;
    sockaddr_storage addr{};
    socklen_t addrLen = 0;
    bool ipv6 = false;
    bool done = false;
    std::vector<Try> tries;
    std::size_t nextRetry = 0;
    Clock::time_point deadline;
    // after the handshake
    int connectedFd = -1;
    Clock::time_point listenUntil;
    ProbeResult result;
};

void closeTries(State& s)
{
    for (Try& t : s.tries) {
        if (t.fd >= 0) {
            ::close(t.fd);
            t.fd = -1;
        }
    }
}

void finish(State& s, Outcome o, Clock::time_point start, Clock::time_point now)
{
    closeTries(s);
    if (s.connectedFd >= 0) {
        ::close(s.connectedFd);
        s.connectedFd = -1;
    }
    s.result.outcome = o;
    s.result.elapsedMs = msBetween(start, now);
    s.done = true;
}

void setError(State& s, int e)
{
    s.result.sysError = e;
    s.result.sysErrorName = detail::errnoName(e);
}

/// A connect() that failed with errno `e`: which outcome, looking at the queued ICMP where there is one.
Outcome classifyFailure(State& s, int fd, int e)
{
    setError(s, e);
    IcmpInfo icmp;
    if (fd >= 0 && detail::readIcmpError(fd, s.ipv6, icmp)) {
        s.result.icmp = icmp;
        s.result.localOrigin = !icmp.from.empty() && detail::isOwnAddress(icmp.from);
        if (const std::optional<Outcome> o = outcomeForIcmp(s.ipv6, icmp.type, icmp.code, s.result.localOrigin)) {
            return *o; // host unreachable includes our own failed ARP/NDP
        }
    }
    switch (e) {
    case ECONNREFUSED: return Outcome::Refused;
    case ENETUNREACH: return Outcome::NetworkUnreachable;
    case EHOSTUNREACH:
    case EHOSTDOWN: return Outcome::HostUnreachable;
    case EACCES:
    case EPERM: return Outcome::LocalBlock;
    case ETIMEDOUT: return Outcome::Filtered;
    case ECONNRESET: return Outcome::ResetAfterConnect; // a RST to the SYN is ECONNREFUSED: this came later
    default: return Outcome::Error;
    }
}

/// The local port the system picked for `fd` (the connection's own, or the first try's).
void noteLocalPort(State& s, int fd, bool connected = false)
{
    if (s.result.localPort != 0 && !connected) {
        return;
    }
    sockaddr_storage local{};
    socklen_t len = sizeof local;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &len) != 0) {
        return;
    }
    if (local.ss_family == AF_INET) {
        s.result.localPort = ntohs(reinterpret_cast<const sockaddr_in*>(&local)->sin_port);
    } else if (local.ss_family == AF_INET6) {
        s.result.localPort = ntohs(reinterpret_cast<const sockaddr_in6*>(&local)->sin6_port);
    }
}

/// Starts one more SYN try. Returns false (and decides the endpoint) when the OS refuses at once.
bool startTry(State& s, Clock::time_point start, Clock::time_point now)
{
    const int fd = ::socket(s.addr.ss_family, SOCK_STREAM, 0);
    if (fd < 0) {
        s.result.localOrigin = true;
        finish(s, classifyFailure(s, -1, errno), start, now);
        return false;
    }
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
#ifdef SO_NOSIGPIPE
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
#endif
    detail::enableIcmpErrors(fd, s.ipv6);
    s.result.tries += 1;
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&s.addr), s.addrLen) == 0) {
        s.tries.push_back({fd, now}); // loopback may connect at once
        noteLocalPort(s, fd);
        return true;
    }
    const int e = errno;
    if (e == EINPROGRESS || e == EINTR) {
        s.tries.push_back({fd, now});
        noteLocalPort(s, fd);
        return true;
    }
    // Refused by this computer before anything was sent: no route, a local firewall, no address.
    s.result.localOrigin = true;
    const Outcome o = classifyFailure(s, fd, e);
    ::close(fd);
    finish(s, o, start, now);
    return false;
}

void onConnected(State& s, Try& t, const ProbeOptions& opt, Clock::time_point now)
{
    s.result.rttMs = msBetween(t.sentAt, now);
    noteLocalPort(s, t.fd, true);
    s.connectedFd = t.fd;
    t.fd = -1;
    closeTries(s);
    const int listen = std::max(opt.listenMs, std::min(static_cast<int>(2 * s.result.rttMs), 3000));
    s.listenUntil = now + std::chrono::milliseconds(listen);
}

/// Reads what the server sends after the handshake. True when the endpoint is decided.
bool readAfterConnect(State& s, const ProbeOptions& opt, Clock::time_point start, Clock::time_point now)
{
    char buf[512];
    const std::size_t room = opt.bannerMax > s.result.banner.size() ? opt.bannerMax - s.result.banner.size() : 0;
    if (room == 0) {
        finish(s, Outcome::Open, start, now);
        return true;
    }
    const ssize_t n = ::recv(s.connectedFd, buf, std::min(room, sizeof buf), MSG_DONTWAIT);
    if (n > 0) {
        s.result.banner.append(buf, static_cast<std::size_t>(n));
        if (s.result.banner.size() >= opt.bannerMax) {
            finish(s, Outcome::Open, start, now);
            return true;
        }
        return false;
    }
    if (n == 0) {
        finish(s, s.result.banner.empty() ? Outcome::ClosedAfterConnect : Outcome::Open, start, now);
        return true;
    }
    const int e = errno;
    if (e == EAGAIN || e == EWOULDBLOCK || e == EINTR) {
        return false;
    }
    setError(s, e);
    finish(s, s.result.banner.empty() && e == ECONNRESET ? Outcome::ResetAfterConnect : Outcome::Open, start, now);
    return true;
}

/// The budget has run out with no answer: silence, unless the OS can tell us why.
void onDeadline(State& s, long retransFailAtStart, Clock::time_point start, Clock::time_point now)
{
    const long retransFail = detail::readRetransFailCounter();
    if (retransFail >= 0 && retransFailAtStart >= 0) {
        s.result.retransFailDelta = retransFail - retransFailAtStart;
    }
    if (s.result.retransFailDelta > 0) {
        // Our own SYN retransmissions could not be sent: this computer's firewall dropped them.
        s.result.localOrigin = true;
        finish(s, Outcome::LocalBlock, start, now);
        return;
    }
    const detail::NextHop hop = detail::lookupNextHop(reinterpret_cast<const sockaddr*>(&s.addr));
    if (hop.known && hop.unresolved && hop.onLink) {
        // Nobody on the local network answered ARP/NDP for this address.
        s.result.localOrigin = true;
        s.result.sysErrorName = "neighbour-unresolved";
        finish(s, Outcome::HostUnreachable, start, now);
        return;
    }
    s.result.sysError = ETIMEDOUT;
    s.result.sysErrorName = "ETIMEDOUT";
    finish(s, Outcome::Filtered, start, now);
}

} // namespace

std::vector<ProbeResult> probeTcp(const std::vector<Endpoint>& endpoints, const ProbeOptions& options,
                                  const std::atomic<bool>* cancel)
{
    const Clock::time_point start = Clock::now();
    const long retransFailAtStart = detail::readRetransFailCounter();
    int budget = std::max(options.budgetMs, 50);
    if (options.rttHintMs > 0) {
        budget = std::max(budget, 3 * options.rttHintMs + 500);
    }

    std::vector<State> states(endpoints.size());
    for (std::size_t i = 0; i < endpoints.size(); ++i) {
        State& s = states[i];
        s.endpoint = endpoints[i];
        s.result.endpoint = endpoints[i];
        s.deadline = start + std::chrono::milliseconds(budget);
        if (!detail::toSockaddr(s.endpoint.address, s.endpoint.port, s.addr, s.addrLen)) {
            s.result.sysErrorName = "not-a-numeric-address";
            finish(s, Outcome::Error, start, start);
            continue;
        }
        s.ipv6 = s.addr.ss_family == AF_INET6;
        s.result.ipv6 = s.ipv6;
        startTry(s, start, start);
    }

    std::vector<pollfd> fds;
    std::vector<std::pair<std::size_t, int>> owners; // (state index, try index or -1 for connected)
    for (;;) {
        Clock::time_point now = Clock::now();
        if (cancel != nullptr && cancel->load()) {
            for (State& s : states) {
                if (!s.done) {
                    s.result.sysErrorName = "cancelled";
                    finish(s, Outcome::Error, start, now);
                }
            }
            break;
        }
        fds.clear();
        owners.clear();
        Clock::time_point wake = now + std::chrono::milliseconds(50); // cancel is checked this often
        for (std::size_t i = 0; i < states.size(); ++i) {
            State& s = states[i];
            if (s.done) {
                continue;
            }
            if (s.connectedFd >= 0) {
                if (now >= s.listenUntil) {
                    finish(s, Outcome::Open, start, now);
                    continue;
                }
                fds.push_back({s.connectedFd, POLLIN, 0});
                owners.emplace_back(i, -1);
                wake = std::min(wake, s.listenUntil);
                continue;
            }
            if (now >= s.deadline) {
                onDeadline(s, retransFailAtStart, start, now);
                continue;
            }
            while (s.nextRetry < options.retryAt.size()
                   && now >= start + std::chrono::milliseconds(static_cast<int>(options.retryAt[s.nextRetry] * budget))) {
                ++s.nextRetry;
                if (!startTry(s, start, now)) {
                    break;
                }
            }
            if (s.done) {
                continue;
            }
            if (s.nextRetry < options.retryAt.size()) {
                wake = std::min(wake, start + std::chrono::milliseconds(
                                                  static_cast<int>(options.retryAt[s.nextRetry] * budget)));
            }
            wake = std::min(wake, s.deadline);
            for (std::size_t t = 0; t < s.tries.size(); ++t) {
                if (s.tries[t].fd >= 0) {
                    fds.push_back({s.tries[t].fd, POLLOUT, 0});
                    owners.emplace_back(i, static_cast<int>(t));
                }
            }
        }
        if (std::all_of(states.begin(), states.end(), [](const State& s) { return s.done; })) {
            break;
        }
        const int waitMs = std::max(0, static_cast<int>(std::ceil(msBetween(now, wake))));
        const int rc = ::poll(fds.data(), static_cast<nfds_t>(fds.size()), waitMs);
        if (rc <= 0) {
            continue; // timeout or EINTR: the loop re-checks deadlines and cancel
        }
        now = Clock::now();
        for (std::size_t k = 0; k < fds.size(); ++k) {
            if (fds[k].revents == 0) {
                continue;
            }
            State& s = states[owners[k].first];
            if (s.done) {
                continue;
            }
            if (owners[k].second < 0) {
                readAfterConnect(s, options, start, now);
                continue;
            }
            Try& t = s.tries[static_cast<std::size_t>(owners[k].second)];
            if (t.fd < 0) {
                continue;
            }
            int err = 0;
            socklen_t len = sizeof err;
            if (::getsockopt(t.fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0) {
                err = errno;
            }
            if (err == 0) {
                onConnected(s, t, options, now);
                // A measured round trip on this path: give silent siblings (other addresses of the
                // same name) at least three of them before calling them filtered.
                const auto stretched = start + std::chrono::milliseconds(3 * static_cast<int>(s.result.rttMs) + 500);
                for (State& other : states) {
                    if (other.endpoint.group != s.endpoint.group) {
                        continue;
                    }
                    other.deadline = std::max(other.deadline, stretched);
                }
            } else {
                if (err == ECONNRESET) {
                    // Unlike ECONNREFUSED, a reset proves the SYN-ACK came back: the handshake happened
                    // and the server reset it before we looked. The time until now bounds its round trip.
                    s.result.rttMs = msBetween(t.sentAt, now);
                }
                finish(s, classifyFailure(s, t.fd, err), start, now);
            }
        }
    }

    std::vector<ProbeResult> out;
    out.reserve(states.size());
    for (State& s : states) {
        out.push_back(std::move(s.result));
    }
    return out;
}

SmallSegmentConnection connectSmallSegments(const std::string& address, uint16_t port, int mss, int budgetMs,
                                            const std::atomic<bool>* cancel)
{
    SmallSegmentConnection c;
    c.mss = mss;
    if (cancel != nullptr && cancel->load()) { // stopped before we began: send nothing
        c.cancelled = true;
        c.error = "cancelled";
        return c;
    }
    sockaddr_storage addr{};
    socklen_t len = 0;
    if (!detail::toSockaddr(address, port, addr, len)) {
        c.error = "EINVAL";
        return c;
    }
    const int fd = ::socket(addr.ss_family, SOCK_STREAM, 0);
    if (fd < 0) {
        c.error = detail::errnoName(errno);
        return c;
    }
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
#ifdef SO_NOSIGPIPE
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
#endif
    if (::setsockopt(fd, IPPROTO_TCP, TCP_MAXSEG, &mss, sizeof mss) != 0) {
        c.unsupported = true;
        c.error = detail::errnoName(errno);
        ::close(fd);
        return c;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    int err = 0;
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&addr), len) != 0) {
        err = errno;
        if (err == EINPROGRESS || err == EINTR) {
            err = ETIMEDOUT;
            const Clock::time_point start = Clock::now();
            while (msBetween(start, Clock::now()) < budgetMs) {
                if (cancel != nullptr && cancel->load()) {
                    c.cancelled = true;
                    break;
                }
                pollfd p{fd, POLLOUT, 0};
                if (::poll(&p, 1, 50) > 0) {
                    socklen_t errLen = sizeof err;
                    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &errLen) != 0) {
                        err = errno;
                    }
                    break;
                }
            }
        }
    }
    if (c.cancelled || err != 0) {
        c.error = c.cancelled ? "cancelled" : (err == ETIMEDOUT ? "timed out" : detail::errnoName(err));
        if (c.error.empty()) {
            c.error = std::strerror(err);
        }
        ::close(fd);
        return c;
    }
    int seen = 0;
    socklen_t seenLen = sizeof seen;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_MAXSEG, &seen, &seenLen) == 0 && seen > 0) {
        c.mss = seen;
    }
    c.socket = fd;
    return c;
}

void closeSocketHandle(std::intptr_t socket)
{
    if (socket >= 0) {
        ::close(static_cast<int>(socket));
    }
}

} // namespace tcpd::platform

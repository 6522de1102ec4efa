// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The connect engine for Windows, the twin of posix/TcpProbePosix.cpp: every address at once, non-blocking
// Winsock sockets, one select() loop in the calling thread. Each address gets its first SYN at once and
// further tries (new sockets, new source ports) on the same schedule as on POSIX; the first decisive answer
// wins. select() rather than WSAPoll: WSAPoll does not report a failed connect before Windows 10 2004.
//
// Two Windows habits are handled per socket (both best effort, ignored where unsupported, as under Wine):
// - Windows answers an RST to its SYN by sending the SYN again, and reports WSAECONNREFUSED only after
//   about 2 s; SIO_TCP_INITIAL_RTO turns those retransmissions off (see detail::initialRtoFor).
// - Windows ignores ICMP errors during a connect unless TCP_FAIL_CONNECT_ON_ICMP_ERROR is set (Windows 10
//   2004 and later); then the connect fails with WSAEHOSTUNREACH and TCP_ICMP_ERROR_INFO names the ICMP
//   type, code and sender. Older Windows tells nothing about ICMP: icmp stays absent.
// Windows has no counterpart of Linux's TCPRetransFail counter: retransFailDelta stays -1.

#ifndef FD_SETSIZE
#define FD_SETSIZE 1024 // Winsock's fd_set is a counted array of sockets; its default of 64 is small
#endif

#include "WinDetail.h" // first: it sets up the Windows headers
#include "WsaErrors.h"
#include "platform/TcpProbe.h"

#include <mstcpip.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

// Windows 10 2004 (ws2ipdef.h); not yet in every mingw-w64.
#ifndef TCP_FAIL_CONNECT_ON_ICMP_ERROR
#define TCP_FAIL_CONNECT_ON_ICMP_ERROR 18
#endif
#ifndef TCP_ICMP_ERROR_INFO
#define TCP_ICMP_ERROR_INFO 19
#endif
#ifndef TCP_MAXSEG
#define TCP_MAXSEG 4 // ws2ipdef.h
#endif

namespace tcpd::platform {

namespace {

using Clock = std::chrono::steady_clock;

/// ws2ipdef.h's ICMP_ERROR_INFO (Windows 10 2004), spelled out for SDKs that lack it.
struct IcmpErrorInfo {
    SOCKADDR_INET srcaddress;
    int protocol; // IPPROTO (an int-sized enum)
    UINT8 type;
    UINT8 code;
};
static_assert(sizeof(IcmpErrorInfo) == 36, "ICMP_ERROR_INFO is 28 + 4 + 1 + 1 bytes, padded to 36");

double msBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

void closeSocket(SOCKET& s)
{
    if (s != INVALID_SOCKET) {
        ::closesocket(s);
        s = INVALID_SOCKET;
    }
}

struct Try {
    SOCKET sock = INVALID_SOCKET;
    Clock::time_point sentAt;
};

struct State {
    Endpoint endpoint;
    sockaddr_storage addr{};
    int addrLen = 0;
    bool ipv6 = false;
    bool done = false;
    std::vector<Try> tries;
    std::size_t nextRetry = 0;
    Clock::time_point deadline;
    // after the handshake
    SOCKET connected = INVALID_SOCKET;
    Clock::time_point listenUntil;
    ProbeResult result;

    State() = default;
    State(const State&) = delete;
    State& operator=(const State&) = delete;
    ~State() { closeAll(); }
    void closeTries()
    {
        for (Try& t : tries) {
            closeSocket(t.sock);
        }
    }
    void closeAll()
    {
        closeTries();
        closeSocket(connected);
    }
    bool hasLiveTry() const
    {
        return std::any_of(tries.begin(), tries.end(), [](const Try& t) { return t.sock != INVALID_SOCKET; });
    }
};

void finish(State& s, Outcome o, Clock::time_point start, Clock::time_point now)
{
    s.closeAll();
    s.result.outcome = o;
    s.result.elapsedMs = msBetween(start, now);
    s.done = true;
}

void setError(State& s, int e)
{
    s.result.sysError = e;
    s.result.sysErrorName = detail::wsaErrorName(e);
}

Clock::time_point retryTime(const ProbeOptions& opt, std::size_t i, int budget, Clock::time_point start)
{
    return start + std::chrono::milliseconds(static_cast<int>(opt.retryAt[i] * budget));
}

/// The ICMP error Windows 10 2004+ kept for this socket's connect, if any.
bool readIcmpError(SOCKET sock, bool ipv6, IcmpInfo& out)
{
    IcmpErrorInfo info{};
    int len = sizeof info;
    if (::getsockopt(sock, IPPROTO_TCP, TCP_ICMP_ERROR_INFO, reinterpret_cast<char*>(&info), &len) != 0
        || len < static_cast<int>(sizeof info)) {
        return false; // WSANO_DATA: no ICMP error came; WSAENOPROTOOPT / WSAEINVAL: older Windows, Wine
    }
    if (info.protocol != (ipv6 ? IPPROTO_ICMPV6 : IPPROTO_ICMP)) {
        return false;
    }
    out.present = true;
    out.type = info.type;
    out.code = info.code;
    out.from = detail::toNumeric(reinterpret_cast<const sockaddr*>(&info.srcaddress));
    return true;
}

/// A connect that failed with `e`: which outcome, looking at the ICMP error where Windows kept one.
Outcome classifyFailure(State& s, SOCKET sock, int e)
{
    setError(s, e);
    IcmpInfo icmp;
    if (sock != INVALID_SOCKET && readIcmpError(sock, s.ipv6, icmp)) {
        s.result.icmp = icmp;
        s.result.localOrigin = !icmp.from.empty() && detail::isOwnAddress(icmp.from);
        if (const auto o = detail::classifyIcmp(s.ipv6, icmp.type, icmp.code, s.result.localOrigin)) {
            return *o;
        }
    }
    return detail::classifyConnectError(e);
}

/// A socket that child processes do not inherit (the counterpart of FD_CLOEXEC).
SOCKET openSocket(int family)
{
    SOCKET s
        = ::WSASocketW(family, SOCK_STREAM, IPPROTO_TCP, nullptr, 0, WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
    if (s == INVALID_SOCKET && ::WSAGetLastError() == WSAEINVAL) {
        // Windows 7 before SP1 does not know WSA_FLAG_NO_HANDLE_INHERIT.
        s = ::WSASocketW(family, SOCK_STREAM, IPPROTO_TCP, nullptr, 0, WSA_FLAG_OVERLAPPED);
        if (s != INVALID_SOCKET) {
            ::SetHandleInformation(reinterpret_cast<HANDLE>(s), HANDLE_FLAG_INHERIT, 0);
        }
    }
    return s;
}

/// The Windows-only per-socket settings; failures are ignored (older Windows, Wine).
void tuneSocket(SOCKET sock, int remainingMs)
{
    const detail::WindowsVersion v = detail::windowsVersion();
    const detail::InitialRto rto = detail::initialRtoFor(v.major, v.build, remainingMs);
    TCP_INITIAL_RTO_PARAMETERS params{};
    params.Rtt = rto.rtt;
    params.MaxSynRetransmissions = rto.maxSynRetransmissions;
    DWORD bytes = 0;
    ::WSAIoctl(sock, SIO_TCP_INITIAL_RTO, &params, sizeof params, nullptr, 0, &bytes, nullptr, nullptr);
    const DWORD on = 1;
    ::setsockopt(sock, IPPROTO_TCP, TCP_FAIL_CONNECT_ON_ICMP_ERROR, reinterpret_cast<const char*>(&on), sizeof on);
}

/// The local port the system picked for `sock` (the connection's own, or the first try's).
void noteLocalPort(State& s, SOCKET sock, bool connected = false)
{
    if (s.result.localPort != 0 && !connected) {
        return;
    }
    sockaddr_storage local{};
    int len = sizeof local;
    if (::getsockname(sock, reinterpret_cast<sockaddr*>(&local), &len) != 0) {
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
    SOCKET sock = openSocket(s.addr.ss_family);
    if (sock == INVALID_SOCKET) {
        s.result.localOrigin = true;
        finish(s, classifyFailure(s, INVALID_SOCKET, ::WSAGetLastError()), start, now);
        return false;
    }
    u_long nonBlocking = 1;
    if (::ioctlsocket(sock, FIONBIO, &nonBlocking) != 0) {
        const int e = ::WSAGetLastError();
        closeSocket(sock);
        s.result.localOrigin = true;
        finish(s, classifyFailure(s, INVALID_SOCKET, e), start, now);
        return false;
    }
    tuneSocket(sock, static_cast<int>(std::ceil(msBetween(now, s.deadline))));
    s.result.tries += 1;
    if (::connect(sock, reinterpret_cast<const sockaddr*>(&s.addr), s.addrLen) == 0) {
        s.tries.push_back({sock, now}); // select() reports it writable at once
        noteLocalPort(s, sock);
        return true;
    }
    const int e = ::WSAGetLastError();
    if (detail::isConnectPending(e)) {
        s.tries.push_back({sock, now});
        noteLocalPort(s, sock);
        return true;
    }
    // Refused by this computer before anything was sent: no route, the local firewall (10013), no address.
    s.result.localOrigin = true;
    const Outcome o = classifyFailure(s, sock, e);
    closeSocket(sock);
    finish(s, o, start, now);
    return false;
}

void onConnected(State& s, Try& t, const ProbeOptions& opt, Clock::time_point now)
{
    s.result.rttMs = msBetween(t.sentAt, now);
    noteLocalPort(s, t.sock, true);
    s.connected = t.sock;
    t.sock = INVALID_SOCKET;
    s.closeTries();
    const int listen = std::min(std::max(static_cast<int>(2 * s.result.rttMs), opt.listenMs), 3000);
    s.listenUntil = now + std::chrono::milliseconds(listen);
}

/// One try's connect failed with `err`. True when that decided the endpoint.
bool onTryFailed(State& s, Try& t, int err, bool morePlanned, Clock::time_point start, Clock::time_point now)
{
    if (!detail::endsOnlyThisTry(err)) {
        if (err == WSAECONNRESET) {
            // The handshake completed and the server reset it before we looked: bound its round trip.
            s.result.rttMs = msBetween(t.sentAt, now);
        }
        const Outcome o = classifyFailure(s, t.sock, err);
        finish(s, o, start, now);
        return true;
    }
    // This one SYN went unanswered (WSAETIMEDOUT); the other tries and the budget decide.
    closeSocket(t.sock);
    if (!s.hasLiveTry() && !morePlanned) {
        setError(s, err);
        finish(s, detail::classifyConnectError(err), start, now); // nothing left that could answer
        return true;
    }
    return false;
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
    const int n = ::recv(s.connected, buf, static_cast<int>(std::min(room, sizeof buf)), 0);
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
    const int e = ::WSAGetLastError();
    if (e == WSAEWOULDBLOCK || e == WSAEINTR) {
        return false;
    }
    setError(s, e);
    finish(s, detail::classifyAfterConnectError(e, !s.result.banner.empty()), start, now);
    return true;
}

/// The budget has run out with no answer: silence. (Windows keeps no per-socket record of SYNs a local
/// filter dropped, and no neighbour check is done here: both stay for the IP and firewall steps.)
void onDeadline(State& s, Clock::time_point start, Clock::time_point now)
{
    setError(s, WSAETIMEDOUT);
    finish(s, Outcome::Filtered, start, now);
}

struct Waiter {
    SOCKET sock;
    std::size_t state;
    int tryIndex; ///< -1: the connected socket
};

std::vector<ProbeResult> probe(const std::vector<Endpoint>& endpoints, const ProbeOptions& options,
                               const std::atomic<bool>* cancel)
{
    const Clock::time_point start = Clock::now();
    int budget = std::max(options.budgetMs, 50);
    if (options.rttHintMs > 0) {
        budget = std::max(budget, 3 * options.rttHintMs + 500);
    }

    std::vector<State> states(endpoints.size());
    const int started = detail::startWinsock();
    for (std::size_t i = 0; i < endpoints.size(); ++i) {
        State& s = states[i];
        s.endpoint = endpoints[i];
        s.result.endpoint = endpoints[i];
        s.deadline = start + std::chrono::milliseconds(budget);
        if (started != 0) {
            setError(s, started);
            finish(s, Outcome::Error, start, start);
            continue;
        }
        if (!detail::toSockaddr(s.endpoint.address, s.endpoint.port, s.addr, s.addrLen)) {
            s.result.sysErrorName = "not-a-numeric-address";
            finish(s, Outcome::Error, start, start);
            continue;
        }
        s.ipv6 = s.addr.ss_family == AF_INET6;
        s.result.ipv6 = s.ipv6;
        startTry(s, start, start);
    }

    std::vector<Waiter> waiters;
    std::size_t rotate = 0; // which sockets come first when there are more than one fd_set holds
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
        waiters.clear();
        Clock::time_point wake = now + std::chrono::milliseconds(50); // cancel is checked this often
        for (std::size_t i = 0; i < states.size(); ++i) {
            State& s = states[i];
            if (s.done) {
                continue;
            }
            if (s.connected != INVALID_SOCKET) {
                if (now >= s.listenUntil) {
                    finish(s, Outcome::Open, start, now);
                    continue;
                }
                waiters.push_back({s.connected, i, -1});
                wake = std::min(wake, s.listenUntil);
                continue;
            }
            if (now >= s.deadline) {
                onDeadline(s, start, now);
                continue;
            }
            while (s.nextRetry < options.retryAt.size() && now >= retryTime(options, s.nextRetry, budget, start)) {
                ++s.nextRetry;
                if (!startTry(s, start, now)) {
                    break;
                }
            }
            if (s.done) {
                continue;
            }
            if (s.nextRetry < options.retryAt.size()) {
                wake = std::min(wake, retryTime(options, s.nextRetry, budget, start));
            }
            wake = std::min(wake, s.deadline);
            for (std::size_t t = 0; t < s.tries.size(); ++t) {
                if (s.tries[t].sock != INVALID_SOCKET) {
                    waiters.push_back({s.tries[t].sock, i, static_cast<int>(t)});
                }
            }
        }
        if (std::all_of(states.begin(), states.end(), [](const State& s) { return s.done; })) {
            break;
        }
        int waitMs = std::max(0, static_cast<int>(std::ceil(msBetween(now, wake))));
        if (waiters.empty()) {
            // Only scheduled retries are left (the earlier tries timed out): select() would fail at once.
            std::this_thread::sleep_for(std::chrono::milliseconds(waitMs));
            continue;
        }
        // fd_set holds FD_SETSIZE sockets; with more, a rotating window is checked and the wait kept short.
        const std::size_t count = std::min<std::size_t>(waiters.size(), FD_SETSIZE);
        if (count < waiters.size()) {
            rotate = (rotate + count) % waiters.size();
            std::rotate(waiters.begin(), waiters.begin() + static_cast<std::ptrdiff_t>(rotate), waiters.end());
            waiters.resize(count);
            waitMs = std::min(waitMs, 10);
        }
        fd_set readable;
        fd_set writable;
        fd_set failed;
        FD_ZERO(&readable);
        FD_ZERO(&writable);
        FD_ZERO(&failed);
        for (const Waiter& w : waiters) {
            if (w.tryIndex < 0) {
                FD_SET(w.sock, &readable);
            } else {
                FD_SET(w.sock, &writable); // the connect succeeded
                FD_SET(w.sock, &failed); // the connect failed
            }
        }
        timeval tv{};
        tv.tv_sec = waitMs / 1000;
        tv.tv_usec = (waitMs % 1000) * 1000;
        const int rc = ::select(0, &readable, &writable, &failed, &tv);
        if (rc == SOCKET_ERROR) {
            std::this_thread::sleep_for(std::chrono::milliseconds(std::min(waitMs, 10))); // never spin
            continue;
        }
        if (rc == 0) {
            continue; // timeout: the loop re-checks deadlines, retries and cancel
        }
        now = Clock::now();
        for (const Waiter& w : waiters) {
            State& s = states[w.state];
            if (s.done) {
                continue;
            }
            if (w.tryIndex < 0) {
                if (FD_ISSET(w.sock, &readable)) {
                    readAfterConnect(s, options, start, now);
                }
                continue;
            }
            Try& t = s.tries[static_cast<std::size_t>(w.tryIndex)];
            if (t.sock != w.sock) {
                continue; // closed meanwhile (another try connected first)
            }
            const bool isFailed = FD_ISSET(w.sock, &failed) != 0;
            if (!isFailed && FD_ISSET(w.sock, &writable) == 0) {
                continue;
            }
            int err = 0;
            int len = sizeof err;
            if (::getsockopt(t.sock, SOL_SOCKET, SO_ERROR, reinterpret_cast<char*>(&err), &len) != 0) {
                err = ::WSAGetLastError();
            }
            if (err == 0 && isFailed) {
                // exceptfds means the connect failed, and Windows then sets SO_ERROR; never guess a cause.
                s.result.sysErrorName = "connect-failed-without-code";
                finish(s, Outcome::Error, start, now);
            } else if (err == 0) {
                onConnected(s, t, options, now);
                // A measured round trip on this path: give silent siblings at least three of them.
                const auto stretched = start + std::chrono::milliseconds(3 * static_cast<int>(s.result.rttMs) + 500);
                for (State& other : states) {
                    if (other.endpoint.group != s.endpoint.group) {
                        continue;
                    }
                    other.deadline = (std::max)(other.deadline, stretched);
                }
            } else {
                onTryFailed(s, t, err, s.nextRetry < options.retryAt.size(), start, now);
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

} // namespace

std::vector<ProbeResult> probeTcp(const std::vector<Endpoint>& endpoints, const ProbeOptions& options,
                                  const std::atomic<bool>* cancel)
{
    try {
        return probe(endpoints, options, cancel);
    } catch (const std::exception&) {
        // Out of memory or a thread error; every socket was closed by ~State.
        std::vector<ProbeResult> out(endpoints.size());
        for (std::size_t i = 0; i < endpoints.size(); ++i) {
            out[i].endpoint = endpoints[i];
            out[i].sysErrorName = "internal-error";
        }
        return out;
    }
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
    if (const int started = detail::startWinsock(); started != 0) {
        c.error = detail::wsaErrorName(started);
        return c;
    }
    sockaddr_storage addr{};
    int len = 0;
    if (!detail::toSockaddr(address, port, addr, len)) {
        c.error = "not-a-numeric-address";
        return c;
    }
    SOCKET sock = openSocket(addr.ss_family);
    if (sock == INVALID_SOCKET) {
        c.error = detail::wsaErrorName(::WSAGetLastError());
        return c;
    }
    // Where Windows refuses TCP_MAXSEG before connect (older versions, perhaps Wine), the retry cannot be
    // made here: the caller says so instead of guessing.
    const DWORD value = static_cast<DWORD>(mss);
    if (::setsockopt(sock, IPPROTO_TCP, TCP_MAXSEG, reinterpret_cast<const char*>(&value), sizeof value) != 0) {
        c.unsupported = true;
        c.error = detail::wsaErrorName(::WSAGetLastError());
        closeSocket(sock);
        return c;
    }
    tuneSocket(sock, budgetMs);
    u_long nonBlocking = 1;
    int err = 0;
    if (::ioctlsocket(sock, FIONBIO, &nonBlocking) != 0) {
        err = ::WSAGetLastError();
    } else if (::connect(sock, reinterpret_cast<const sockaddr*>(&addr), len) != 0) {
        err = ::WSAGetLastError();
        if (detail::isConnectPending(err)) {
            err = WSAETIMEDOUT;
            const Clock::time_point start = Clock::now();
            while (msBetween(start, Clock::now()) < budgetMs) {
                if (cancel != nullptr && cancel->load()) {
                    c.cancelled = true;
                    break;
                }
                fd_set writable;
                fd_set failed;
                FD_ZERO(&writable);
                FD_ZERO(&failed);
                FD_SET(sock, &writable);
                FD_SET(sock, &failed);
                timeval tv{0, 50 * 1000};
                if (::select(0, nullptr, &writable, &failed, &tv) > 0) {
                    int soError = 0;
                    int soLen = sizeof soError;
                    err = ::getsockopt(sock, SOL_SOCKET, SO_ERROR, reinterpret_cast<char*>(&soError), &soLen) == 0
                        ? soError
                        : ::WSAGetLastError();
                    break;
                }
            }
        }
    }
    if (c.cancelled || err != 0) {
        c.error = c.cancelled ? "cancelled" : (err == WSAETIMEDOUT ? "timed out" : detail::wsaErrorName(err));
        if (c.error.empty()) {
            c.error = "error " + std::to_string(err);
        }
        closeSocket(sock);
        return c;
    }
    DWORD seen = 0;
    int seenLen = sizeof seen;
    if (::getsockopt(sock, IPPROTO_TCP, TCP_MAXSEG, reinterpret_cast<char*>(&seen), &seenLen) == 0 && seen > 0) {
        c.mss = static_cast<int>(seen);
    }
    c.socket = static_cast<std::intptr_t>(sock);
    return c;
}

void closeSocketHandle(std::intptr_t socket)
{
    if (socket >= 0) {
        SOCKET s = static_cast<SOCKET>(socket);
        closeSocket(s);
    }
}

} // namespace tcpd::platform

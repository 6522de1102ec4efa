// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The idle engine (IdleProbe.h), one file for every system: the logic is the same everywhere and the
// system calls differ only a little, so they sit in the small `sys` section below (BSD sockets with
// poll() on Linux and macOS; Winsock with select() on Windows, where WSAPoll misses failed connects
// before Windows 10 2004). Whether a sent byte was acknowledged comes from the system's TCP statistics:
// Linux TCP_INFO (tcpi_unacked), macOS TCP_CONNECTION_INFO (tcpi_txunacked), Windows 10 1703 and
// later SIO_TCP_INFO (BytesInFlight). Where none answers (older Windows, Wine), a byte that gets
// neither an answer nor an error is "unknown", never "alive".

#ifdef _WIN32
#include "windows/WinDetail.h" // first: it sets up the Windows headers
#include "windows/WsaErrors.h"
#else
#include "posix/SocketAddress.h"
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include "platform/IdleProbe.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace tcpd::platform {

const char* idleStateName(IdleState s)
{
    switch (s) {
    case IdleState::Alive: return "alive";
    case IdleState::Reset: return "reset";
    case IdleState::Silent: return "silent";
    case IdleState::Closed: return "closed";
    case IdleState::Unknown: return "unknown";
    case IdleState::NotConnected: return "not_connected";
    case IdleState::Cancelled: return "cancelled";
    }
    return "unknown";
}

bool decideAfterSend(int unacked, bool answered, bool reset, bool fin, bool timedOut, IdleState& out)
{
    if (unacked == 0 || answered) {
        out = IdleState::Alive; // the byte arrived: acknowledged, or the server even answered it
        return true;
    }
    if (reset) {
        out = IdleState::Reset;
        return true;
    }
    if (fin) {
        // A FIN after our byte (a server that hangs up on unexpected input): the server still knew the
        // connection and its packets still came through, so the idle period did not kill it.
        out = IdleState::Alive;
        return true;
    }
    if (timedOut) {
        out = unacked > 0 ? IdleState::Silent : IdleState::Unknown;
        return true;
    }
    return false;
}

namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

// ---- sys: the few calls that differ ---------------------------------------------------------------------
namespace sys {
#ifdef _WIN32
using Handle = SOCKET;
constexpr Handle kNone = INVALID_SOCKET;
int lastError() { return WSAGetLastError(); }
std::string errorName(int e)
{
    const char* n = detail::wsaErrorName(e);
    return n != nullptr && *n != '\0' ? std::string(n) : "WSA error " + std::to_string(e);
}
bool isReset(int e) { return e == WSAECONNRESET || e == WSAECONNABORTED || e == WSAENETRESET; }
bool wouldBlock(int e) { return e == WSAEWOULDBLOCK || e == WSAEINPROGRESS; }
void closeHandle(Handle h) { ::closesocket(h); }
bool setNonBlocking(Handle h)
{
    u_long on = 1;
    return ::ioctlsocket(h, FIONBIO, &on) == 0;
}
/// Winsock must be started before the first socket (WSAStartup; a no-op after the first call). 0 or its error.
int start() { return detail::startWinsock(); }
bool resolve(const std::string& address, uint16_t port, sockaddr_storage& out, int& len)
{
    return detail::toSockaddr(address, port, out, len); // also takes an IPv6 zone by interface name
}
/// mstcpip.h's TCP_INFO_v0 (Windows 10 1703), spelled out for SDKs that lack it.
struct TcpInfoV0 {
    int state;
    ULONG mss;
    ULONG64 connectionTimeMs;
    BOOLEAN timestampsEnabled;
    ULONG rttUs;
    ULONG minRttUs;
    ULONG bytesInFlight;
    ULONG cwnd;
    ULONG sndWnd;
    ULONG rcvWnd;
    ULONG rcvBuf;
    ULONG64 bytesOut;
    ULONG64 bytesIn;
    ULONG bytesReordered;
    ULONG bytesRetrans;
    ULONG fastRetrans;
    ULONG dupAcksIn;
    ULONG timeoutEpisodes;
    UCHAR synRetrans;
};
static_assert(sizeof(TcpInfoV0) == 88, "TCP_INFO_v0 is 88 bytes");
constexpr DWORD kSioTcpInfo = 0xD8000027; // SIO_TCP_INFO: _WSAIORW(IOC_VENDOR, 39)
/// Unacknowledged bytes and retransmission episodes; false where SIO_TCP_INFO is not there.
bool unacked(Handle h, int& unackedOut, int& retransOut)
{
    DWORD version = 0;
    TcpInfoV0 info{};
    DWORD got = 0;
    if (::WSAIoctl(h, kSioTcpInfo, &version, sizeof version, &info, sizeof info, &got, nullptr, nullptr) != 0
        || got < sizeof info) {
        return false;
    }
    unackedOut = static_cast<int>(info.bytesInFlight);
    retransOut = static_cast<int>(info.timeoutEpisodes);
    return true;
}
#else
using Handle = int;
constexpr Handle kNone = -1;
int lastError() { return errno; }
std::string errorName(int e)
{
    const char* name = detail::errnoName(e);
    return *name != '\0' ? std::string(name) : "error " + std::to_string(e);
}
bool isReset(int e) { return e == ECONNRESET || e == EPIPE || e == ECONNABORTED; }
bool wouldBlock(int e) { return e == EINPROGRESS || e == EAGAIN || e == EWOULDBLOCK || e == EINTR; }
void closeHandle(Handle h) { ::close(h); }
bool setNonBlocking(Handle h)
{
    const int flags = ::fcntl(h, F_GETFL, 0);
    return flags >= 0 && ::fcntl(h, F_SETFL, flags | O_NONBLOCK) == 0 && ::fcntl(h, F_SETFD, FD_CLOEXEC) == 0;
}
int start() { return 0; }
bool resolve(const std::string& address, uint16_t port, sockaddr_storage& out, int& len)
{
    socklen_t l = 0;
    if (!detail::toSockaddr(address, port, out, l)) {
        return false;
    }
    len = static_cast<int>(l);
    return true;
}
bool unacked(Handle h, int& unackedOut, int& retransOut)
{
#if defined(__linux__)
    tcp_info info{};
    socklen_t len = sizeof info;
    if (::getsockopt(h, IPPROTO_TCP, TCP_INFO, &info, &len) != 0) {
        return false;
    }
    unackedOut = static_cast<int>(info.tcpi_unacked); // segments sent, not yet acknowledged
    retransOut = static_cast<int>(info.tcpi_total_retrans);
    return true;
#elif defined(__APPLE__) && defined(TCP_CONNECTION_INFO)
    tcp_connection_info info{};
    socklen_t len = sizeof info;
    if (::getsockopt(h, IPPROTO_TCP, TCP_CONNECTION_INFO, &info, &len) != 0) {
        return false;
    }
    unackedOut = static_cast<int>(info.tcpi_txunacked);
    retransOut = static_cast<int>(info.tcpi_txretransmitpackets);
    return true;
#else
    (void)h;
    (void)unackedOut;
    (void)retransOut;
    return false;
#endif
}
#endif

int socketError(Handle h)
{
    int e = 0;
#ifdef _WIN32
    int len = sizeof e;
    ::getsockopt(h, SOL_SOCKET, SO_ERROR, reinterpret_cast<char*>(&e), &len);
#else
    socklen_t len = sizeof e;
    ::getsockopt(h, SOL_SOCKET, SO_ERROR, &e, &len);
#endif
    return e;
}

uint16_t localPort(Handle h)
{
    sockaddr_storage local{};
#ifdef _WIN32
    int len = sizeof local;
#else
    socklen_t len = sizeof local;
#endif
    if (::getsockname(h, reinterpret_cast<sockaddr*>(&local), &len) != 0) {
        return 0;
    }
    if (local.ss_family == AF_INET6) {
        return ntohs(reinterpret_cast<const sockaddr_in6*>(&local)->sin6_port);
    }
    return ntohs(reinterpret_cast<const sockaddr_in*>(&local)->sin_port);
}

/// One byte, never SIGPIPE. Returns 0 or the error.
int sendByte(Handle h)
{
    const char byte = '\n';
#ifdef _WIN32
    return ::send(h, &byte, 1, 0) == 1 ? 0 : lastError();
#elif defined(MSG_NOSIGNAL)
    return ::send(h, &byte, 1, MSG_NOSIGNAL) == 1 ? 0 : lastError();
#else
    return ::send(h, &byte, 1, 0) == 1 ? 0 : lastError(); // macOS: SO_NOSIGPIPE is set on the socket
#endif
}

/// Reads what is there (discarding it). >0 data came, 0 FIN, -1 nothing yet, -2 error (in `err`).
int drain(Handle h, int& err)
{
    char buffer[4096];
    int total = 0;
    for (int i = 0; i < 64; ++i) { // bounded: at most 256 KB per call
#ifdef _WIN32
        const int n = ::recv(h, buffer, sizeof buffer, 0);
#else
        const auto n = static_cast<int>(::recv(h, buffer, sizeof buffer, 0));
#endif
        if (n > 0) {
            total += n;
            continue;
        }
        if (n == 0) {
            return total > 0 ? total : 0; // the FIN shows again on the next call
        }
        const int e = lastError();
        if (wouldBlock(e)) {
            return total > 0 ? total : -1;
        }
        err = e;
        return -2;
    }
    return total;
}

struct Ready {
    bool readable = false;
    bool writable = false;
    bool error = false;
};

/// Waits up to `ms` for any of `handles` (kNone entries are skipped). `wantWrite[i]`: also writability.
std::vector<Ready> wait(const std::vector<Handle>& handles, const std::vector<bool>& wantWrite, int ms)
{
    std::vector<Ready> ready(handles.size());
#ifdef _WIN32
    fd_set readSet, writeSet, exceptSet;
    FD_ZERO(&readSet);
    FD_ZERO(&writeSet);
    FD_ZERO(&exceptSet);
    bool any = false;
    for (std::size_t i = 0; i < handles.size(); ++i) {
        if (handles[i] == kNone) {
            continue;
        }
        any = true;
        FD_SET(handles[i], &readSet);
        FD_SET(handles[i], &exceptSet);
        if (wantWrite[i]) {
            FD_SET(handles[i], &writeSet);
        }
    }
    if (!any) {
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        return ready;
    }
    timeval tv{ms / 1000, (ms % 1000) * 1000};
    if (::select(0, &readSet, &writeSet, &exceptSet, &tv) <= 0) {
        return ready;
    }
    for (std::size_t i = 0; i < handles.size(); ++i) {
        if (handles[i] == kNone) {
            continue;
        }
        ready[i].readable = FD_ISSET(handles[i], &readSet) != 0;
        ready[i].writable = FD_ISSET(handles[i], &writeSet) != 0;
        ready[i].error = FD_ISSET(handles[i], &exceptSet) != 0; // a failed connect shows here on Windows
    }
#else
    std::vector<pollfd> fds(handles.size());
    for (std::size_t i = 0; i < handles.size(); ++i) {
        fds[i].fd = handles[i]; // a negative fd is ignored by poll()
        fds[i].events = static_cast<short>(POLLIN | (wantWrite[i] ? POLLOUT : 0));
    }
    if (::poll(fds.data(), fds.size(), ms) <= 0) {
        return ready;
    }
    for (std::size_t i = 0; i < handles.size(); ++i) {
        ready[i].readable = (fds[i].revents & (POLLIN | POLLHUP)) != 0;
        ready[i].writable = (fds[i].revents & POLLOUT) != 0;
        ready[i].error = (fds[i].revents & POLLERR) != 0;
    }
#endif
    return ready;
}
} // namespace sys

enum class Phase { Connecting, Idle, Sent, Done };

struct Conn {
    sys::Handle h = sys::kNone;
    Phase phase = Phase::Connecting;
    Clock::time_point connectedAt;
    Clock::time_point sentAt;
    bool answered = false;
    bool reset = false;
    bool fin = false;
    IdlePeriodResult result;
};

} // namespace

std::vector<IdlePeriodResult> probeIdle(const std::string& address, uint16_t port, const IdleProbeOptions& options,
                                        const std::function<void(const IdlePeriodResult&)>& onResult,
                                        const std::atomic<bool>* cancel)
{
    std::vector<Conn> conns(options.periodsS.size());
    auto finish = [&](Conn& c, IdleState state) {
        if (c.h != sys::kNone) {
            sys::closeHandle(c.h);
            c.h = sys::kNone;
        }
        c.phase = Phase::Done;
        c.result.state = state;
        if (onResult) {
            onResult(c.result);
        }
    };

    const int startError = sys::start();
    sockaddr_storage target{};
    int targetLen = 0;
    const bool numeric = startError == 0 && sys::resolve(address, port, target, targetLen);
    const Clock::time_point start = Clock::now();
    for (std::size_t i = 0; i < conns.size(); ++i) {
        Conn& c = conns[i];
        c.result.idleS = options.periodsS[i];
        if (!numeric) {
            c.result.error = startError != 0 ? sys::errorName(startError) : "not a numeric address";
            finish(c, IdleState::NotConnected);
            continue;
        }
        c.h = ::socket(target.ss_family, SOCK_STREAM, IPPROTO_TCP);
        if (c.h == sys::kNone || !sys::setNonBlocking(c.h)) {
            c.result.error = sys::errorName(sys::lastError());
            finish(c, IdleState::NotConnected);
            continue;
        }
#if defined(__APPLE__) && defined(SO_NOSIGPIPE)
        const int one = 1;
        ::setsockopt(c.h, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
#endif
        if (::connect(c.h, reinterpret_cast<const sockaddr*>(&target), targetLen) != 0) {
            const int e = sys::lastError();
            if (!sys::wouldBlock(e)) {
                c.result.error = sys::errorName(e);
                finish(c, IdleState::NotConnected);
            }
        }
    }

    // Every connection is decided within its period + the budgets; this bound keeps the loop finite
    // even if the clock or the system misbehaves.
    const int longestS = conns.empty() ? 0 : *std::max_element(options.periodsS.begin(), options.periodsS.end());
    const Clock::time_point hardEnd = start + std::chrono::seconds(longestS)
        + std::chrono::milliseconds(options.connectBudgetMs + options.answerBudgetMs + 2000);

    while (std::any_of(conns.begin(), conns.end(), [](const Conn& c) { return c.phase != Phase::Done; })) {
        const Clock::time_point now = Clock::now();
        const bool cancelled = cancel != nullptr && cancel->load();
        if (cancelled || now >= hardEnd) {
            for (Conn& c : conns) {
                if (c.phase != Phase::Done) {
                    if (!cancelled) {
                        c.result.error = "no decision in time";
                    }
                    finish(c, cancelled ? IdleState::Cancelled
                                        : (c.phase == Phase::Connecting ? IdleState::NotConnected : IdleState::Unknown));
                }
            }
            break;
        }

        // Time-driven steps: connect budgets, the byte at the end of each period, answer budgets.
        for (Conn& c : conns) {
            if (c.phase == Phase::Connecting && msBetween(start, now) >= options.connectBudgetMs) {
                c.result.error = "timed out";
                finish(c, IdleState::NotConnected);
            } else if (c.phase == Phase::Idle && now >= c.connectedAt + std::chrono::seconds(c.result.idleS)) {
                c.sentAt = now;
                const int e = sys::sendByte(c.h);
                if (e != 0) {
                    c.result.error = sys::errorName(e);
                    finish(c, sys::isReset(e) ? IdleState::Reset : IdleState::Unknown);
                    continue;
                }
                c.phase = Phase::Sent;
            }
            if (c.phase == Phase::Sent) {
                int unacked = -1;
                int retrans = -1;
                c.result.ackKnown = sys::unacked(c.h, unacked, retrans);
                if (c.result.ackKnown) {
                    c.result.retransmits = retrans;
                } else {
                    unacked = -1;
                }
                const bool timedOut = msBetween(c.sentAt, now) >= options.answerBudgetMs;
                IdleState state{};
                if (decideAfterSend(unacked, c.answered, c.reset, c.fin, timedOut, state)) {
                    if (state == IdleState::Alive) {
                        c.result.ackMs = msBetween(c.sentAt, now);
                    }
                    finish(c, state);
                }
            }
        }

        // Wait for the network, at most 20 ms (acknowledgements are read from the statistics, not signalled).
        std::vector<sys::Handle> handles(conns.size(), sys::kNone);
        std::vector<bool> wantWrite(conns.size(), false);
        for (std::size_t i = 0; i < conns.size(); ++i) {
            if (conns[i].phase != Phase::Done) {
                handles[i] = conns[i].h;
                wantWrite[i] = conns[i].phase == Phase::Connecting;
            }
        }
        const std::vector<sys::Ready> ready = sys::wait(handles, wantWrite, 20);
        const Clock::time_point after = Clock::now();
        for (std::size_t i = 0; i < conns.size(); ++i) {
            Conn& c = conns[i];
            if (c.phase == Phase::Done) {
                continue;
            }
            const sys::Ready& r = ready[i];
            if (c.phase == Phase::Connecting) {
                if (!r.writable && !r.error && !r.readable) {
                    continue;
                }
                const int e = sys::socketError(c.h);
                if (e != 0 || (r.error && !r.writable)) {
                    c.result.error = sys::errorName(e != 0 ? e : sys::lastError());
                    finish(c, IdleState::NotConnected);
                    continue;
                }
                c.phase = Phase::Idle;
                c.connectedAt = after;
                c.result.connectMs = msBetween(start, after);
                c.result.localPort = sys::localPort(c.h);
                // fall through: a greeting may already be waiting
            }
            if (!r.readable && !r.error) {
                continue;
            }
            int err = 0;
            const int got = sys::drain(c.h, err);
            if (got > 0) {
                if (c.phase == Phase::Sent) {
                    c.answered = true; // a greeting before the byte is ignored; an answer after it counts
                }
                continue;
            }
            if (got == -1) {
                continue;
            }
            const bool isReset = got == -2 && sys::isReset(err);
            if (got == -2) {
                c.result.error = sys::errorName(err);
            }
            if (c.phase == Phase::Idle) { // the connection ended while idle: by FIN (server) or reset
                c.result.diedAfterS = msBetween(c.connectedAt, after) / 1000.0;
                finish(c, got == 0 ? IdleState::Closed : (isReset ? IdleState::Reset : IdleState::Unknown));
            } else if (c.phase == Phase::Sent) {
                (got == 0 ? c.fin : c.reset) = true; // decided with the statistics on the next turn
                if (got == -2 && !isReset) {
                    finish(c, IdleState::Unknown);
                }
            }
        }
    }

    std::vector<IdlePeriodResult> out;
    out.reserve(conns.size());
    for (const Conn& c : conns) {
        out.push_back(c.result);
    }
    return out;
}

} // namespace tcpd::platform

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "LoopbackServer.h"

#include <arpa/inet.h>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace tcpd::test {

LoopbackServer::LoopbackServer(Mode mode, std::string banner, bool ipv6)
    : m_mode(mode)
    , m_banner(std::move(banner))
{
    m_fd = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        return;
    }
    int one = 1;
    ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_storage ss{};
    socklen_t len = 0;
    if (ipv6) {
        auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
        a->sin6_family = AF_INET6;
        a->sin6_addr = in6addr_loopback;
        len = sizeof *a;
    } else {
        auto* a = reinterpret_cast<sockaddr_in*>(&ss);
        a->sin_family = AF_INET;
        a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        len = sizeof *a;
    }
    if (::bind(m_fd, reinterpret_cast<sockaddr*>(&ss), len) != 0 || ::listen(m_fd, 16) != 0
        || ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&ss), &len) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    m_port = ntohs(ipv6 ? reinterpret_cast<sockaddr_in6*>(&ss)->sin6_port : reinterpret_cast<sockaddr_in*>(&ss)->sin_port);
    m_thread = std::thread([this] { run(); });
}

LoopbackServer::~LoopbackServer()
{
    m_stop = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

void LoopbackServer::run()
{
    std::vector<int> kept;
    std::vector<std::pair<int, std::size_t>> dripping; // (socket, bytes of the banner sent so far)
    auto lastDrip = std::chrono::steady_clock::now();
    std::vector<std::pair<int, std::chrono::steady_clock::time_point>> timed; // CloseWhenIdle, ResetWhenIdle
    while (!m_stop) {
        for (auto it = timed.begin(); it != timed.end();) {
            if (std::chrono::steady_clock::now() - it->second < std::chrono::milliseconds(kIdleLimitMs)) {
                ++it;
                continue;
            }
            if (m_mode == Mode::ResetWhenIdle) {
                linger l{1, 0};
                ::setsockopt(it->first, SOL_SOCKET, SO_LINGER, &l, sizeof l);
            }
            ::close(it->first);
            it = timed.erase(it);
        }
        if (!dripping.empty() && std::chrono::steady_clock::now() - lastDrip >= std::chrono::seconds(1)) {
            lastDrip = std::chrono::steady_clock::now();
            for (auto& [c, next] : dripping) {
                if (next < m_banner.size() && ::send(c, m_banner.data() + next, 1, MSG_NOSIGNAL | MSG_DONTWAIT) == 1) {
                    ++next;
                    ++m_sent;
                }
            }
        }
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 20) <= 0) {
            continue;
        }
        const int c = ::accept(m_fd, nullptr, nullptr);
        if (c < 0) {
            continue;
        }
        ++m_accepted;
        switch (m_mode) {
        case Mode::Silent:
            kept.push_back(c);
            break;
        case Mode::Banner:
            (void)!::send(c, m_banner.data(), m_banner.size(), MSG_NOSIGNAL);
            kept.push_back(c);
            break;
        case Mode::Reset: {
            linger l{1, 0};
            ::setsockopt(c, SOL_SOCKET, SO_LINGER, &l, sizeof l);
            ::close(c);
            break;
        }
        case Mode::Close:
            ::close(c);
            break;
        case Mode::Flood: {
            // Megabytes at once; the client reads a little and closes, so a send timeout keeps this
            // thread from waiting on a full socket buffer for ever.
            timeval tv{2, 0};
            ::setsockopt(c, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
            std::string chunk;
            while (!m_banner.empty() && chunk.size() < 64 * 1024) {
                chunk += m_banner;
            }
            for (std::size_t total = 0; !chunk.empty() && total < 8 * 1024 * 1024 && !m_stop;) {
                const ssize_t n = ::send(c, chunk.data(), chunk.size(), MSG_NOSIGNAL);
                if (n <= 0) {
                    break;
                }
                total += static_cast<std::size_t>(n);
                m_sent += static_cast<std::size_t>(n);
            }
            ::close(c);
            break;
        }
        case Mode::Drip:
            dripping.emplace_back(c, 0);
            break;
        case Mode::CloseWhenIdle:
        case Mode::ResetWhenIdle:
            timed.emplace_back(c, std::chrono::steady_clock::now());
            break;
        case Mode::ResetMidBanner: {
            const ssize_t n = ::send(c, m_banner.data(), m_banner.size(), MSG_NOSIGNAL);
            m_sent += n > 0 ? static_cast<std::size_t>(n) : 0;
            std::this_thread::sleep_for(std::chrono::milliseconds(50)); // the greeting arrives, then the RST
            linger l{1, 0};
            ::setsockopt(c, SOL_SOCKET, SO_LINGER, &l, sizeof l);
            ::close(c);
            break;
        }
        }
    }
    for (int c : kept) {
        ::close(c);
    }
    for (const auto& d : dripping) {
        ::close(d.first);
    }
    for (const auto& t : timed) {
        ::close(t.first);
    }
}

unsigned short LoopbackServer::closedPort()
{
    // The socket stays bound (never listening) until the process ends: a connection to the port is
    // refused, and the kernel cannot hand the same port to the next bind(0) of a test server or of
    // another test running in parallel, which made a "refused" target answer now and then. The
    // number of such sockets is bounded by the calls a test makes (at most a few dozen).
    // SO_REUSEADDR lets a test start a real listener on the port later (listen --serve, QTcpServer).
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return 0;
    }
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), len) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        ::close(fd);
        return 0;
    }
    return ntohs(a.sin_port); // fd deliberately kept open: see above
}

} // namespace tcpd::test

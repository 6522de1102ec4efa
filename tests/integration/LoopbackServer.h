// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <atomic>
#include <cstddef>
#include <string>
#include <thread>

namespace tcpd::test {

/// A small TCP server on loopback (127.0.0.1 or ::1) for tests, on a thread of its own. It accepts
/// connections and behaves as `mode` says until it is destroyed.
class LoopbackServer
{
public:
    enum class Mode {
        Silent, ///< accept and say nothing (a web server waiting for the request)
        Banner, ///< accept, send `banner`, keep the connection open
        Reset,  ///< accept, then close with SO_LINGER 0: RST
        Close,  ///< accept, then close: FIN without a word
        // Hostile peers:
        Flood,          ///< accept, then send `banner` repeated up to 8 MB at once (send timeout 2 s)
        Drip,           ///< accept, then send one byte of `banner` per second, keep the connection open
        ResetMidBanner, ///< accept, send `banner` (a partial greeting), wait 50 ms, then RST (SO_LINGER 0)
        // Servers with an idle timeout of kIdleLimitMs:
        CloseWhenIdle, ///< accept, keep; close with FIN kIdleLimitMs after the accept (its own idle timeout)
        ResetWhenIdle, ///< accept, keep; RST kIdleLimitMs after the accept (a box that forgets and resets)
    };

    static constexpr int kIdleLimitMs = 1500;

    explicit LoopbackServer(Mode mode, std::string banner = {}, bool ipv6 = false);
    ~LoopbackServer();
    LoopbackServer(const LoopbackServer&) = delete;
    LoopbackServer& operator=(const LoopbackServer&) = delete;

    unsigned short port() const { return m_port; }
    bool ok() const { return m_fd >= 0; }
    int accepted() const { return m_accepted.load(); }
    /// Bytes the server managed to send in total (Flood, Drip).
    std::size_t sent() const { return m_sent.load(); }

    /// A port on 127.0.0.1 that nothing listens on: it stays reserved (bound, not listening) until the
    /// test process ends, so no other socket takes it meanwhile. A listener with SO_REUSEADDR may still
    /// be started on it.
    static unsigned short closedPort();

private:
    void run();

    Mode m_mode;
    std::string m_banner;
    int m_fd = -1;
    unsigned short m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_accepted{0};
    std::atomic<std::size_t> m_sent{0};
    std::thread m_thread;
};

} // namespace tcpd::test

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// Test helpers for the Windows backend: is this Wine (and which), and a Winsock server on loopback.
// The twin of tests/integration/LoopbackServer.h, in Winsock. Loopback only (127.0.0.1, ::1).
//
//     if (tcpd::wintest::underWine()) GTEST_SKIP() << "Wine does X differently: ...";
//     tcpd::wintest::WinLoopbackServer server(WinLoopbackServer::Mode::Banner, "hello\r\n");

#include <atomic>
#include <string>
#include <thread>

namespace tcpd::wintest {

/// True under Wine: ntdll exports wine_get_version (real Windows has no such export).
bool underWine();

/// Wine's version ("8.0"), or "" on real Windows.
std::string wineVersion();

/// True if a socket can be bound to ::1 (IPv6 loopback exists here).
bool ipv6LoopbackAvailable();

class WinLoopbackServer
{
public:
    enum class Mode {
        Silent, ///< accept and say nothing
        Banner, ///< accept, send the banner, keep the connection open
        Reset,  ///< accept, then close with SO_LINGER 0 (an RST on Windows; Wine 8 sends FIN)
        Close,  ///< accept, then close: FIN without a word
        Echo,   ///< accept, keep, and send back what arrives (like tcpdoctor listen --serve)
    };

    explicit WinLoopbackServer(Mode mode, std::string banner = {}, bool ipv6 = false);
    ~WinLoopbackServer();
    WinLoopbackServer(const WinLoopbackServer&) = delete;
    WinLoopbackServer& operator=(const WinLoopbackServer&) = delete;

    bool ok() const { return m_ok; }
    unsigned short port() const { return m_port; }
    int accepted() const { return m_accepted.load(); }

    /// A port on 127.0.0.1 (or ::1) that nothing listens on: bound once, then released.
    static unsigned short closedPort(bool ipv6 = false);

private:
    void run();

    Mode m_mode;
    std::string m_banner;
    unsigned long long m_socket; // a SOCKET, kept as an integer so this header needs no winsock2.h
    bool m_ok = false;
    unsigned short m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_accepted{0};
    std::thread m_thread;
};

} // namespace tcpd::wintest

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "WinTestSupport.h"

#include "platform/windows/WinDetail.h" // first of the Windows headers

#include <vector>

namespace tcpd::wintest {

namespace {

using WineGetVersion = const char*(__cdecl*)();

WineGetVersion wineGetVersion()
{
    HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    if (ntdll == nullptr) {
        return nullptr;
    }
    return reinterpret_cast<WineGetVersion>(reinterpret_cast<void*>(::GetProcAddress(ntdll, "wine_get_version")));
}

/// Binds a TCP socket to the loopback address of one family, on an ephemeral port.
SOCKET bindLoopback(bool ipv6, unsigned short& port)
{
    platform::detail::startWinsock();
    SOCKET s = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (s == INVALID_SOCKET) {
        return s;
    }
    sockaddr_storage ss{};
    int len = 0;
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
    if (::bind(s, reinterpret_cast<sockaddr*>(&ss), len) != 0
        || ::getsockname(s, reinterpret_cast<sockaddr*>(&ss), &len) != 0) {
        ::closesocket(s);
        return INVALID_SOCKET;
    }
    port = ntohs(ipv6 ? reinterpret_cast<sockaddr_in6*>(&ss)->sin6_port : reinterpret_cast<sockaddr_in*>(&ss)->sin_port);
    return s;
}

} // namespace

bool underWine()
{
    return wineGetVersion() != nullptr;
}

std::string wineVersion()
{
    const WineGetVersion get = wineGetVersion();
    return get != nullptr ? std::string(get()) : std::string();
}

bool ipv6LoopbackAvailable()
{
    unsigned short port = 0;
    SOCKET s = bindLoopback(true, port);
    if (s == INVALID_SOCKET) {
        return false;
    }
    ::closesocket(s);
    return true;
}

WinLoopbackServer::WinLoopbackServer(Mode mode, std::string banner, bool ipv6)
    : m_mode(mode)
    , m_banner(std::move(banner))
    , m_socket(INVALID_SOCKET)
{
    SOCKET s = bindLoopback(ipv6, m_port);
    if (s == INVALID_SOCKET) {
        return;
    }
    if (::listen(s, 16) != 0) {
        ::closesocket(s);
        return;
    }
    m_socket = s;
    m_ok = true;
    m_thread = std::thread([this] { run(); });
}

WinLoopbackServer::~WinLoopbackServer()
{
    m_stop = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
    if (m_ok) {
        ::closesocket(static_cast<SOCKET>(m_socket));
    }
}

void WinLoopbackServer::run()
{
    const SOCKET listener = static_cast<SOCKET>(m_socket);
    std::vector<SOCKET> kept;
    while (!m_stop) {
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(listener, &readable);
        if (m_mode == Mode::Echo) {
            for (SOCKET c : kept) {
                FD_SET(c, &readable);
            }
        }
        timeval tick{0, 20 * 1000};
        if (::select(0, &readable, nullptr, nullptr, &tick) <= 0) {
            continue;
        }
        if (m_mode == Mode::Echo) {
            for (auto it = kept.begin(); it != kept.end();) {
                if (FD_ISSET(*it, &readable)) {
                    char buffer[512];
                    const int n = ::recv(*it, buffer, sizeof buffer, 0);
                    if (n > 0) {
                        ::send(*it, buffer, n, 0);
                    } else { // the client left: forget it (a closed socket stays readable)
                        ::closesocket(*it);
                        it = kept.erase(it);
                        continue;
                    }
                }
                ++it;
            }
            if (!FD_ISSET(listener, &readable)) {
                continue;
            }
        }
        const SOCKET c = ::accept(listener, nullptr, nullptr);
        if (c == INVALID_SOCKET) {
            continue;
        }
        ++m_accepted;
        switch (m_mode) {
        case Mode::Silent:
        case Mode::Echo:
            kept.push_back(c);
            break;
        case Mode::Banner:
            ::send(c, m_banner.data(), static_cast<int>(m_banner.size()), 0);
            kept.push_back(c);
            break;
        case Mode::Reset: {
            linger l{};
            l.l_onoff = 1;
            l.l_linger = 0;
            ::setsockopt(c, SOL_SOCKET, SO_LINGER, reinterpret_cast<const char*>(&l), sizeof l);
            ::closesocket(c);
            break;
        }
        case Mode::Close:
            ::shutdown(c, SD_SEND);
            ::closesocket(c);
            break;
        }
    }
    for (SOCKET c : kept) {
        ::closesocket(c);
    }
}

unsigned short WinLoopbackServer::closedPort(bool ipv6)
{
    unsigned short port = 0;
    SOCKET s = bindLoopback(ipv6, port);
    if (s != INVALID_SOCKET) {
        ::closesocket(s); // bound but never listening, then released: nothing answers there
    }
    return port;
}

} // namespace tcpd::wintest

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

namespace tcpd::test {

/// A port on 127.0.0.1 that silently drops new connections, like a firewall's drop, without root:
/// a listener with a backlog of 0 that never accepts, its accept queue filled by two connections
/// of our own. Linux drops a SYN when the accept queue is full, so a connect() to port() waits for
/// its timeout — a port test that is "in the middle" for as long as its budget.
class SilentPort
{
public:
    SilentPort()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0
            || ::listen(m_listener, 0) != 0 || ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
            return;
        }
        m_port = ntohs(a.sin_port);
        for (int i = 0; i < 2; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            if (fd >= 0) {
                (void)::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a); // EINPROGRESS or queued
                m_fillers.push_back(fd);
            }
        }
        ::usleep(50 * 1000); // let the handshakes of the fillers complete (bounded, once)
    }
    ~SilentPort()
    {
        for (int fd : m_fillers) {
            ::close(fd);
        }
        if (m_listener >= 0) {
            ::close(m_listener);
        }
    }
    SilentPort(const SilentPort&) = delete;
    SilentPort& operator=(const SilentPort&) = delete;

    bool ok() const { return m_port != 0; }
    unsigned short port() const { return m_port; }

private:
    int m_listener = -1;
    unsigned short m_port = 0;
    std::vector<int> m_fillers;
};

} // namespace tcpd::test

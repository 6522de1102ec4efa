// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// This network namespace's TCP sockets from the kernel's sock_diag interface (NETLINK_SOCK_DIAG,
// inet_diag_req_v2), through libmnl: the source `ss` reads. Unlike /proc/net/tcp it tells a listening
// socket's backlog limit (idiag_wqueue) beside its accept queue (idiag_rqueue), and it is fast with
// tens of thousands of sockets. Every user may read it.

#include <cstdint>
#include <string>
#include <vector>

namespace tcpd::platform::detail {

/// Kernel TCP states (include/net/tcp_states.h), as sock_diag reports them.
enum TcpState : int {
    kTcpEstablished = 1,
    kTcpSynSent = 2,
    kTcpSynRecv = 3,
    kTcpFinWait1 = 4,
    kTcpFinWait2 = 5,
    kTcpTimeWait = 6,
    kTcpClose = 7,
    kTcpCloseWait = 8,
    kTcpLastAck = 9,
    kTcpListen = 10,
    kTcpClosing = 11,
    kTcpNewSynRecv = 12,
};

/// The state's name in the contract ("established", "time_wait", ...); "unknown" for others.
const char* tcpStateName(int state);

struct DiagSocket {
    bool ipv6 = false;
    std::string localAddress; ///< numeric, bare
    uint16_t localPort = 0;
    std::string remoteAddress;
    uint16_t remotePort = 0;
    int state = 0;
    uint32_t rqueue = 0; ///< listener: connections waiting for accept(); else bytes not yet read
    uint32_t wqueue = 0; ///< listener: the backlog limit; else bytes not yet acknowledged
    uint32_t uid = 0;
    uint64_t inode = 0;
};

struct SockDiagDump {
    bool ok = false;
    std::string error; ///< why not ("sock_diag: Operation not permitted")
    bool truncated = false; ///< stopped at the row limit
    std::vector<DiagSocket> sockets;
};

/// Dumps the TCP sockets (IPv4, then IPv6) whose state bit (1 << state) is in `stateMask`. Bounded: every
/// receive waits at most 1 s, and at most `maxRows` rows are kept. Never throws.
SockDiagDump dumpTcpSockets(uint32_t stateMask, std::size_t maxRows = 1000000);

} // namespace tcpd::platform::detail

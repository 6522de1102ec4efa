// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// How many of this computer's local ports are taken: every TCP connection uses one local port, picked
// from the ephemeral range (Linux 32768–60999, Windows 49152–65535 unless an administrator changed it).
// When a program opens connections faster than they close (each closed one keeps its port for up to
// 2 minutes in TIME_WAIT), the range runs out and connect() fails with EADDRNOTAVAIL (Linux, macOS) or
// WSAEADDRINUSE / WSAENOBUFS (Windows). Plain C++17, no Qt.
//
//     const LocalPortUsage u = readLocalPortUsage("203.0.113.2", 8080);
//     if (u.ok && u.rangeKnown() && u.inRange * 5 >= u.rangeSize() * 4) ...   // 80 % taken
//
// Linux: sock_diag over netlink (NETLINK_SOCK_DIAG, libmnl; the same source as `ss -tan`), and
//        /proc/sys/net/ipv4/ip_local_port_range.
// Windows: GetTcpTable2 / GetTcp6Table2, and the range `netsh int ipv4 show dynamicport tcp` shows.
// macOS: the range from sysctl net.inet.ip.portrange.first/last; connections are not counted (the
//        system shows this user only part of them), so `ok` is false there with a reason.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace tcpd::platform {

/// One TCP socket as the counting needs it (every OS backend fills these, then summarizePortUsage()).
struct TcpSocketRow {
    bool ipv6 = false;
    std::string localAddress; ///< numeric, bare
    uint16_t localPort = 0;
    std::string remoteAddress; ///< numeric, bare; "" or a wildcard for listeners
    uint16_t remotePort = 0;
    std::string state; ///< the contract's names: "established", "syn_sent", "syn_recv", "fin_wait1",
                       ///< "fin_wait2", "time_wait", "close", "close_wait", "last_ack", "listen", "closing"
};

/// Connections to one remote address and port.
struct RemoteUse {
    std::string address;
    uint16_t port = 0;
    int count = 0;
};

struct LocalPortUsage {
    bool ok = false;      ///< the connections could be counted
    std::string error;    ///< why not (the OS's text, or "not on this system")
    std::string source;   ///< "sock_diag", "GetTcpTable2", ...
    int rangeLow = -1;    ///< the ephemeral range, both ends included; -1 unknown
    int rangeHigh = -1;
    std::string rangeSource; ///< where the range was read ("/proc/sys/net/ipv4/ip_local_port_range", ...)
    int total = 0;        ///< TCP sockets counted, every state
    std::vector<std::pair<std::string, int>> byState; ///< count per state name, most first (ties: by name)
    int inRange = 0;      ///< distinct local ports in the range held by at least one socket
    int toTarget = 0;     ///< sockets connected to the target address and port with a local port in the range
    std::vector<RemoteUse> topRemotes; ///< the remote endpoints with the most sockets, at most 5, most first

    int rangeSize() const { return rangeLow > 0 && rangeHigh >= rangeLow ? rangeHigh - rangeLow + 1 : 0; }
    bool rangeKnown() const { return rangeSize() > 0; }
    /// The larger of inRange and toTarget as a share of the range, 0..1; 0 when unknown.
    double usedShare() const;
};

/// Counts `rows`. `targetAddress`/`targetPort` (may be empty/0) select the sockets counted in toTarget;
/// addresses are compared numerically ("::ffff:203.0.113.2" is 203.0.113.2). Listeners count in
/// inRange (their port cannot be picked) but not in topRemotes.
LocalPortUsage summarizePortUsage(const std::vector<TcpSocketRow>& rows, int rangeLow, int rangeHigh,
                                  const std::string& targetAddress, uint16_t targetPort);

/// Parses the text of /proc/sys/net/ipv4/ip_local_port_range ("32768\t60999\n"). False when malformed.
bool parsePortRange(const std::string& text, int& low, int& high);

/// Reads this computer's TCP sockets and ephemeral range (blocking, a few ms; meant for a worker
/// thread). Never throws.
LocalPortUsage readLocalPortUsage(const std::string& targetAddress, uint16_t targetPort);

} // namespace tcpd::platform

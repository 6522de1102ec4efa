// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The OS-specific pieces the POSIX connect engine (TcpProbePosix.cpp) asks for. Linux answers them
// in core/platform/linux/, macOS in core/platform/macos/ (where the OS tells less, they say "unknown").

#include "platform/TcpProbe.h"

#include <string>
#include <sys/socket.h>

namespace tcpd::platform::detail {

/// Ask the kernel to queue ICMP errors on this socket (Linux IP_RECVERR / IPV6_RECVERR).
void enableIcmpErrors(int fd, bool ipv6);

/// Reads one queued ICMP error (MSG_ERRQUEUE) into `out`. False when the OS keeps none.
bool readIcmpError(int fd, bool ipv6, IcmpInfo& out);

/// Linux: the TcpExt TCPRetransFail counter of this network namespace; -1 where unknown.
long readRetransFailCounter();

/// Where packets to `dst` go next, from the routing table, and whether that next hop answers
/// neighbour discovery (ARP/NDP).
struct NextHop {
    bool known = false;      ///< the OS told us
    std::string address;     ///< gateway, or the destination itself when on-link
    bool onLink = false;     ///< no gateway: the destination is on the local network
    bool unresolved = false; ///< neighbour entry INCOMPLETE/FAILED: nobody answered ARP/NDP
};
NextHop lookupNextHop(const sockaddr* dst);

/// True if `address` (numeric) is one of this computer's own addresses.
bool isOwnAddress(const std::string& address);

} // namespace tcpd::platform::detail

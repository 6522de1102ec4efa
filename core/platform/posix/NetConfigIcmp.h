// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// ICMP echo without privileges, for the gateway probe on Linux and macOS: an ICMP datagram socket
// (socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP)). Linux allows it only to the groups in
// net.ipv4.ping_group_range (Debian's default "1 0" allows nobody); macOS allows it to everyone.

#include <atomic>
#include <string>

namespace tcpd::platform::detail {

struct EchoResult {
    bool available = false; ///< the socket could be opened
    std::string unavailableReason; ///< "ping_group_range" (Linux EACCES), "EPROTONOSUPPORT", ...
    bool answered = false;
    double rttMs = -1;
    int sent = 0;
    bool unreachable = false; ///< an ICMP error came back instead (e.g. our own failed ARP/NDP)
    std::string error; ///< "EHOSTUNREACH", "ICMP 3/1 from 198.51.100.1", ...
    bool cancelled = false;
};

/// Sends up to `count` echo requests to `address` (numeric; `interfaceIndex` scopes an IPv6
/// link-local address), spread over `budgetMs`, and returns at the first reply, an ICMP error, the
/// end of the budget, or within ~50 ms of *cancel.
EchoResult icmpEcho(const std::string& address, int interfaceIndex, int budgetMs, int count,
                    const std::atomic<bool>* cancel);

/// The Internet checksum (RFC 1071) of `len` bytes.
unsigned short internetChecksum(const void* data, std::size_t len);

} // namespace tcpd::platform::detail

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The pure decisions of the Windows firewall and trace backends, without windows.h, so they are
// unit-tested on every OS (FirewallWinDecodeTest.cpp) with the values Windows documents:
// INetFwRule's RemotePorts / RemoteAddresses strings, profile bits, actions, and the IP_STATUS
// codes of IcmpSendEcho2.

#include "platform/Firewall.h"
#include "platform/PathTrace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tcpd::platform::windecode {

enum class Match { No, Yes, Maybe };

/// INetFwRule::RemotePorts: "*", "80", "80,443", "8000-8100"; keywords (RPC, IPHTTPS...) -> Maybe.
Match portListMatches(const std::string& ports, uint16_t port);

/// INetFwRule::RemoteAddresses: "*", addresses, "a/len", "a/mask", "a-b" ranges (IPv4 and IPv6);
/// keywords (LocalSubnet, DNS, DefaultGateway, Internet...) -> Maybe when nothing else matches.
Match addressListMatches(const std::string& list, const std::string& address);

/// NET_FW_PROFILE2_* bits (1 domain, 2 private, 4 public) -> names.
std::vector<std::string> profileNames(long mask);

/// One INetFwRule, as read.
struct WinRule {
    std::string name;
    int direction = 0;  ///< NET_FW_RULE_DIR_IN 1, _OUT 2
    bool enabled = false;
    int action = -1;    ///< NET_FW_ACTION_BLOCK 0, _ALLOW 1
    int protocol = 256; ///< 6 TCP, 17 UDP, 256 any
    std::string remotePorts = "*";
    std::string remoteAddresses = "*";
    std::string localPorts = "*";
    long profiles = 0x7fffffff;
    std::string application; ///< empty: every program
    std::string service;     ///< empty: every service
};

/// Whether an enabled outbound rule decides a TCP connection to `query` in the current profiles.
/// No: it does not apply. Yes: every condition matches. Maybe: it names a program, a service, an
/// address keyword or a local port we cannot judge.
Match outboundRuleApplies(const WinRule& rule, long currentProfiles, const FirewallQuery& query);

/// An IcmpSendEcho2 reply status (IP_SUCCESS, IP_TTL_EXPIRED_TRANSIT, ...) -> what a trace hop is,
/// with the ICMP type/code it stands for (-1 where none).
struct HopDecode {
    HopKind kind = HopKind::Silent;
    int icmpType = -1;
    int icmpCode = -1;
};
HopDecode decodeIcmpStatus(unsigned long status);

/// Numeric IPv4 / IPv6 text -> 4 or 16 bytes. False when not numeric (no zones).
bool parseAddress(const std::string& text, std::vector<uint8_t>& out);

} // namespace tcpd::platform::windecode

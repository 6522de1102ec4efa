// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// This computer's own firewall, as far as the current user may see it. Plain C++17, no Qt.
//
//   FirewallQuery q{"203.0.113.2", 8080, false};
//   NativeFirewall fw = readNativeFirewall(q);
//   for (const FirewallSource& s : fw.sources) ...   // what each firewall says, or why we cannot tell
//   for (const FirewallProgram& p : fw.programs) ... // tools the caller runs (argument lists, no shell)
//
// Linux: ufw's and firewalld's state from their files, plus programs to run: `nft -j list ruleset`,
// `iptables-save`, `firewall-cmd --state` (reading rules needs root; the caller says so when they
// fail). Windows: Windows Defender Firewall through INetFwPolicy2 (profiles, default outbound
// action, the outbound rules that match the port). macOS: programs for the application firewall's
// state (socketfilterfw) and pf (`pfctl -s info`, root only).

#include <cstdint>
#include <string>
#include <vector>

namespace tcpd::platform {

/// The connection whose blocking we are looking for.
struct FirewallQuery {
    std::string address; ///< numeric
    uint16_t port = 0;
    bool ipv6 = false;
};

/// One source of facts about this computer's firewall.
struct FirewallSource {
    std::string id;        ///< "ufw", "firewalld", "nftables", "iptables", "windows-firewall", "alf", "pf"
    std::string state;     ///< "active", "inactive", "unknown"
    std::string status;    ///< "ok", "needs_admin", "not_installed", "error", "not_supported"
    std::string detail;    ///< the OS's own words, one line
    std::string adminHint; ///< what an administrator can run to look ("sudo nft list ruleset")
};

/// A firewall profile (Windows: domain, private, public).
struct FirewallProfile {
    std::string name;
    bool current = false;
    int enabled = -1;            ///< 1 on, 0 off, -1 unknown
    std::string defaultOutbound; ///< "allow", "block", "" unknown
};

/// A rule of this computer's firewall that may decide the connection (outbound).
struct FirewallRule {
    std::string source;  ///< "windows-firewall", ...
    std::string name;    ///< the rule's name or text
    std::string action;  ///< "block", "allow"
    bool certain = true; ///< every condition of the rule was understood and matches
    std::string where;   ///< table/chain/profile, how to find it again
};

/// A program the caller runs (through an argument list, never a shell) and reads.
struct FirewallProgram {
    std::string id;                ///< what it reads: "nftables", "iptables", "firewalld", "alf", "alf-blockall", "pf"
    std::vector<std::string> argv; ///< argv[0] is an absolute path that exists
};

struct NativeFirewall {
    std::string os;          ///< "linux", "windows", "macos", "other"
    bool privileged = false; ///< running as root / an elevated administrator
    std::vector<FirewallSource> sources;
    std::vector<FirewallProfile> profiles;
    std::vector<FirewallRule> rules; ///< outbound rules that may match the query
    int rulesSeen = -1;              ///< how many rules could be read, -1 when none could
    std::vector<FirewallProgram> programs;
};

/// What this OS tells about its own firewall without running programs, and which programs to run.
/// Quick (file reads, one COM call); never throws.
NativeFirewall readNativeFirewall(const FirewallQuery& query);

/// The first existing executable among `candidates` (absolute paths), or "".
std::string findProgram(const std::vector<std::string>& candidates);

} // namespace tcpd::platform

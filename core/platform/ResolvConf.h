// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <string>
#include <vector>

namespace tcpd::platform {

/// What a resolv.conf file says (resolv.conf(5)), read leniently the way the C library reads it:
/// `#` and `;` start comments, a keyword starts the line, unknown keywords and bad values are
/// skipped (and counted). `search` and `domain` replace each other: the last such line wins.
///
///     const ResolvConf conf = parseResolvConf(text);
///     conf.nameservers   // {"192.0.2.53", "2001:db8::53"}
struct ResolvConf {
    std::vector<std::string> nameservers; ///< numeric, in file order (the C library uses the first 3)
    std::vector<std::string> search; ///< search domains
    int ndots = 1; ///< options ndots:N (names with fewer dots get the search domains first)
    int timeoutS = 5; ///< options timeout:N: seconds the C library waits for one server
    int attempts = 2; ///< options attempts:N: rounds over all servers
    bool rotate = false;
    std::vector<std::string> options; ///< every option word as written
    int skippedLines = 0;
};

ResolvConf parseResolvConf(const std::string& text);

/// The first servers the C library actually uses (MAXNS).
constexpr std::size_t kResolverMaxServers = 3;

/// One DNS server this computer is set up to ask.
struct DnsServerEntry {
    std::string address; ///< numeric; an IPv6 link-local server may carry a %zone
    std::string role; ///< "configured" (what programs ask), or "upstream" (what a local stub forwards to)
    unsigned short port = 53;
};

/// Where programs on this computer send their DNS questions, and where that came from.
struct DnsServerConfig {
    std::vector<DnsServerEntry> servers; ///< configured ones first, then any upstream ones
    std::vector<std::string> search;
    int ndots = 1;
    int timeoutS = 5;
    int attempts = 2;
    std::string source; ///< "/etc/resolv.conf", "GetAdaptersAddresses", ...
    bool readOk = false; ///< the source could be read (an empty server list is still a fact)
    std::string error; ///< why it could not be read
    std::string stub; ///< the local stub resolver programs ask ("127.0.0.53" for systemd-resolved), or ""
    std::string upstreamSource; ///< where the stub's upstream servers came from, or ""
    std::string upstreamError; ///< why the upstream list could not be read
    std::vector<std::string> ignoredServers; ///< listed beyond the 3 the C library uses
};

/// True for the stub addresses of systemd-resolved (127.0.0.53, 127.0.0.54).
bool isResolvedStub(const std::string& address);

/// The system's DNS configuration. Linux/macOS: /etc/resolv.conf, and when it points at
/// systemd-resolved's stub, /run/systemd/resolve/resolv.conf for the servers the stub asks.
/// Windows: the DNS server lists of the adapters that are up (GetAdaptersAddresses).
/// macOS note: resolv.conf there is generated and holds only the primary resolver; scoped
/// resolvers (VPN split DNS, /etc/resolver/*) need SystemConfiguration, which is not read yet.
DnsServerConfig systemDnsServers();

/// The POSIX logic with explicit paths (the unit tests use it with files of their own).
DnsServerConfig dnsServersFromFiles(const std::string& resolvConfPath, const std::string& resolvedUpstreamPath);

} // namespace tcpd::platform

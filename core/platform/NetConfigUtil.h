// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// Pure helpers of the network configuration probes (NetConfig.h), shared by every OS and unit-tested
// without a network: the JSON spellings of the enums, prefix arithmetic and the
// longest-prefix route match.

#include "platform/NetConfig.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace tcpd::platform {

/// "wired", "wifi", "cellular", "tunnel", "virtual", "loopback", "unknown"
const char* kindName(InterfaceKind k);
/// "manual", "dhcp", "router_advertisement", "automatic", "link_local", "loopback", "unknown"
const char* originName(AddressOrigin o);
/// "reachable", "stale", "incomplete", "failed", "none", "unknown", ...
const char* neighbourName(Neighbour n);
/// "unicast", "local", "blackhole", "unreachable", "prohibit", "other"
const char* routeTypeName(RouteType t);
/// "ok", "local", "no_route", "unreachable", "blackhole", "prohibited", "error"
const char* routeStatusName(RouteLookup::Status s);
/// "none", "icmp", "tcp"
const char* probeMethodName(GatewayProbe::Method m);

/// Parses a numeric IPv4/IPv6 address (a %zone is ignored) into 16 bytes (IPv4: 4 used).
bool parseAddress(const std::string& text, unsigned char out[16], bool& ipv6);

/// "fe80::1%eth0" -> "fe80::1"
std::string stripZone(const std::string& address);

/// True if `address` lies in prefix/length (same family only). A bad address or prefix is false.
bool inPrefix(const std::string& address, const std::string& prefix, int length);

bool isLoopbackAddress(const std::string& address); ///< 127.0.0.0/8, ::1, ::ffff:127.x
bool isLinkLocalAddress(const std::string& address); ///< 169.254.0.0/16, fe80::/10
bool isUnspecifiedAddress(const std::string& address); ///< 0.0.0.0, ::

/// The route the kernel's longest-prefix match would pick for `destination` among `routes`
/// (longest prefix, then lowest metric); only unicast, local and reject routes count. nullptr if
/// none covers it. `interfaceIndex` > 0 keeps only routes through that interface.
const Route* bestRoute(const std::vector<Route>& routes, const std::string& destination, int interfaceIndex = 0);

/// An address with this origin/flags can carry traffic beyond the local link (not link-local,
/// loopback, tentative or a duplicate).
bool isUsableAddress(const IfAddress& a);

/// The address of `itf` on the same subnet as `address`, or nullptr.
const IfAddress* addressCovering(const NetInterface& itf, const std::string& address);

// The gateway probe's common half, written once for every OS (each OS has its own ping and its own
// neighbour table).

/// ARP/NDP has not decided yet (none, incomplete, delay, probe).
bool neighbourResolving(Neighbour n);

/// The TCP fallback when this user may not ping: connects to ports 80, 443 and 53 of `target` (with its
/// zone for a link-local IPv6 address); an RST proves the gateway alive as much as a SYN-ACK. Fills
/// method, tries, answered, rttMs, answer, tcpPort, error and cancelled of `g`.
void probeGatewayByTcp(GatewayProbe& g, const std::string& target, int budgetMs, const std::atomic<bool>* cancel);

/// Re-reads the neighbour state (`read`) every 50 ms while it is still resolving, nothing answered,
/// `elapsedMs()` is below `budgetMs` and *cancel is not set; stores it in g.neighbourAfter.
void awaitNeighbour(GatewayProbe& g, const std::function<Neighbour()>& read, const std::function<double()>& elapsedMs,
                    int budgetMs, const std::atomic<bool>* cancel);

} // namespace tcpd::platform

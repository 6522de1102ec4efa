// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// `nft -j list ruleset` output recorded with nftables 1.0.6 (Debian 12) in a throw-away network
// namespace: `nft -f RULES` with the rules shown above each sample, then `nft -j list ruleset`.
// Kept byte for byte as nft printed it (one line).

namespace samples {

// An empty ruleset (a fresh namespace).
inline constexpr char kNftEmpty[] = R"json({"nftables": [{"metainfo": {"version": "1.0.6", "release_name": "Lester Gooch #5", "json_schema_version": 1}}]})json";

// The lab's local-output-drop rule:
//   table inet tdl_fault {
//       chain output {
//           type filter hook output priority 0; policy accept;
//           tcp dport 8080 drop
//       }
//   }
inline constexpr char kNftOutputDrop[] = R"json({"nftables": [{"metainfo": {"version": "1.0.6", "release_name": "Lester Gooch #5", "json_schema_version": 1}}, {"table": {"family": "inet", "name": "tdl_fault", "handle": 1}}, {"chain": {"family": "inet", "table": "tdl_fault", "name": "output", "handle": 1, "type": "filter", "hook": "output", "prio": 0, "policy": "accept"}}, {"rule": {"family": "inet", "table": "tdl_fault", "chain": "output", "handle": 2, "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": 8080}}, {"drop": null}]}}]})json";

// A fuller ruleset: sets, ranges, prefixes, ct state, a jump, a user match, another family, nat.
//   table inet filter {
//       set blocked_ports {
//           type inet_service; flags interval
//           elements = { 25, 465, 8000-8100 }
//       }
//       chain input {
//           type filter hook input priority 0; policy drop;
//           ct state established,related accept
//           iif lo accept
//           tcp dport 22 accept
//       }
//       chain output {
//           type filter hook output priority filter; policy accept;
//           ct state established,related accept
//           oifname "lo" accept
//           ip daddr 192.0.2.0/24 tcp dport { 80, 443 } counter reject with icmp type admin-prohibited
//           tcp dport @blocked_ports counter drop
//           meta l4proto tcp tcp dport 3389 jump audit
//           ip6 daddr 2001:db8::/32 tcp dport 5432 reject with tcp reset
//           tcp dport != 53 meta skuid 1000 log prefix "out " drop
//           tcp dport 9000-9100 ip daddr { 203.0.113.2, 203.0.113.9 } reject
//           udp dport 53 accept
//       }
//       chain audit {
//           log prefix "rdp "
//           drop
//       }
//   }
//   table ip nat {
//       chain postrouting {
//           type nat hook postrouting priority srcnat; policy accept;
//           masquerade
//       }
//   }
//   table ip6 t6 {
//       chain out {
//           type filter hook output priority 10; policy drop;
//           tcp dport 22 accept
//       }
//   }
inline constexpr char kNftMixed[] = R"json({"nftables": [{"metainfo": {"version": "1.0.6", "release_name": "Lester Gooch #5", "json_schema_version": 1}}, {"table": {"family": "inet", "name": "filter", "handle": 2}}, {"set": {"family": "inet", "name": "blocked_ports", "table": "filter", "type": "inet_service", "handle": 4, "flags": ["interval"], "elem": [25, 465, {"range": [8000, 8100]}]}}, {"chain": {"family": "inet", "table": "filter", "name": "input", "handle": 1, "type": "filter", "hook": "input", "prio": 0, "policy": "drop"}}, {"chain": {"family": "inet", "table": "filter", "name": "output", "handle": 2, "type": "filter", "hook": "output", "prio": 0, "policy": "accept"}}, {"chain": {"family": "inet", "table": "filter", "name": "audit", "handle": 3}}, {"rule": {"family": "inet", "table": "filter", "chain": "input", "handle": 5, "expr": [{"match": {"op": "in", "left": {"ct": {"key": "state"}}, "right": ["established", "related"]}}, {"accept": null}]}}, {"rule": {"family": "inet", "table": "filter", "chain": "input", "handle": 6, "expr": [{"match": {"op": "==", "left": {"meta": {"key": "iif"}}, "right": "lo"}}, {"accept": null}]}}, {"rule": {"family": "inet", "table": "filter", "chain": "input", "handle": 7, "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": 22}}, {"accept": null}]}}, {"rule": {"family": "inet", "table": "filter", "chain": "output", "handle": 8, "expr": [{"match": {"op": "in", "left": {"ct": {"key": "state"}}, "right": ["established", "related"]}}, {"accept": null}]}}, {"rule": {"family": "inet", "table": "filter", "chain": "output", "handle": 9, "expr": [{"match": {"op": "==", "left": {"meta": {"key": "oifname"}}, "right": "lo"}}, {"accept": null}]}}, {"rule": {"family": "inet", "table": "filter", "chain": "output", "handle": 11, "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "ip", "field": "daddr"}}, "right": {"prefix": {"addr": "192.0.2.0", "len": 24}}}}, {"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": {"set": [80, 443]}}}, {"counter": {"packets": 0, "bytes": 0}}, {"reject": {"type": "icmp", "expr": "admin-prohibited"}}]}}, {"rule": {"family": "inet", "table": "filter", "chain": "output", "handle": 12, "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": "@blocked_ports"}}, {"counter": {"packets": 0, "bytes": 0}}, {"drop": null}]}}, {"rule": {"family": "inet", "table": "filter", "chain": "output", "handle": 13, "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": 3389}}, {"jump": {"target": "audit"}}]}}, {"rule": {"family": "inet", "table": "filter", "chain": "output", "handle": 14, "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "ip6", "field": "daddr"}}, "right": {"prefix": {"addr": "2001:db8::", "len": 32}}}}, {"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": 5432}}, {"reject": {"type": "tcp reset"}}]}}, {"rule": {"family": "inet", "table": "filter", "chain": "output", "handle": 15, "expr": [{"match": {"op": "!=", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": 53}}, {"match": {"op": "==", "left": {"meta": {"key": "skuid"}}, "right": 1000}}, {"log": {"prefix": "out "}}, {"drop": null}]}}, {"rule": {"family": "inet", "table": "filter", "chain": "output", "handle": 17, "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": {"range": [9000, 9100]}}}, {"match": {"op": "==", "left": {"payload": {"protocol": "ip", "field": "daddr"}}, "right": {"set": ["203.0.113.2", "203.0.113.9"]}}}, {"reject": {"type": "icmp", "expr": "port-unreachable"}}]}}, {"rule": {"family": "inet", "table": "filter", "chain": "output", "handle": 18, "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "udp", "field": "dport"}}, "right": 53}}, {"accept": null}]}}, {"rule": {"family": "inet", "table": "filter", "chain": "audit", "handle": 19, "expr": [{"log": {"prefix": "rdp "}}]}}, {"rule": {"family": "inet", "table": "filter", "chain": "audit", "handle": 20, "expr": [{"drop": null}]}}, {"table": {"family": "ip", "name": "nat", "handle": 3}}, {"chain": {"family": "ip", "table": "nat", "name": "postrouting", "handle": 1, "type": "nat", "hook": "postrouting", "prio": 100, "policy": "accept"}}, {"rule": {"family": "ip", "table": "nat", "chain": "postrouting", "handle": 2, "expr": [{"masquerade": null}]}}, {"table": {"family": "ip6", "name": "t6", "handle": 4}}, {"chain": {"family": "ip6", "table": "t6", "name": "out", "handle": 1, "type": "filter", "hook": "output", "prio": 10, "policy": "drop"}}, {"rule": {"family": "ip6", "table": "t6", "chain": "out", "handle": 2, "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": 22}}, {"accept": null}]}}]})json";

} // namespace samples

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# The server's own firewall rejects the port with ICMP "port unreachable" (nftables' and iptables'
# usual REJECT): port.rejected, and the texts name what came back — a port unreachable from the server
# itself, never "administratively prohibited", never a router.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the server rejects port 8080 with ICMP port unreachable (its own firewall)"
LAB_EXPECT=port.rejected

scenario_setup() {
    lab_up
    lab_listen 22 open
    lab_nft server 'table inet tdl_fault {
        chain input {
            type filter hook input priority 0; policy accept;
            meta nfproto ipv4 tcp dport 8080 reject with icmp type port-unreachable
            meta nfproto ipv6 tcp dport 8080 reject with icmpv6 type port-unreachable
        }
    }'
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code port.rejected
    expect_layer network
    expect_attempt .outcome '"rejected"'
    expect_attempt .icmp '{"type": 3, "code": 3, "from": "203.0.113.2"}'
    expect_jq '.verdict.title | test("203.0.113.2 turned the connection to port 8080 away")' "the title names the server"
    expect_jq '.verdict.explanation | test("port unreachable \\(ICMP type 3, code 3\\)")' "the explanation names the ICMP message that came back"
    expect_jq '[.verdict.explanation, .verdict.title, .verdict.next_steps[]] | all(test("administratively|[Rr]outer") | not)' \
        "nothing about a prohibition or a router"
    expect_jq '.steps[] | select(.id == "port") | .findings[0].title | test("port 8080 is closed")' "the port step says what the server answered"
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: DNS server silent (udp and tcp 53 dropped) -> dns.timeout, within the DNS time budget
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the lab's DNS server runs, but the server's firewall drops udp and tcp port 53"
LAB_EXPECT=dns.timeout

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_dnsmasq --local=/example/ --address=/app.lab.example/"$LAB_S4"
    lab_nft server 'table inet tdl_fault {
        chain input {
            type filter hook input priority 0; policy accept;
            udp dport 53 drop
            tcp dport 53 drop
        }
    }'
    LAB_TARGET=app.lab.example:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code dns.timeout
    expect_layer dns
    expect_jq "$LAB_DNS | .data.status == \"timeout\"" "data.status is timeout"
    expect_jq "$LAB_DNS | .data.servers[0] | .server == \"$LAB_S4\" and .status == \"timeout\"" \
        "the lab's DNS server is reported silent"
    expect_jq "$LAB_DNS | .data.servers[0].elapsed_ms <= 2100" "found out in about 2 s"
    expect_jq ".verdict.explanation | contains(\"$LAB_S4\")" "the explanation names the server that was asked"
    expect_dns_within_budget
    # The system resolver alone would wait 5 s x 2 attempts; the DNS step's budget is 3 s.
    expect_faster_than 4000
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: one of two DNS servers silent -> still resolves (ok.reachable), a warning, within the budget
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_SILENT=203.0.113.3
LAB_ABOUT="two DNS servers: $LAB_SILENT (first, silent: port 53 dropped) and 203.0.113.2 (answers)"
LAB_EXPECT=ok.reachable

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_server_exec ip addr add "$LAB_SILENT/24" dev "$LAB_S_IF"
    lab_dnsmasq --local=/example/ --address=/app.lab.example/"$LAB_S4"
    lab_nft server "table inet tdl_fault {
        chain input {
            type filter hook input priority 0; policy accept;
            ip daddr $LAB_SILENT udp dport 53 drop
            ip daddr $LAB_SILENT tcp dport 53 drop
        }
    }"
    lab_resolv "nameserver $LAB_SILENT
nameserver $LAB_S4"
    LAB_TARGET=app.lab.example:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 0
    expect_code ok.reachable
    expect_layer none
    expect_attempt .address "\"$LAB_S4\""
    expect_jq "$LAB_DNS | .status == \"warn\" and .data.status == \"ok\"" "the DNS step resolved the name, with a warning"
    expect_jq "$LAB_DNS | [.findings[] | select(.code == \"dns.timeout\" and .severity == \"warning\")] | length == 1" \
        "the warning: a DNS server does not answer (lookups are slower)"
    expect_jq "$LAB_DNS | .findings[] | select(.code == \"dns.timeout\") | .detail | contains(\"$LAB_SILENT\")" \
        "the warning names the silent server"
    expect_jq "$LAB_DNS | .data.servers | map({server, status}) == [{\"server\": \"$LAB_SILENT\", \"status\": \"timeout\"}, {\"server\": \"$LAB_S4\", \"status\": \"ok\"}]" \
        "each server's answer, in resolv.conf order"
    expect_dns_within_budget
    expect_faster_than 5000
}

lab_run "$@"

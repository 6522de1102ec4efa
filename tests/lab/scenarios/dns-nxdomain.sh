#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: DNS NXDOMAIN -> dns.nxdomain (with a typo hint from the search domain)
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the lab's DNS server knows app.lab.example; app.lb.example (a typo) does not exist"
LAB_EXPECT=dns.nxdomain

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_dnsmasq --local=/example/ --address=/app.lab.example/"$LAB_S4"
    lab_resolv "nameserver $LAB_S4
search lab.example"
    LAB_TARGET=app.lb.example:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code dns.nxdomain
    expect_layer dns
    expect_jq "$LAB_DNS | .status == \"fail\" and .data.status == \"nxdomain\"" "the DNS step failed: nxdomain"
    expect_jq "$LAB_DNS | .data.servers[0] | .server == \"$LAB_S4\" and .status == \"nxdomain\"" \
        "the lab's DNS server itself answered NXDOMAIN"
    expect_jq ".verdict.evidence | index(\"Your computer asked the DNS server $LAB_S4 for app.lb.example; it answered that the name does not exist.\") != null" \
        "the evidence says it in plain words"
    expect_jq ".verdict.next_steps[0] == \"Did you mean app.lab.example?\"" "the typo hint comes from the search domain"
    expect_jq '.steps[] | select(.id == "port") | .status == "skipped" and .data.reason == "no_address"' \
        "no SYN was sent"
    expect_dns_within_budget
    expect_faster_than 3500
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: resolv.conf empty -> dns.no_resolver
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the client's resolv.conf lists no DNS server (a DNS server runs in the lab, unused)"
LAB_EXPECT=dns.no_resolver

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_dnsmasq --local=/example/ --address=/app.lab.example/"$LAB_S4"
    lab_resolv "# no nameserver here"
    LAB_TARGET=app.lab.example:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code dns.no_resolver
    expect_layer dns
    expect_jq "$LAB_DNS | .data.status == \"no_resolver\" and .data.config.servers == [] and .data.config.read == true" \
        "resolv.conf was read and lists no server"
    expect_jq "$LAB_DNS | .data.servers_skipped == \"no_servers\"" "no DNS server was asked"
    expect_jq ".verdict.evidence | map(select(contains(\"/etc/resolv.conf\"))) | length >= 1" "the evidence names resolv.conf"
    expect_dns_within_budget
    expect_faster_than 3500
}

lab_run "$@"

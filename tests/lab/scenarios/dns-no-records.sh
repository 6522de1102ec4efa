#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: name without A/AAAA -> dns.no_records (and: only IPv6 records, client without IPv6)
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="mail.lab.example has only a TXT record; v6only.lab.example only an AAAA record"
LAB_EXPECT=dns.no_records

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_dnsmasq --local=/example/ --txt-record=mail.lab.example,"v=spf1 -all" \
        --host-record=v6only.lab.example,"$LAB_S6"
    LAB_TARGET=mail.lab.example:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code dns.no_records
    expect_layer dns
    expect_jq "$LAB_DNS | .data.servers[0] | .status == \"no_records\" and .a.status == \"no_data\" and .aaaa.status == \"no_data\"" \
        "the server says the name exists, without A or AAAA"
    expect_jq ".verdict.evidence | map(select(contains(\"exists but has no address\"))) | length >= 1" "said in plain words"
    expect_dns_within_budget

    # The same server has v6only.lab.example at $LAB_S6; with IPv6 working it is reachable...
    lab_diagnose v6only.lab.example:8080
    expect_code ok.reachable
    # ...but not from a client without IPv6.
    lab_client_exec sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.eth0.disable_ipv6=1
    lab_check bash -c "! ip netns exec $LAB_C ip -6 addr show dev eth0 | grep -q 2001:db8" "the client has no IPv6 address now"
    lab_diagnose v6only.lab.example:8080
    expect_exit 1
    expect_code dns.no_records
    expect_layer dns
    expect_jq "$LAB_DNS | .data.ipv6_only == true and .data.ipv6_route == false" "only IPv6 records, and no IPv6 route"
    expect_jq ".verdict.explanation | contains(\"no IPv6 route\")" "the explanation says why"
    expect_dns_within_budget
}

lab_run "$@"

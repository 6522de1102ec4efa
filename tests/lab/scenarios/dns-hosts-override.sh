#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: hosts file maps the name to a dead address -> dns.hosts_override
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_DEAD=203.0.113.99
LAB_ABOUT="the client's hosts file pins app.lab.example to $LAB_DEAD (nobody); DNS says 203.0.113.2 (listening)"
LAB_EXPECT=dns.hosts_override

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_dnsmasq --local=/example/ --address=/app.lab.example/"$LAB_S4"
    lab_hosts $'127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n'"$LAB_DEAD"$'\tapp.lab.example\t# the old server'
    LAB_TARGET=app.lab.example:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code dns.hosts_override
    expect_layer dns
    expect_attempt .address "\"$LAB_DEAD\""
    expect_jq "$LAB_DNS | .data.addresses_from == \"hosts_file\" and .data.hosts_override == true" \
        "the address came from the hosts file, and DNS says otherwise"
    expect_jq "$LAB_DNS | .data.hosts_file.entries == [{\"address\": \"$LAB_DEAD\", \"line\": 3, \"names\": [\"app.lab.example\"]}]" \
        "the hosts entry, with its line"
    expect_jq ".verdict.evidence | map(select(contains(\"Line 3 of the hosts file /etc/hosts maps app.lab.example to $LAB_DEAD\"))) | length == 1" \
        "the evidence shows the hosts entry"
    expect_jq ".verdict.evidence | map(select(contains(\"it answered with $LAB_S4\"))) | length == 1" \
        "and what DNS says"
    expect_dns_within_budget
}

lab_run "$@"

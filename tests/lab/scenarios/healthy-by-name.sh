#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: healthy, by name: DNS answers, the listener answers -> ok.reachable (and the DNS evidence)
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="app.lab.example has A and AAAA records at the lab's DNS server and a listener on 8080"
LAB_EXPECT=ok.reachable

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_dnsmasq --local=/example/ \
        --host-record=app.lab.example,"$LAB_S4","$LAB_S6" \
        --ptr-record=2.113.0.203.in-addr.arpa,app.lab.example \
        --ptr-record=2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.2.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa,app.lab.example
    LAB_TARGET=app.lab.example:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 0
    expect_code ok.reachable
    expect_layer none
    expect_jq "$LAB_DNS | .status == \"pass\"" "the DNS step passed"
    expect_jq "$LAB_DNS | .data.status == \"ok\" and .data.addresses_from == \"system_resolver\"" \
        "data.status ok, the addresses from the system resolver"
    expect_jq "$LAB_DNS | .data.addresses | index(\"$LAB_S4\") != null and index(\"$LAB_S6\") != null" \
        "both addresses are handed to the port test"
    expect_jq "[.steps[] | select(.id == \"port\") | .data.attempts[] | .outcome] == [\"open\", \"open\"]" \
        "both addresses were tried and answered"
    expect_jq "$LAB_DNS | .data.servers[0] | .server == \"$LAB_S4\" and .status == \"ok\" and .a.records[0].ttl >= 0" \
        "the lab's DNS server answered directly, with a TTL"
    expect_jq "$LAB_DNS as \$d | \$d.data.reverse | .address == \$d.data.addresses[0] and .names == [\"app.lab.example\"]" \
        "the reverse lookup of the address tried first names app.lab.example"
    expect_dns_within_budget

    # The helpdesk's "the server is 203.0.113.2": DNS agrees.
    lab_diagnose "$LAB_TARGET" --expect "$LAB_S4"
    expect_code ok.reachable
    expect_jq "$LAB_DNS | .data.expected.matched == true" "--expect: DNS leads to the expected address"

    # An IP address needs no lookup: skipped as "not needed", but the reverse lookup is done.
    lab_diagnose "$LAB_S4:8080"
    expect_code ok.reachable
    expect_jq "$LAB_DNS | .status == \"skipped\" and .data.reason == \"not_needed\"" "the DNS step is skipped: not needed"
    expect_jq "$LAB_DNS | .data.reverse.names == [\"app.lab.example\"]" "the reverse name of $LAB_S4 is app.lab.example"
    expect_attempt .address "\"$LAB_S4\""
}

lab_run "$@"

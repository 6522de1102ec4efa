#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: DNS SERVFAIL -> dns.servfail; every server REFUSED -> dns.refused
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the lab's DNS server forwards broken.lab.example to a broken upstream: it answers SERVFAIL"
LAB_EXPECT=dns.servfail

scenario_setup() {
    lab_up
    lab_listen 8080 open
    # broken.lab.example is forwarded to an upstream that answers SERVFAIL to everything; the lab's
    # server passes that on, like a resolver whose upstream (or the name's own servers) is broken.
    lab_dns_servfail 5399
    # closed.lab.example goes to an upstream that refuses (a second dnsmasq that knows nothing).
    lab_dnsmasq --port=5398 --local=/other.example/
    lab_dnsmasq --local=/example/ --server=/broken.lab.example/"$LAB_S4"#5399 --server=/closed.lab.example/"$LAB_S4"#5398
    LAB_TARGET=broken.lab.example:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code dns.servfail
    expect_layer dns
    expect_jq "$LAB_DNS | .data.status == \"servfail\"" "data.status is servfail"
    expect_jq "$LAB_DNS | .data.servers[0] | .server == \"$LAB_S4\" and .status == \"servfail\" and .a.status == \"servfail\"" \
        "the lab's DNS server answered SERVFAIL"
    expect_jq ".verdict.evidence | map(select(contains(\"SERVFAIL\"))) | length >= 1" "the evidence names SERVFAIL"
    expect_dns_within_budget
    expect_faster_than 4000

    # Every server answering REFUSED is its own verdict: the server will not serve this computer.
    lab_diagnose closed.lab.example:8080
    expect_exit 1
    expect_code dns.refused
    expect_layer dns
    expect_jq "$LAB_DNS | .data.status == \"refused\"" "data.status is refused"
    expect_jq "$LAB_DNS | .data.servers[0].status == \"refused\"" "the lab's DNS server answered REFUSED"
    expect_jq "$LAB_DNS | .findings[0].code == \"dns.refused\" and .findings[0].title == \"The DNS server refused to answer\"" \
        "the finding says refused"
    expect_jq '.verdict.evidence | map(select(contains("REFUSED"))) | length >= 1' "the evidence names REFUSED"
    expect_dns_within_budget
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# A helpdesk call on a small network: the target is on the client's own subnet, its name comes from
# the hosts file, the DNS server is silent, there is no default gateway, and the port is dropped. The
# verdict and every report must say only what was seen: no router drawn (there is none), the DNS
# server not called working (it never answered), no default gateway named, no "not even the first
# router answered", no "check that the server is switched on" while it answers on other ports.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

APP_ADDR=198.51.100.2
DNS_ADDR=198.51.100.53
LAB_ABOUT="app.corp.test ($APP_ADDR, on the client's subnet, from the hosts file) drops port 3389; DNS $DNS_ADDR is silent; no gateway"
LAB_EXPECT=port.filtered

# expect_that CMD... WHAT: a check of tcpdoctor's output (a failure is tcpdoctor's, not the lab's).
expect_that() {
    local what=${*: -1}
    local cmd=("${@:1:$#-1}")
    if "${cmd[@]}"; then lab__pass "$what"; else lab__fail "$what"; fi
}

scenario_setup() {
    lab_up --no-v6
    # The application server and the DNS server sit on the client's own network (the router namespace
    # plays both); the DNS server drops every question, the server drops port 3389 only.
    ip -n "$LAB_R" addr add "$APP_ADDR/24" dev "$LAB_RC_IF"
    ip -n "$LAB_R" addr add "$DNS_ADDR/24" dev "$LAB_RC_IF"
    lab_listen 22 open "$APP_ADDR" --ns router
    lab_nft router "table inet tdl_fault {
        chain input {
            type filter hook input priority 0; policy accept;
            ip daddr $APP_ADDR tcp dport 3389 drop
            ip daddr $DNS_ADDR udp dport 53 drop
            ip daddr $DNS_ADDR tcp dport 53 drop
        }
    }"
    ip -n "$LAB_C" route del default
    lab_resolv "nameserver $DNS_ADDR"
    lab_hosts $'127.0.0.1\tlocalhost\n'"$APP_ADDR"$'\tapp.corp.test'
    LAB_TARGET=app.corp.test:3389
}

scenario_check() {
    lab_diagnose "$LAB_TARGET" --report "$LAB_TMP/home/ticket.html"
    expect_exit 1
    expect_code port.filtered
    expect_layer network
    expect_jq "$LAB_DNS | .data.addresses_from == \"hosts_file\"" "the address came from the hosts file"
    expect_jq '[.steps[] | select(.id == "ip") | .data.gateways[]] | length == 0' "no default gateway is configured"
    expect_jq '[.verdict.explanation, .verdict.next_steps[], .verdict.evidence[]] | all(test("first router") | not)' \
        "nothing about a first router (there is none on the way)"
    expect_jq '[.verdict.next_steps[]] | all(test("switched on") | not)' \
        "no 'check that the server is switched on' (it answers on port 22)"
    expect_jq '.verdict.explanation | test("local network")' "the explanation says the server is on the local network"

    # The reports: HTML (the same text and diagrams as the PDF) and plain text.
    local html=$LAB_TMP/home/ticket.html
    expect_that test -s "$html" "the HTML report was written"
    expect_that bash -c "! grep -q '>Router<' '$html'" "the HTML path diagram draws no router"
    expect_that bash -c "! grep -Eq 'Default gateway[^<]*$APP_ADDR' '$html'" "the HTML names no default gateway"
    expect_that bash -c "! grep -q 'DNS server (${DNS_ADDR}): works' '$html'" "the HTML does not call the DNS server working"
    expect_that bash -c "grep -q 'DNS server (${DNS_ADDR}' '$html'" "the HTML shows the DNS server"
    expect_that bash -c "grep -q 'Local network' '$html'" "the HTML path shows the local network"
    lab_diagnose "$LAB_TARGET" --report "$LAB_TMP/home/ticket.txt"
    expect_that bash -c "! grep -q 'Not even the first router' '$LAB_TMP/home/ticket.txt'" "the text report says nothing of a first router"
}

lab_run "$@"

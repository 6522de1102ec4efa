#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: router firewall drops the port -> port.filtered
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="a listener on 8080, but the router's forward chain drops the port"
LAB_EXPECT=port.filtered

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_nft router 'table inet tdl_fault {
        chain forward {
            type filter hook forward priority 0; policy accept;
            tcp dport 8080 drop
        }
    }'
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code port.filtered
    expect_layer network
    expect_attempt .outcome '"filtered"'
    expect_faster_than 5000
    # LAB.md: path evidence naming the last hop that answered (the firewall step's TCP trace).
    local fw=$LAB_FIREWALL
    expect_jq "$fw.trace.ran == true and $fw.trace.method == \"tcp-syn\"" 'the TCP path trace ran (unprivileged)'
    expect_jq "$fw.trace.hops[0] | .ttl == 1 and .address == \"$LAB_RC4\" and .kind == \"time_exceeded\" and .icmp.type == 11" \
        'hop 1 is the router, which answered time-exceeded'
    expect_jq "$fw.trace.last_answering_hop == {\"ttl\": 1, \"address\": \"$LAB_RC4\"}" 'the last hop that answered is the router'
    expect_jq "$fw.trace.reached_target == false and $fw.trace.stop == \"silence\"" 'beyond the router: silence'
    expect_jq "[$fw.trace.hops[] | select(.ttl > 1) | .kind] | length >= 1 and all(. == \"silent\")" 'no hop after the router answered'
    expect_jq '.verdict.evidence | any(contains("reached router 198.51.100.254 (hop 1) and went no further"))' \
        'the verdict names the last hop that answered'
    expect_jq "[$fw.controls[] | select(.kind == \"other_port\" and .address == \"$LAB_S4\")] | length == 3" \
        'controls: 22, 80, 443 on the same server, nothing else'
    expect_jq "$fw.conclusion.code != \"local_firewall\" and $fw.conclusion.code != \"server_firewall\"" \
        'no claim of a local block, nor a certain server block'
}

lab_run "$@"

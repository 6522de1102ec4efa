#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: router rejects with ICMP admin-prohibited -> port.rejected, icmp.from = the router
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="a listener on 8080, but the router rejects the port with ICMP administratively prohibited"
LAB_EXPECT=port.rejected

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_nft router 'table ip tdl_fault {
        chain forward {
            type filter hook forward priority 0; policy accept;
            tcp dport 8080 reject with icmp type admin-prohibited
        }
    }'
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code port.rejected
    expect_layer network
    expect_attempt .outcome '"rejected"'
    # ICMP destination unreachable (3), communication administratively prohibited (13), sent by
    # the router from its client-side address.
    expect_attempt .icmp.from '"198.51.100.254"'
    expect_attempt .icmp.type 3
    expect_attempt .icmp.code 13
    # The firewall step names the router on the path: time-exceeded from it at hop 1, the reject
    # when the SYN gets one hop further.
    local fw=$LAB_FIREWALL
    expect_jq "$fw.trace.stop == \"unreachable\" and $fw.trace.reached_target == false" 'the trace stopped at the rejecting hop'
    expect_jq "$fw.trace.hops[0] | .address == \"$LAB_RC4\" and .kind == \"time_exceeded\"" 'hop 1 is the router'
    expect_jq "$fw.trace.hops[-1] | .address == \"$LAB_RC4\" and .kind == \"unreachable\" and .icmp.type == 3 and .icmp.code == 13" \
        'the last hop is the router rejecting (3/13)'
    expect_jq "$fw.conclusion | .code == \"network_firewall\" and .address == \"$LAB_RC4\" and .hop == 1" \
        'conclusion: a firewall on the network, router 198.51.100.254 (hop 1)'
    expect_jq '.verdict.evidence | any(contains("Router 198.51.100.254 (hop 1) rejected it: communication administratively prohibited (ICMP type 3, code 13)"))' \
        'the verdict names the router and what it said'
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Issue 6: the network blocks the port outbound for every server; --reference shows it -> port.filtered,
# and the firewall step says "a firewall on your network" (the same port fails on the reference host).
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the router drops port 8080 to every server; 203.0.113.3 is a reference host with 8080 open"
LAB_EXPECT=port.filtered

scenario_setup() {
    lab_up --no-v6
    lab_server_exec ip addr add 203.0.113.3/24 dev "$LAB_S_IF"
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
    local fw=$LAB_FIREWALL
    # Without --reference nothing but the server itself is probed.
    lab_diagnose "$LAB_TARGET"
    expect_code port.filtered
    expect_jq "[$fw.controls[] | .address] | all(. == \"$LAB_S4\")" 'without --reference: only the server is probed'
    expect_jq "$fw.reference.host == null" 'and no reference host is named'

    lab_diagnose "$LAB_TARGET" --reference 203.0.113.3
    expect_exit 1
    expect_code port.filtered
    expect_faster_than 5000
    expect_jq "$fw.controls[] | select(.kind == \"reference\") | .address == \"203.0.113.3\" and .port == 8080 and .outcome == \"filtered\"" \
        'the same port on the reference host is silent too'
    expect_jq "$fw.conclusion | .code == \"network_firewall\" and .where == \"local_network\" and .address == \"$LAB_RC4\"" \
        'conclusion: a firewall on this network (the gateway named)'
    expect_jq '.verdict.explanation | contains("fails on the reference host too")' 'the verdict says so'
}

lab_run "$@"

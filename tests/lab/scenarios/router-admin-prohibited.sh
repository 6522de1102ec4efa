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
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: router rejects with tcp reset -> port.refused
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="a listener on 8080, but the router answers the SYN with a TCP reset (in the server's name)"
LAB_EXPECT=port.refused

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_nft router 'table inet tdl_fault {
        chain forward {
            type filter hook forward priority 0; policy accept;
            tcp dport 8080 reject with tcp reset
        }
    }'
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code port.refused
    expect_layer server
    expect_attempt .outcome '"refused"'
}

lab_run "$@"

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
    # LAB.md also wants path evidence naming the last hop that answered; CONTRACT.md has no field
    # for it yet. Add the check here when the contract names one.
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: server firewall drops the port (nft drop) -> port.filtered, within the time budget
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="a listener on 8080, but the server's own nftables input chain drops the port"
LAB_EXPECT=port.filtered

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_nft server 'table inet tdl_fault {
        chain input {
            type filter hook input priority 0; policy accept;
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
    # Default budget: 1500 ms per address; with start-up and the other steps, 5 s at most.
    expect_faster_than 5000
}

lab_run "$@"

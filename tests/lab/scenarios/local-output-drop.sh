#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: client's own OUTPUT chain drops the port -> firewall.local_block
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

# On Linux a local drop does not fail connect(): the SYN never leaves, is retried, and
# TcpExt TCPRetransFail rises. tcpdoctor runs unprivileged, as most users do.
LAB_ABOUT="a listener on 8080, but the client's own nftables output chain drops the port"
LAB_EXPECT=firewall.local_block

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_nft client 'table inet tdl_fault {
        chain output {
            type filter hook output priority 0; policy accept;
            tcp dport 8080 drop
        }
    }'
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code firewall.local_block
    expect_layer local-firewall
    expect_attempt .outcome '"local_block"'
    expect_faster_than 5000
}

lab_run "$@"

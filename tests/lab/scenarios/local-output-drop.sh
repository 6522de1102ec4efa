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
    # The firewall step: this computer, and honest about the rule. As nobody, nft cannot list the
    # ruleset (netlink needs CAP_NET_ADMIN): the report says so and how an administrator can look.
    local fw=$LAB_FIREWALL
    expect_jq "$fw.conclusion.code == \"local_firewall\"" "conclusion: this computer's firewall"
    expect_jq "$fw.trace.ran == false and $fw.trace.skipped_reason == \"blocked_on_this_computer\"" 'no path trace: the SYN never left'
    expect_jq "$fw.local.rules_readable == false and ($fw.local.sources | any(.id == \"nftables\" and .status == \"needs_admin\"))" \
        'as nobody: nftables rules need an administrator, and the report says so'
    expect_jq '.verdict.explanation | contains("needs administrator rights")' 'the verdict says the rule could not be seen'
    expect_jq '.verdict.next_steps | any(contains("sudo nft list ruleset"))' 'and how an administrator can look'
    # The same, run as root (what an administrator sees): the rule that matched is shown.
    LAB_DIAG_AS=root lab_diagnose "$LAB_TARGET"
    expect_code firewall.local_block
    expect_jq "$fw.local.rules_readable == true" 'as root: the rules are read'
    expect_jq "$fw.local.rules[0] | .rule == \"tcp dport 8080 drop\" and .table == \"inet tdl_fault\" and .chain == \"output\" and .certain" \
        'as root: the matching nft rule'
    expect_jq '.verdict.explanation | contains("The rule that matches: nftables rule \"tcp dport 8080 drop\"")' \
        'as root: the verdict shows the rule'
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Issue 6: the server's own firewall drops the port while other ports answer -> port.filtered, and
# the firewall step says "probably the server's firewall (the server answers on other ports)".
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="listeners on 8080, 22 and 80, but the server's own input chain drops 8080 only"
LAB_EXPECT=port.filtered

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_listen 22 banner 'SSH-2.0-lab\r\n'
    lab_listen 80 open
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
    expect_faster_than 5000
    local fw=$LAB_FIREWALL
    expect_jq "[$fw.controls[] | select(.kind == \"other_port\") | {port, outcome}] == [{\"port\":22,\"outcome\":\"open\"},{\"port\":80,\"outcome\":\"open\"},{\"port\":443,\"outcome\":\"refused\"}]" \
        'controls: 22 and 80 open, 443 refused (the server is up)'
    expect_jq "$fw.trace.last_answering_hop.address == \"$LAB_RC4\"" 'the last hop that answered is the router'
    expect_jq "$fw.trace.distance_check | .answered_by == \"target\" and .ttl == 2" \
        'one hop further, the server itself answers on another port: it sits right behind the router'
    expect_jq "$fw.conclusion.code == \"server_firewall_probable\"" 'conclusion: probably the server'\''s firewall'
    expect_jq '.verdict.explanation | contains("answers on other ports but not on port 8080") and contains("the server'\''s firewall")' \
        'the verdict says so in plain language (once: the firewall step'\''s title is not repeated)'
    expect_jq '.verdict.evidence | any(contains("Other ports on 203.0.113.2: 22 open, 80 open, 443 refused."))' \
        'with the controls as evidence'
    expect_jq '.verdict.next_steps | any(contains("turn it back on"))' 'advice to test safely, and to turn the firewall back on'
}

lab_run "$@"

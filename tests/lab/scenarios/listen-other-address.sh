#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Issue 7: the service is bound to another address of the server (203.0.113.20), not the one clients use
# (203.0.113.2) -> listen.other_address with both in the evidence; the client sees port.refused. With
# --address 203.0.113.20 (clients do use it) the same socket is fine. When the address is then taken
# away, the socket stays bound to an address the server no longer has.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"
LAB_ABOUT="the service listens on 203.0.113.20:8080, a second address of the server; clients use 203.0.113.2"
LAB_EXPECT=listen.other_address

scenario_setup() {
    lab_up
    lab_server_exec ip addr add 203.0.113.20/24 dev eth0 # a secondary address: the primary stays 203.0.113.2
    lab_listen 8080 open 203.0.113.20
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_check lab_server_exec bash -c "ss -Hltn 'sport = :8080' | grep -q '203.0.113.20:8080'" "ss shows 203.0.113.20:8080"

    lab_listen_check 8080
    expect_exit 1
    expect_code listen.other_address
    expect_layer server
    expect_jq '[.sockets[] | .address] == ["203.0.113.20"]' 'bound to 203.0.113.20'
    expect_jq '.client_addresses | index("203.0.113.2") != null' 'clients use 203.0.113.2'
    expect_jq 'any(.verdict.evidence[]; contains("Bound to: 203.0.113.20"))' 'evidence: the bound address'
    expect_jq 'any(.verdict.evidence[]; contains("203.0.113.2 ") or contains("203.0.113.2,") or endswith("203.0.113.2."))' \
        'evidence: the address clients use'
    expect_jq 'any(.probes[]; .address == "203.0.113.2" and .outcome == "refused")' '203.0.113.2 refuses'
    expect_jq 'any(.probes[]; .address == "203.0.113.20" and .outcome == "open")' '203.0.113.20 accepts'

    lab_listen_check 8080 --address 203.0.113.20
    expect_exit 0
    expect_code listen.ok

    lab_diagnose "$LAB_TARGET"
    expect_code port.refused

    lab_server_exec ip addr del 203.0.113.20/24 dev eth0
    lab_listen_check 8080
    expect_code listen.other_address
    expect_jq '.verdict.explanation | contains("not an address of this computer any more")' 'the address is gone'
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: service bound to 127.0.0.1 only -> the client sees port.refused; `tcpdoctor listen` on the
# server side says listen.loopback_only, names the program as root, and says plainly that it is hidden
# from an ordinary user.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"
LAB_ABOUT="the service listens on 127.0.0.1:8080 only, inside the server; run tcpdoctor listen 8080 there"
LAB_EXPECT=listen.loopback_only

scenario_setup() {
    lab_up
    lab_listen 8080 open 127.0.0.1
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_check lab_server_exec bash -c "ss -Hltn 'sport = :8080' | grep -q '127.0.0.1:8080'" "ss shows 127.0.0.1:8080 listening"

    lab_listen_check 8080
    expect_exit 1
    expect_code listen.loopback_only
    expect_layer server
    expect_jq '.port == 8080' 'port 8080'
    expect_jq '[.sockets[] | .address] == ["127.0.0.1"]' 'the one socket is bound to 127.0.0.1'
    expect_jq '.sockets[0].pid == null and .sockets[0].process == null' 'pid and process are null for nobody'
    expect_jq '.sockets[0].user == "root"' 'the owner user is still known (from /proc/net/tcp)'
    expect_jq 'any(.findings[]; .code == "listen.owner_hidden")' 'it says the names are hidden (not admin)'
    expect_jq 'any(.probes[]; .address == "127.0.0.1" and .outcome == "open")' 'loopback accepts'
    expect_jq 'any(.probes[]; .address == "203.0.113.2" and .outcome == "refused")' 'the address clients use refuses'
    expect_jq 'any(.findings[]; .code == "firewall.not_checked")' 'the firewall is marked as not checked'

    lab_listen_check --root 8080
    expect_exit 1
    expect_code listen.loopback_only
    expect_jq '.sockets[0].process == "labserver" and (.sockets[0].pid | type) == "number"' 'root sees labserver and its pid'
    expect_jq 'all(.findings[]; .code != "listen.owner_hidden")' 'nothing hidden from root'

    lab_diagnose "$LAB_TARGET" # the client's half of the same fault
    expect_code port.refused
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Issue 7: the service listens on every address (::, both families) -> listen.ok, and every address of
# the server accepts a connection from the server itself.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"
LAB_ABOUT="the service listens on all addresses (::) port 8080; run tcpdoctor listen 8080 in the server"
LAB_EXPECT=listen.ok

scenario_setup() {
    lab_up
    lab_listen 8080 open
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_listen_check 8080
    expect_exit 0
    expect_code listen.ok
    expect_layer none
    expect_jq '[.sockets[] | .address] == ["::"]' 'one socket, on ::'
    expect_jq '.client_addresses == ["203.0.113.2", "2001:db8:2::2"]' 'the clients'"'"' addresses are the server'"'"'s main ones'
    expect_jq 'any(.probes[]; .address == "203.0.113.2" and .outcome == "open")' '203.0.113.2 accepts'
    expect_jq 'any(.probes[]; .address == "2001:db8:2::2" and .outcome == "open")' '2001:db8:2::2 accepts'
    expect_jq '.connections.established >= 0 and .connections.syn_recv == 0' 'connection counts are there'

    lab_listen_check --root 8080
    expect_exit 0
    expect_code listen.ok
    expect_jq '.sockets[0].process == "labserver"' 'root sees labserver'

    lab_diagnose "$LAB_TARGET"
    expect_code ok.reachable
}

lab_run "$@"

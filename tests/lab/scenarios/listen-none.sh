#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Issue 7: nothing listens on the port (the service uses another one) -> listen.none, naming the port
# nearby that does listen.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"
LAB_ABOUT="nothing listens on 8080 in the server; the service runs on 8081; run tcpdoctor listen 8080 there"
LAB_EXPECT=listen.none

scenario_setup() {
    lab_up
    lab_listen 8081 open
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_check lab_server_exec bash -c "! ss -Hltn 'sport = :8080' | grep -q ." "ss shows nothing on 8080"

    lab_listen_check 8080
    expect_exit 1
    expect_code listen.none
    expect_layer server
    expect_jq '.sockets == []' 'no socket on 8080'
    expect_jq '[.nearby[] | .port] | index(8081) != null' 'the listener on 8081 is named as nearby'
    expect_jq 'any(.verdict.evidence[]; contains("8081"))' 'the evidence mentions port 8081'
    expect_jq 'all(.probes[]; .outcome == "refused")' 'every address of the server refuses 8080'
    expect_jq 'any(.verdict.next_steps[]; contains("tcpdoctor listen --serve 8080"))' 'it suggests the test listener'
}

lab_run "$@"

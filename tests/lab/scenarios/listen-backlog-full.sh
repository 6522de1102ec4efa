#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Issue 21: a listener with backlog 1 that never accepts, filled by two clients: its accept queue is
# full (2 of 1: Linux queues one more than the backlog), so the kernel drops new SYNs. On the server,
# `tcpdoctor listen 9000` -> listen.backlog_full; from the client, the port looks silent: port.filtered.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="a program on port 9000 with backlog 1 never accepts; two clients fill its queue"
LAB_EXPECT=listen.backlog_full

scenario_setup() {
    lab_up
    lab_listen 9000 noaccept --backlog 1
    local i
    for i in 1 2; do
        LAB_SEQ=$((LAB_SEQ + 1))
        lab__bg "$LAB_TMP/fill.$LAB_SEQ" ip netns exec "$LAB_C" bash -c \
            'exec 3<>/dev/tcp/203.0.113.2/9000 && echo ready && exec sleep 600'
        lab__wait_file "$LAB_TMP/fill.$LAB_SEQ.out" ready "$LAB_BG_PID" "client $i in the accept queue"
    done
    LAB_TARGET=203.0.113.2:9000
}

queue_full() {
    local q
    q=$(lab_server_exec ss -Hltn 'sport = :9000' | awk '{print $2 "/" $3}' | head -n 1)
    echo "  lab self-check: accept queue of port 9000 (ss Recv-Q/Send-Q): $q"
    [[ $q == 2/1 ]]
}

scenario_check() {
    lab_check queue_full "the accept queue is full (2 waiting, backlog 1)"

    lab_listen_check 9000
    expect_exit 1
    expect_code listen.backlog_full
    expect_layer server
    expect_jq '.sockets[0].accept_queue == 2 and .sockets[0].accept_queue_max == 1' 'queue 2 of 1 (sock_diag)'
    expect_jq 'any(.probes[]; .outcome == "filtered")' 'a connection from the server itself gets no answer'
    expect_jq '.listen_overflows.during_check >= 1' 'the kernel counted dropped SYNs during the check (ListenOverflows)'
    expect_jq 'any(.verdict.next_steps[]; contains("somaxconn"))' 'the next steps name the backlog settings'

    # What the clients see: silence.
    lab_diagnose "$LAB_TARGET" --steps port
    expect_code port.filtered
}

lab_run "$@"

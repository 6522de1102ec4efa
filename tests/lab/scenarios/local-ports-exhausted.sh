#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Issue 21: the client's ephemeral range is two ports (40000-40001) and both already hold a connection
# to 203.0.113.2:8080: a new connection to it fails at once with EADDRNOTAVAIL -> local.ports_exhausted,
# with the connections counted. A connection to another port still works (Linux shares a local port
# between different destinations), with the warning that almost every local port is taken.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the client's two local ports (40000-40001) both hold a connection to 203.0.113.2:8080"
LAB_EXPECT=local.ports_exhausted

scenario_setup() {
    lab_up
    lab_listen 8080 open --hold 600
    lab_listen 8081 open
    lab__sysctl "$LAB_C" net.ipv4.ip_local_port_range="40000 40001"
    # Two connections that stay open, from the client's only two local ports (bash's /dev/tcp, as root).
    LAB_SEQ=$((LAB_SEQ + 1))
    lab__bg "$LAB_TMP/hold.$LAB_SEQ" ip netns exec "$LAB_C" bash -c \
        'exec 3<>/dev/tcp/203.0.113.2/8080 4<>/dev/tcp/203.0.113.2/8080 && echo ready && exec sleep 600'
    lab__wait_file "$LAB_TMP/hold.$LAB_SEQ.out" ready "$LAB_BG_PID" "two connections from the client"
    LAB_TARGET=203.0.113.2:8080
}

established_from_range() {
    local n
    n=$(lab_client_exec ss -Htn state established '( sport >= :40000 and sport <= :40001 and dport = :8080 )' | wc -l)
    [[ $n == 2 ]]
}

no_third_connection() {
    ! lab_client_exec timeout 5 bash -c 'exec 3<>/dev/tcp/203.0.113.2/8080' 2>/dev/null
}

scenario_check() {
    lab_check established_from_range "both local ports hold a connection to 203.0.113.2:8080 (ss)"
    lab_check no_third_connection "a third connection to 203.0.113.2:8080 fails on the client (bash /dev/tcp)"

    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code local.ports_exhausted
    expect_layer ip
    expect_attempt .outcome '"error"'
    expect_attempt .os_error '"EADDRNOTAVAIL"'
    expect_attempt .local_origin true
    local lp='(.steps[] | select(.id == "port") | .data.local_ports)'
    expect_jq "$lp | .counted == true and .source == \"sock_diag\"" 'the connections were counted (sock_diag)'
    expect_jq "$lp | .range.low == 40000 and .range.high == 40001" 'the range is 40000-40001'
    expect_jq "$lp | .in_range == 2 and .to_target == 2" 'both ports are taken, by connections to the target'
    expect_jq "$lp | .top_remotes[0] == {\"address\": \"203.0.113.2\", \"port\": 8080, \"count\": 2}" \
        'most connections go to 203.0.113.2:8080'
    expect_jq "$lp | any(.by_state[]; .state == \"established\" and .count >= 2)" 'counted by state'
    expect_jq 'any(.verdict.next_steps[]; contains("203.0.113.2 port 8080"))' 'the next steps name where they go'
    expect_jq 'any(.verdict.next_steps[]; contains("ip_local_port_range"))' 'and how an administrator widens the range'

    # Another port of the same server: the same two local ports serve it, but none is left over.
    lab_diagnose 203.0.113.2:8081
    expect_exit 0
    expect_code ok.reachable
    expect_jq 'any(.steps[] | select(.id == "port") | .findings[]; .code == "local.ports_nearly_exhausted")' \
        'a warning that almost every local port is taken'
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Issue 21, tcpdoctor idle:
#  1. the router's connection tracking forgets an established connection after 10 s of silence
#     (nf_conntrack_tcp_timeout_established=10 in its namespace) and drops mid-stream packets of
#     connections it does not know (as a stateful firewall or NAT does). The server runs the real test
#     listener (tcpdoctor listen --serve 8080). `idle --periods 2,4,20` gives path.idle_timeout with
#     last_alive_s 4 and first_dead_s 20: the byte after 20 s is dropped, sent again, never acknowledged.
#  2. a server that closes connections itself after 3 s (labserver --hold 3, FIN), on port 8081:
#     `idle --periods 1,6` gives idle.server_closes.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="a router that forgets silent connections after 10 s; a server that closes them after 3 s"
LAB_EXPECT=path.idle_timeout

scenario_setup() {
    lab_up --no-v6
    lab_nft router 'table inet labidle {
        chain forward {
            type filter hook forward priority 0; policy accept;
            ct state invalid counter drop
            ct state new tcp flags & (syn | ack) != syn counter drop
        }
    }'
    # The rules above made the router track connections; now it forgets established ones after 10 s
    # and never adopts a connection from its middle (a stateful firewall's behaviour).
    lab__sysctl "$LAB_R" net.netfilter.nf_conntrack_tcp_timeout_established=10 net.netfilter.nf_conntrack_tcp_loose=0
    lab_serve 8080
    lab_listen 8081 open --hold 3
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_check test "$(lab_router_exec cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_established)" = 10 \
        "the router forgets established connections after 10 s"

    # 1. The router forgets: 2 and 4 s of silence are survived, 20 s is not.
    lab_idle "$LAB_TARGET" --periods 2,4,20
    expect_exit 1
    expect_code path.idle_timeout
    expect_layer network
    expect_jq '.last_alive_s == 4 and .first_dead_s == 20' 'last alive 4 s, first dead 20 s'
    expect_jq '[.periods[] | .result] == ["alive", "alive", "silent"]' 'alive, alive, then silent'
    expect_jq '.periods[2].ack_known == true and .periods[2].retransmits >= 1' 'the lost byte was sent again (TCP_INFO)'
    expect_jq '.keepalive_s >= 1 and .keepalive_s < 4' 'the keepalive it suggests is under the survived 4 s'
    expect_jq 'any(.verdict.next_steps[]; contains("ServerAliveInterval"))' 'the next steps name SSH keepalive'
    expect_jq 'all(.periods[]; .local_port > 0)' 'every connection names its local port'
    lab__no_repeats
    local dropped
    dropped=$(lab_router_exec nft list chain inet labidle forward | sed -n 's/.*ct state invalid counter packets \([0-9]*\).*/\1/p')
    lab_check test "${dropped:-0}" -ge 1 "the router dropped the forgotten connection's packets (nft counter: ${dropped:-0})"
    lab_check lab_server_exec bash -c "ss -Htn state established '( sport = :8080 )' | grep -q ." \
        "the server still holds the connection the router forgot"

    # 2. The server closes silent connections itself after 3 s (FIN).
    lab_idle 203.0.113.2:8081 --periods 1,6
    expect_exit 1
    expect_code idle.server_closes
    expect_layer server
    expect_jq '.last_alive_s == 1 and .first_dead_s == 6' 'last alive 1 s, first dead 6 s'
    expect_jq '.periods[1].result == "closed" and .periods[1].died_after_s >= 2 and .periods[1].died_after_s <= 5' \
        'the server closed it after about 3 s'
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Issue 21, tcpdoctor watch:
#  1. nothing listens on 203.0.113.2:8080 when `watch --until-open` starts; a listener starts 2 s later:
#     the watch sees refusals, then stops at the first success with exit 0.
#  2. the router drops 30 % of the SYNs to port 8081 at random (nftables numgen): the watch says the
#     connection is slow (SYNs sent again after 1 s) or intermittent, and its counts match the drop rate.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="a listener that starts during a watch; a router that drops 30 % of the SYNs to port 8081"
LAB_EXPECT=watch.intermittent

scenario_setup() {
    lab_up
    lab_listen 8081 open
    lab_nft router 'table inet labwatch {
        chain forward {
            type filter hook forward priority 0; policy accept;
            tcp dport 8081 tcp flags & (syn | ack) == syn numgen random mod 100 < 30 counter drop
        }
    }'
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    # 1. --until-open: the listener comes 2 s after the watch started.
    lab_listen 8080 open --delay 2
    lab_watch "$LAB_TARGET" --until-open --count 40 --interval 250
    expect_exit 0
    expect_jq '.succeeded == 1 and .attempts >= 3 and .attempts < 40' 'it stopped at the first success'
    expect_jq '.until_open == true' 'with --until-open'
    if jq -s -e '.[-2].outcome == "open" and ([.[:-2][] | .outcome] | all(. == "refused"))' "$LAB_LINES" >/dev/null; then
        lab__pass "refused until the listener came, then open"
    else
        lab__fail "expected refusals, then one open attempt: $(jq -s -c '[.[:-1][] | .outcome]' "$LAB_LINES")"
    fi
    if jq -s -e '[.[:-1][] | .local_port] | all(. != null and . > 0)' "$LAB_LINES" >/dev/null; then
        lab__pass "every attempt names its local port"
    else
        lab__fail "attempts without a local port: $(jq -s -c '[.[:-1][] | .local_port]' "$LAB_LINES")"
    fi

    # 2. 30 % of the SYNs dropped: each lost SYN is sent again after 1 s (or lost again).
    lab_watch 203.0.113.2:8081 --count 30 --interval 100
    expect_exit 1
    expect_jq '.verdict.code == "watch.slow" or .verdict.code == "watch.intermittent"' 'the watch says slow or intermittent'
    # With p = 0.3 and 30 attempts, 1..22 hurt attempts cover all but ~1e-5 of the runs.
    expect_jq '(.slow_handshakes + .attempts - .succeeded) as $hurt | $hurt >= 1 and $hurt <= 22' \
        'the attempts hurt by a lost SYN match a 30 % drop rate'
    expect_jq '.addresses_seen == ["203.0.113.2"]' 'one address'
    expect_jq '.rtt_ms.max >= 900' 'the longest handshake waited for a SYN sent again (about 1 s)'
    local dropped
    dropped=$(lab_router_exec nft list chain inet labwatch forward | sed -n 's/.*counter packets \([0-9]*\).*/\1/p')
    lab_check test "${dropped:-0}" -ge 1 "the router dropped SYNs (nft counter: ${dropped:-0})"
}

lab_run "$@"

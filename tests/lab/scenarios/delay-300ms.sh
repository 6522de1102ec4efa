#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: 300 ms added delay each way (packet relay) -> still ok.reachable, never "filtered"
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the client's link adds 300 ms each way (labrelay between two TAP devices)"
LAB_EXPECT=ok.reachable

scenario_setup() {
    lab_up --relay 300 0
    lab_listen 8080 open
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    # First, cold: no neighbour entry yet (ARP costs one more round trip through the relay).
    lab_diagnose "$LAB_TARGET"
    expect_exit 0
    expect_code ok.reachable
    expect_attempt .outcome '"open"'
    # A handshake through this link cannot take less than 2 x 300 ms.
    expect_jq "$LAB_ATTEMPT0 | .rtt_ms >= 590" "the measured handshake rtt shows the delay (>= 590 ms)"

    # The delay is real (checked after tcpdoctor ran, so it met a cold link).
    lab_ping_stats client "$LAB_S4" 3 0.2
    lab_check test "$LAB_PING_AVG" -ge 590 "ping rtt through the relay is >= 590 ms"
    lab_check test "$LAB_PING_LOSS" -eq 0 "no loss on the delay-only link"

    # Again, warm.
    lab_diagnose "$LAB_TARGET"
    expect_exit 0
    expect_code ok.reachable
    expect_attempt .outcome '"open"'
}

lab_run "$@"

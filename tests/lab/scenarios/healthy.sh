#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: healthy: listener on the port -> ok.reachable, handshake rtt measured
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="a quiet listener on port 8080 (and one that speaks first on 2222), nothing broken"
LAB_EXPECT=ok.reachable

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_listen 2222 banner 'SSH-2.0-tcpdoctor-lab\r\n'
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 0
    expect_code ok.reachable
    expect_layer none
    expect_attempt .address '"203.0.113.2"'
    expect_attempt .family '"ipv4"'
    expect_attempt .outcome '"open"'
    expect_jq "$LAB_ATTEMPT0 | .rtt_ms > 0" "handshake rtt measured (attempts[0].rtt_ms > 0)"
    expect_jq "$LAB_ATTEMPT0 | (.banner // null) == null" "no banner: the service did not speak"

    # The same over IPv6 (the lab is dual-stack, the listener too).
    lab_diagnose "[$LAB_S6]:8080"
    expect_exit 0
    expect_code ok.reachable
    expect_attempt .family '"ipv6"'
    expect_attempt .outcome '"open"'
    expect_jq "$LAB_ATTEMPT0 | .rtt_ms > 0" "IPv6 handshake rtt measured"

    # A service that speaks first: its banner is in the evidence.
    lab_diagnose 203.0.113.2:2222
    expect_exit 0
    expect_code ok.reachable
    expect_attempt .outcome '"open"'
    expect_jq "$LAB_ATTEMPT0 | .banner | startswith(\"SSH-2.0-tcpdoctor-lab\")" "the banner the service sent is reported"
}

lab_run "$@"

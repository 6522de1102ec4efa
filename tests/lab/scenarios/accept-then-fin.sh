#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: server accepts then closes at once -> port.closed_after_connect
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the service accepts the connection and closes it at once without a word (FIN)"
LAB_EXPECT=port.closed_after_connect

scenario_setup() {
    lab_up
    lab_listen 8080 fin
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code port.closed_after_connect
    expect_layer server
    expect_attempt .outcome '"closed_after_connect"'
    expect_jq "$LAB_ATTEMPT0 | .rtt_ms > 0" "the handshake completed (attempts[0].rtt_ms > 0)"
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: 10 % packet loss (packet relay) -> still ok.reachable
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the client's link loses 10 % of the frames each way (labrelay, fixed seed)"
LAB_EXPECT=ok.reachable

scenario_setup() {
    lab_up --relay 0 10 --seed "${LAB_SEED:-20261121}"
    lab_listen 8080 open
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    local run
    for run in 1 2 3 4 5; do
        echo "loss run $run of 5"
        lab_diagnose "$LAB_TARGET"
        expect_exit 0
        expect_code ok.reachable
        expect_attempt .outcome '"open"'
    done

    # The loss is real: 10 % each way is about 19 % of echo round trips.
    lab_ping_stats client "$LAB_S4" 200 0.01
    lab_check test "$LAB_PING_LOSS" -ge 8 "ping loss through the relay is >= 8 %"
    lab_check test "$LAB_PING_LOSS" -le 35 "ping loss through the relay is <= 35 %"
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: nothing listens on the port -> port.refused
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the server is up but nothing listens on port 8080 (something else listens on 8081)"
LAB_EXPECT=port.refused

scenario_setup() {
    lab_up
    lab_listen 8081 open
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code port.refused
    expect_layer server
    expect_attempt .address '"203.0.113.2"'
    expect_attempt .outcome '"refused"'
}

lab_run "$@"

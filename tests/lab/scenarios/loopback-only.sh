#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: service bound to 127.0.0.1 only, diagnosed from the client -> port.refused
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

# (The server-side half, `tcpdoctor listen` saying listen.loopback_only, comes with the listen issue.)
LAB_ABOUT="the service listens on 127.0.0.1:8080 only, inside the server"
LAB_EXPECT=port.refused

scenario_setup() {
    lab_up
    lab_listen 8080 open 127.0.0.1
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code port.refused
    expect_layer server
    expect_attempt .outcome '"refused"'
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: router answers ICMP net-unreachable -> net.network_unreachable
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

# The client's default route leads to the router, and the router has no route at all to
# 192.0.2.0/24: it answers the SYN with ICMP destination unreachable, net unreachable (3/0),
# from its client-side address. (An `unreachable` route would send host unreachable, 3/1.)
LAB_ABOUT="the router has no route to 192.0.2.0/24 and answers ICMP net unreachable"
LAB_EXPECT=net.network_unreachable

scenario_setup() {
    lab_up
    LAB_TARGET=192.0.2.10:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code net.network_unreachable
    expect_layer network
    expect_attempt .outcome '"network_unreachable"'
    expect_attempt .icmp.from '"198.51.100.254"'
    expect_attempt .icmp.type 3
    expect_attempt .icmp.code 0
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: on-link target that does not exist -> net.host_unreachable
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

# 198.51.100.77 is on the client's own subnet and nobody has it: ARP gets no answer and the kernel
# fails the connection with EHOSTUNREACH after its neighbour probes (about 3 s).
LAB_ABOUT="the target 198.51.100.77 is on the client's subnet but does not exist"
LAB_EXPECT=net.host_unreachable

scenario_setup() {
    lab_up
    LAB_TARGET=198.51.100.77:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code net.host_unreachable
    expect_layer network
    expect_attempt .address '"198.51.100.77"'
    expect_attempt .outcome '"host_unreachable"'
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: client has only 169.254.x.x -> ip.self_assigned
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

# What a computer does when no DHCP server answers: it gives itself an address from 169.254.0.0/16
# (and has no gateway).
LAB_ABOUT="the client's only address is the self-assigned 169.254.7.1/16"
LAB_EXPECT=ip.self_assigned

scenario_setup() {
    lab_up --no-v6
    lab_listen 8080 open
    ip -n "$LAB_C" addr flush dev "$LAB_C_IF"
    ip -n "$LAB_C" addr add 169.254.7.1/16 dev "$LAB_C_IF"
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_check test "$(lab_client_exec ip -o -4 addr show dev "$LAB_C_IF" | awk '{print $4}')" = 169.254.7.1/16 \
        "the client's only address is 169.254.7.1/16"

    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code ip.self_assigned
    expect_layer ip
    local ip='(.steps[] | select(.id == "ip"))'
    expect_jq "$ip | .data.addresses[] | select(.address == \"169.254.7.1\") | .interface == \"$LAB_C_IF\" and .prefix_length == 16 and .origin == \"link_local\" and .usable == false" \
        "169.254.7.1/16 on $LAB_C_IF is reported as self-assigned (origin link_local), not usable"
    expect_jq "$ip | .findings[0].code == \"ip.self_assigned\"" "the first finding of the ip step is ip.self_assigned"
    expect_jq '.verdict.evidence | any(test("169\\.254\\.7\\.1"))' "the evidence names 169.254.7.1"
}

lab_run "$@"

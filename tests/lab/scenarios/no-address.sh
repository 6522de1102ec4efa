#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: client has no address -> ip.no_address
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

# The link works, but the client's eth0 has no IP address at all (IPv6 is off, so there is no
# link-local fe80:: address either).
LAB_ABOUT="the client's eth0 has a link but no IP address"
LAB_EXPECT=ip.no_address

scenario_setup() {
    lab_up --no-v6
    lab_listen 8080 open
    ip -n "$LAB_C" addr flush dev "$LAB_C_IF"
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_check test -z "$(lab_client_exec ip -o addr show dev "$LAB_C_IF")" "the client's $LAB_C_IF has no address"

    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code ip.no_address
    expect_layer ip
    local link='(.steps[] | select(.id == "link"))' ip='(.steps[] | select(.id == "ip"))'
    expect_jq "$link | .status == \"pass\" and (.data.working_links | index(\"$LAB_C_IF\") != null)" "the link step passed: $LAB_C_IF has a link"
    expect_jq "$ip | .status == \"fail\"" "the ip step failed"
    expect_jq "[$ip | .data.addresses[] | select(.interface == \"$LAB_C_IF\")] == []" "no address on $LAB_C_IF in the evidence"
    expect_jq "$ip | .findings[0].code == \"ip.no_address\"" "the first finding of the ip step is ip.no_address"
    expect_jq '.verdict.evidence | any(test("eth0"))' "the evidence names eth0"
}

lab_run "$@"

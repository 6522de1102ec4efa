#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: default gateway absent (no neighbour answer) -> ip.gateway_unreachable
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

# The client's default route points at 198.51.100.200, an address on its own subnet that nobody has:
# ARP for the gateway gets no answer.
LAB_ABOUT="the client's default gateway 198.51.100.200 does not exist"
LAB_EXPECT=ip.gateway_unreachable

scenario_setup() {
    lab_up --no-v6
    lab_listen 8080 open
    ip -n "$LAB_C" route replace default via 198.51.100.200 dev "$LAB_C_IF"
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_check test "$(lab_client_exec ip route show default | awk '{print $3}')" = 198.51.100.200 \
        "the client's default route points at 198.51.100.200"
    local ip='(.steps[] | select(.id == "ip"))'

    # As a user who may not ping (a fresh namespace's ping_group_range is "1 0"): the TCP probe.
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code ip.gateway_unreachable
    expect_layer ip
    expect_jq "$ip | .data.route.next_hop == \"198.51.100.200\" and .data.route.interface == \"$LAB_C_IF\"" \
        "the route to the target goes through 198.51.100.200 on $LAB_C_IF"
    expect_jq "$ip | .data.gateway_probe | .gateway == \"198.51.100.200\" and .method == \"tcp\" and .icmp_unavailable == \"ping_group_range\"" \
        "the gateway was probed over TCP, because ping is not allowed for this user"
    expect_jq "$ip | .data.gateway_probe | .answered == false and (.neighbour == \"failed\" or .neighbour == \"incomplete\")" \
        "no answer, and nobody answered ARP for the gateway"
    expect_jq '.verdict.evidence | any(test("198\\.51\\.100\\.200"))' "the evidence names the gateway"
    expect_faster_than 15000

    # Where unprivileged ping is allowed, the probe is an ICMP echo.
    lab_client_exec sysctl -qw net.ipv4.ping_group_range="0 2147483647"
    lab_diagnose "$LAB_TARGET"
    expect_code ip.gateway_unreachable
    expect_jq "$ip | .data.gateway_probe | .method == \"icmp\" and .answered == false and (.neighbour == \"failed\" or .neighbour == \"incomplete\")" \
        "the ICMP probe got no answer either, and ARP failed"
}

lab_run "$@"

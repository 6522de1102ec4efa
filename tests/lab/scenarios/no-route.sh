#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: no default route, off-link target -> ip.no_route
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

# The client keeps its address and link but has no default route: 203.0.113.2 (off-link) cannot be
# reached, 198.51.100.0/24 (on-link) still can.
LAB_ABOUT="the client has no default gateway; the target 203.0.113.2 is off-link"
LAB_EXPECT=ip.no_route

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_dnsmasq --address=/app.lab.test/203.0.113.2
    ip -n "$LAB_C" route del default
    ip -n "$LAB_C" -6 route del default
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_check test -z "$(lab_client_exec ip route show default; lab_client_exec ip -6 route show default)" \
        "the client has no default route"

    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code ip.no_route
    expect_layer ip
    local ip='(.steps[] | select(.id == "ip"))'
    expect_jq "$ip | .data.route.destination == \"203.0.113.2\" and .data.route.status == \"no_route\" and .data.route.error == \"ENETUNREACH\"" \
        "the route lookup for 203.0.113.2 says no route (ENETUNREACH)"
    expect_jq "$ip | .data.gateways == []" "no default gateway in the evidence"
    expect_jq "$ip | .data.addresses[] | select(.address == \"$LAB_C4\") | .usable" "the client's address is still there and usable"
    expect_jq '.verdict.evidence | any(test("203\\.0\\.113\\.2.*ENETUNREACH"))' "the evidence carries the route lookup"

    # A name: its DNS server (203.0.113.2) is off-link too, so the lookup cannot even start.
    lab_diagnose app.lab.test:8080
    expect_exit 1
    expect_code ip.no_route
    expect_layer ip
    expect_jq '.verdict.explanation | test("203\\.0\\.113\\.2")' "the explanation names the unreachable DNS server"

    # An on-link target needs no gateway: not ip.no_route (nobody has that address: host unreachable).
    lab_diagnose 198.51.100.77:8080
    expect_code net.host_unreachable
    expect_jq "$ip | .data.route.status == \"ok\" and .data.route.on_link == true" "198.51.100.77 is on-link"
}

lab_run "$@"

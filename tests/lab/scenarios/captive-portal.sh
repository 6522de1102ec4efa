#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# A sign-in page (a hotel or guest Wi-Fi): the check address is answered with a redirect while the
# target itself is held (net.captive_portal, naming the portal); with a check address that answers 204
# the way out is free (net.no_portal) and the verdict is the target's own.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="a check address that redirects (a sign-in page) and one that answers 204"
LAB_EXPECT="net.captive_portal; net.no_portal with ok.reachable"

scenario_setup() {
    lab_up
    lab_http 80 302
    lab_http 8204 204
    lab_listen 8080 open --hold 30
    lab_listen 8443 open --hold 30
    lab_nft router 'table inet tdl_fault {
        chain forward {
            type filter hook forward priority 0; policy accept;
            tcp dport 8443 drop
        }
    }'
    LAB_TARGET=203.0.113.2:8443
}

PX='(.steps[] | select(.id == "proxy"))'

scenario_check() {
    LAB_PORTAL_URL="http://$LAB_S4/generate_204"
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code net.captive_portal
    expect_layer network
    expect_jq "$PX | .data.portal.result == \"portal\" and .data.portal.status == 302" 'the check address was redirected'
    expect_jq "$PX | .data.portal.location == \"http://$LAB_S4/login?from=check\"" 'the portal address is named'
    expect_jq '.verdict.explanation | contains("203.0.113.2")' 'the verdict names who holds the way out'
    expect_jq "$PX | .data.portal.system.source == \"networkmanager\" and (.data.portal.system.error | length > 0)" \
        'NetworkManager could not be asked (no system bus in the lab), and the report says so'

    LAB_PORTAL_URL="http://$LAB_S4:8204/generate_204"
    lab_diagnose 203.0.113.2:8080
    expect_exit 0
    expect_code ok.reachable
    expect_jq "$PX | .status == \"pass\" and (.findings | any(.code == \"net.no_portal\"))" 'no sign-in page: net.no_portal'

    LAB_PORTAL_URL=""
    lab_diagnose 203.0.113.2:8080 --no-portal-check
    expect_jq "$PX | .data.portal.result == \"skipped\"" '--no-portal-check skips the check'
}

lab_run "$@"

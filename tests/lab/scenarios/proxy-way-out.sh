#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# The way out through a real proxy (tinyproxy in the router namespace) while the router drops the
# client's direct connections to the service ports: a working proxy (proxy.required), a proxy setting
# that points nowhere (proxy.unreachable), a proxy that wants a sign-in (proxy.auth_required, then
# proxy.required with the user and password in the setting), a proxy that allows CONNECT only to 443
# (proxy.denied) and one that cannot reach the target either (proxy.target_failed). The settings come
# from the environment, as programs read them.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the direct way is dropped; tinyproxy as the way out: working, absent, with a sign-in, 443 only, target refused"
LAB_EXPECT="proxy.required, proxy.unreachable, proxy.auth_required, proxy.denied, proxy.target_failed"

scenario_setup() {
    lab_up
    lab_listen 8080 open --hold 30
    lab_nft router 'table inet tdl_fault {
        chain forward {
            type filter hook forward priority 0; policy accept;
            tcp dport { 8080, 8081 } drop
        }
    }'
    lab_tinyproxy 3128
    lab_tinyproxy 3129 'BasicAuth alice wonderland'
    lab_tinyproxy 3130 'ConnectPort 443'
    LAB_TARGET=203.0.113.2:8080
}

PX='(.steps[] | select(.id == "proxy"))'

scenario_check() {
    LAB_DIAG_ENV=(https_proxy="http://$LAB_RC4:3128")
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code proxy.required
    expect_layer network
    expect_attempt .outcome '"filtered"'
    expect_jq "$PX | .data.settings.source == \"environment\" and .data.settings.detail == \"https_proxy\"" \
        'the setting is named: the environment variable https_proxy'
    expect_jq "$PX | .data.tunnel.result == \"open\" and .data.tunnel.status == 200" 'the tunnel opened (200)'
    expect_jq "$PX | .findings | any(.code == \"proxy.ok\")" 'proxy.ok is a finding'
    expect_jq '.verdict.next_steps | any(contains("https_proxy="))' 'the next steps say how to give a program the proxy'

    LAB_DIAG_ENV=(https_proxy="http://$LAB_RC4:3999")
    lab_diagnose "$LAB_TARGET"
    expect_code proxy.unreachable
    expect_jq "$PX | .data.tunnel.result == \"unreachable\"" 'nothing takes the connection at the proxy port'
    expect_jq '.verdict.next_steps | any(contains("environment variable https_proxy"))' 'says where the setting is'

    LAB_DIAG_ENV=(https_proxy="http://$LAB_RC4:3129")
    lab_diagnose "$LAB_TARGET"
    expect_code proxy.auth_required
    expect_jq "$PX | .data.tunnel.status == 407 and (.data.tunnel.status_line | contains(\"407\"))" \
        'the proxy status line is quoted'
    LAB_DIAG_ENV=(https_proxy="http://alice:wonderland@$LAB_RC4:3129")
    lab_diagnose "$LAB_TARGET"
    expect_code proxy.required
    expect_jq "$PX | .data.settings.credentials == true" 'the setting carries a sign-in'
    expect_jq '[.. | strings | select(contains("wonderland"))] | length == 0' 'the password appears nowhere in the report'

    LAB_DIAG_ENV=(https_proxy="http://$LAB_RC4:3130")
    lab_diagnose "$LAB_TARGET"
    expect_code proxy.denied
    expect_jq "$PX | .data.tunnel.status == 403" 'CONNECT to 8080 is refused with 403'

    # --proxy tests a given proxy; nothing listens on 8081, so the proxy cannot reach it either.
    LAB_DIAG_ENV=()
    lab_diagnose 203.0.113.2:8081 --proxy "http://$LAB_RC4:3128"
    expect_code proxy.target_failed
    expect_jq "$PX | .data.settings.source == \"argument\" and .data.tunnel.result == \"target_failed\"" \
        'the given proxy could not reach the target'

    # --no-proxy leaves the settings alone: the direct verdict.
    LAB_DIAG_ENV=(https_proxy="http://$LAB_RC4:3128")
    lab_diagnose "$LAB_TARGET" --no-proxy
    expect_code port.filtered
    expect_jq "$PX | .data.ignored == true" 'the proxy settings were left aside'
    LAB_DIAG_ENV=()
}

lab_run "$@"

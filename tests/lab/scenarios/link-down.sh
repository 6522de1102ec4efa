#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: client link has no carrier (peer down) -> link.down
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

# The router's end of the client's cable is switched off: the client's eth0 stays up but loses its
# carrier, like an Ethernet port whose cable is unplugged at the other end.
LAB_ABOUT="the router's end of the client's link is down: the client's eth0 has no carrier"
LAB_EXPECT=link.down

client_carrier() { lab_client_exec cat "/sys/class/net/$LAB_C_IF/carrier" 2>/dev/null || echo "?"; }
client_admin_up() { lab_client_exec ip -o link show dev "$LAB_C_IF" | grep -Eq '[<,]UP[,>]'; }

scenario_setup() {
    lab_up
    lab_listen 8080 open
    ip -n "$LAB_R" link set "$LAB_RC_IF" down
    local i
    for ((i = 0; i < 50; i++)); do
        [[ $(client_carrier) == 0 ]] && break
        sleep 0.1
    done
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_check test "$(client_carrier)" = 0 "the client's $LAB_C_IF has no carrier"
    lab_check client_admin_up "the client's $LAB_C_IF is still switched on (admin up)"

    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code link.down
    expect_layer link
    local link='(.steps[] | select(.id == "link"))'
    expect_jq "$link | .status == \"fail\"" "the link step failed"
    expect_jq "$link | .data.working_links == []" "no working link"
    expect_jq "$link | .data.interfaces[] | select(.name == \"$LAB_C_IF\") | .carrier == false and .link == false and .admin_up == true" \
        "$LAB_C_IF: admin up, no carrier, no link"
    expect_jq "$link | .findings[0].code == \"link.down\"" "the first finding of the link step is link.down"
    expect_jq '.steps[] | select(.id == "port") | .status != "skipped"' "the later steps still ran (port test reported)"
    expect_jq '.verdict.evidence | any(test("eth0"))' "the evidence names eth0"

    # A name to look up: DNS cannot work either, but the verdict names the lowest broken layer.
    lab_diagnose app.lab.test:8080
    expect_exit 1
    expect_code link.down
    expect_layer link
}

lab_run "$@"

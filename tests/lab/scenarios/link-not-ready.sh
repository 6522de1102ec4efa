#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# A link with a carrier that is not ready: link.not_ready. The client's eth0 is "dormant" (link mode
# dormant, operstate dormant: what Wi-Fi or 802.1X shows while the sign-in is not finished) and the
# network lets nothing through yet. Then the same state settling within the link step's wait (the
# verdict is judged as usual), and a dormant link through which answers do come back — from the server
# or from the DNS server (never link.not_ready or link.down then).
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the client's eth0 has a carrier but is dormant (authentication not finished); the router lets nothing through"
LAB_EXPECT=link.not_ready

OPERSTATE="$LAB_DIR/operstate.py"

client_operstate() { lab_client_exec cat "/sys/class/net/$LAB_C_IF/operstate" 2>/dev/null || echo "?"; }
client_carrier() { lab_client_exec cat "/sys/class/net/$LAB_C_IF/carrier" 2>/dev/null || echo "?"; }
set_operstate() { lab_client_exec python3 "$OPERSTATE" "$LAB_C_IF" "$1" || lab_die "operstate.py $1 failed"; }

scenario_setup() {
    command -v python3 >/dev/null || lab__unavailable "python3 is not installed (scripts/install-deps --lab)"
    lab_up
    lab_listen 8080 open
    lab_dnsmasq --local=/example/ --address=/app.lab.example/"$LAB_S4"
    # Like an 802.1X switch port before the sign-in: nothing from the client gets through.
    lab_nft router 'table inet tdl_fault {
        chain forward {
            type filter hook forward priority 0; policy accept;
            iifname "rc0" drop
        }
        chain input {
            type filter hook input priority 0; policy accept;
            iifname "rc0" drop
        }
    }'
    lab_client_exec ip link set "$LAB_C_IF" mode dormant
    set_operstate dormant
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    lab_check test "$(client_operstate)" = dormant "the client's $LAB_C_IF says dormant"
    lab_check test "$(client_carrier)" = 1 "and has its carrier"

    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code link.not_ready
    expect_layer link
    local link='(.steps[] | select(.id == "link"))'
    expect_jq "$link | .data.not_ready_links == [\"$LAB_C_IF\"]" "the link step names $LAB_C_IF as not ready"
    expect_jq "$link | .data.settle_wait_ms >= 900" "the link step waited about a second for it to settle"
    expect_jq "$link | .findings[0].code == \"link.not_ready\"" "its first finding is link.not_ready"
    expect_jq '.verdict.evidence | any(test("eth0"))' "the evidence names eth0"

    # The same state settling within the wait: a link that comes up 0.3 s after tcpdoctor started is
    # simply up (the flip waits for the process, so a loaded machine does not move it out of the window).
    lab_nft router 'flush ruleset'
    lab__bg "$LAB_TMP/flip" ip netns exec "$LAB_C" python3 "$OPERSTATE" --after-start tcpdoctor 0.3 "$LAB_C_IF" up
    local flip=$LAB_BG_PID
    lab__wait_file "$LAB_TMP/flip.out" ready "$flip" "operstate.py"
    lab_diagnose "$LAB_TARGET"
    wait "$flip" 2>/dev/null || true
    expect_code ok.reachable
    expect_jq "$link | .status == \"pass\"" "the link step passes once the link is up"
    expect_jq "$link | (.data.settle_wait_ms // 0) < 1000" "after waiting less than a second (if at all)"
    lab_log "the link step waited $(jq -r "$link | .data.settle_wait_ms // \"not at all\"" "$LAB_OUT") ms for the link"

    # Dormant, but answers come back (the server refuses): never link.not_ready.
    set_operstate dormant
    lab_check test "$(client_operstate)" = dormant "the client's $LAB_C_IF is dormant again"
    lab_diagnose 203.0.113.2:8081
    expect_code port.refused
    expect_jq "$link | .status == \"warn\" and .findings[0].code == \"link.proven\"" \
        "the link step is shown as a warning that says what came back"

    # Dormant, and the DNS server answers that the name does not exist: the answer proves the link
    # worked, so the verdict is the DNS one (this is what a fresh link used to get wrong: "not connected").
    lab_diagnose nosuch.lab.example:8080
    expect_code dns.nxdomain
    expect_jq "$link | .status == \"warn\" and .findings[0].code == \"link.proven\"" \
        "the link step says the DNS answer proves the link"
    expect_jq '[.verdict.title, .verdict.explanation] | all(test("not connected|not ready") | not)' \
        "nothing says the computer is not connected"
    lab_client_exec ip link set "$LAB_C_IF" mode default
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: DNS points to an unresponsive device, the user knows the right address -> dns.wrong_address
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_OLD=203.0.113.99
LAB_ABOUT="DNS still says app.lab.example is at $LAB_OLD (nobody); the server is 203.0.113.2 (--expect)"
LAB_EXPECT=dns.wrong_address

scenario_setup() {
    lab_up --no-v6
    lab_listen 8080 open
    lab_dnsmasq --local=/example/ --address=/app.lab.example/"$LAB_OLD"
    LAB_TARGET=app.lab.example:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET" --expect "$LAB_S4"
    expect_exit 1
    expect_code dns.wrong_address
    expect_layer dns
    expect_attempt .address "\"$LAB_OLD\""
    expect_jq "$LAB_DNS | .data.expected == {\"address\": \"$LAB_S4\", \"matched\": false, \"servers_with_it\": []}" \
        "the expected address is not what DNS gives"
    expect_jq ".verdict.explanation | contains(\"$LAB_S4\") and contains(\"$LAB_OLD\")" "the explanation names both"
    expect_dns_within_budget

    # Without --expect, the same run is simply a port failure.
    lab_diagnose "$LAB_TARGET"
    expect_jq '.verdict.code != "dns.wrong_address" and .verdict.layer != "dns"' "without --expect, no DNS verdict"
}

lab_run "$@"

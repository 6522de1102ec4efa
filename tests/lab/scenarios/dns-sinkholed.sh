#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: DNS answers 0.0.0.0 for the name -> dns.sinkholed
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the lab's DNS server filters ads.lab.example: it answers 0.0.0.0 (and ::)"
LAB_EXPECT=dns.sinkholed

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_dnsmasq --local=/example/ --host-record=ads.lab.example,0.0.0.0,::
    LAB_TARGET=ads.lab.example:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code dns.sinkholed
    expect_layer dns
    expect_jq "$LAB_DNS | .data.status == \"sinkholed\" and .data.addresses == [] and (.data.sinkholed | index(\"0.0.0.0\") != null)" \
        "0.0.0.0 is recognised as a sinkhole and not handed to the port test"
    expect_jq '.steps[] | select(.id == "port") | .status == "skipped"' "no SYN to 0.0.0.0 (that would reach the client itself)"
    expect_jq ".verdict.evidence | map(select(contains(\"DNS server $LAB_S4\"))) | length >= 1" "the evidence names the server"
    expect_dns_within_budget
}

lab_run "$@"

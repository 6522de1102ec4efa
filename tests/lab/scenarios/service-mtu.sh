#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# A path MTU black hole: the router's link to the client carries at most 1280-byte packets, and the
# router's ICMP "fragmentation needed" / "packet too big" messages are dropped, so the server never
# learns to send smaller ones. The handshake's small packets pass; a TLS server with a certificate of
# several KB (160 names) and a web server with a large header hang after the handshake. The service
# step's second try, asking for segments of at most 1200 bytes, gets through: path.mtu_blackhole. A
# small certificate on the same path is fine, and a silent service stays tls.no_answer.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="path MTU black hole: 1280-byte link, ICMP 'fragmentation needed' dropped, large certificate and header"
LAB_EXPECT="path.mtu_blackhole for TLS and HTTP on both families; ok.reachable for a small certificate"

scenario_setup() {
    lab_up
    lab_pki
    lab_dnsmasq --address=/app.lab.example/"$LAB_S4"
    lab_router_exec ip link set "$LAB_RC_IF" mtu 1280
    lab_nft router 'table inet tdl_fault {
        chain output {
            type filter hook output priority 0; policy accept;
            icmp type destination-unreachable icmp code frag-needed drop
            icmpv6 type packet-too-big drop
        }
    }'
    lab_tls 443 big
    lab_tls 4431 good
    lab_listen 4432 open --hold 30
    lab_http 8080 200 --pad 6000
    LAB_TARGET=app.lab.example:443
}

SVC='(.steps[] | select(.id == "service"))'

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 1
    expect_code path.mtu_blackhole
    expect_layer network
    expect_jq "$SVC | .data.small_segments.result == \"answered\" and .data.small_segments.mss == 1200" \
        "the second try with 1200-byte segments was answered"
    expect_jq "$SVC | .data.result == \"ok\" and (.data.tls.chain[0].names | length) > 100" \
        "the large certificate was checked on the second try"
    expect_jq "$SVC | .data.small_segments.interface.mtu == 1500" "the MTU of this computer's interface is evidence"
    expect_jq "$SVC | .findings | any(.code == \"path.mtu_blackhole\")" "the step names the black hole"
    expect_jq '.verdict.next_steps | any(contains("MSS"))' "the next steps name MSS clamping"

    # The same path with a small certificate: everything fits in small packets.
    lab_diagnose app.lab.example:4431 --tls
    expect_exit 0
    expect_code ok.reachable
    expect_jq "$SVC | .data.small_segments == null" "no second try when the first one was answered"

    # A service that never answers stays silent with small packets too: not a packet size problem.
    lab_diagnose app.lab.example:4432 --tls
    expect_code tls.no_answer
    expect_jq "$SVC | .data.small_segments.result == \"no_answer\"" "the second try got no answer either"
    expect_jq '.verdict.evidence | any(contains("not the cause"))' "the evidence says the packet size is not the cause"

    # A web server whose answer needs full-size packets.
    lab_diagnose http://app.lab.example:8080/
    expect_exit 1
    expect_code path.mtu_blackhole
    expect_jq "$SVC | .data.check == \"http\" and .data.http.status == 200" "the answer came on the second try"

    if [[ $LAB_V6 == 1 ]]; then
        lab_diagnose "[$LAB_S6]:443" --tls
        expect_code path.mtu_blackhole
        expect_jq "$SVC | .data.small_segments.result == \"answered\"" "IPv6 (ICMPv6 \"packet too big\" dropped) too"
    fi
}

lab_run "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# After the handshake: real TLS servers (Python's ssl module) with certificates from a lab authority
# that the client trusts through its system store, a plain web server and a silent service on TLS
# ports, a TLS-1.0-only server, a silent and a greeting service on speak-first ports, and a web front
# answering 502. Each gives the service step's verdict; a good certificate gives ok.reachable with tls.ok.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="TLS, greetings and HTTP after the handshake: good, self-signed, expired, wrong name, not TLS, silent, TLS 1.0 only, 502"
LAB_EXPECT="ok.reachable with tls.ok, and each tls.* / service.* verdict"

scenario_setup() {
    lab_up
    lab_pki
    lab_dnsmasq --address=/app.lab.example/"$LAB_S4" --address=/other.lab.example/"$LAB_S4"
    lab_tls 443 good
    lab_tls 4431 selfsigned
    lab_tls 4432 expired
    lab_tls 4433 wrongname
    lab_http 4434 200
    lab_listen 4435 open --hold 30
    lab_tls 4436 good --max-tls 1.0
    lab_listen 22 open --hold 30
    lab_listen 21 banner '220 tdl lab FTP ready\r\n' --hold 30
    lab_http 80 502
    LAB_TARGET=app.lab.example:443
}

SVC='(.steps[] | select(.id == "service"))'

expect_service() { # RESULT
    expect_jq "$SVC | .data.result == \"$1\"" "the service step says $1"
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 0
    expect_code ok.reachable
    expect_service ok
    expect_jq "$SVC | .status == \"pass\" and (.findings | any(.code == \"tls.ok\"))" "tls.ok is a finding"
    expect_jq "$SVC | .data.tls.sni == \"app.lab.example\" and (.data.tls.protocol | startswith(\"TLS 1.\"))" \
        "SNI sent, protocol named"
    expect_jq "$SVC | .data.tls.chain[0].names | index(\"app.lab.example\") != null" "the names the certificate covers"
    if [[ -d /usr/share/ca-certificates/mozilla ]]; then
        expect_jq "$SVC | .findings | any(.code == \"tls.intercepted\" and (.title | contains(\"tcpdoctor lab CA\")))" \
            "the lab CA is named as an authority added on this computer"
    fi

    lab_diagnose app.lab.example:4431 --tls
    expect_exit 1
    expect_code tls.cert_untrusted
    expect_layer server
    expect_service cert_untrusted

    lab_diagnose app.lab.example:4432 --tls
    expect_code tls.cert_expired
    expect_jq '.verdict.explanation | contains("2021")' "the expiry date is in the explanation"
    expect_jq "$SVC | .data.tls.clock != null" "this computer's clock is in the evidence"

    lab_diagnose app.lab.example:4433 --tls
    expect_code tls.cert_name_mismatch
    expect_jq '.verdict.explanation | contains("other.lab.example")' "the name the certificate covers is said"
    # The same server with the name its certificate has: fine.
    lab_diagnose app.lab.example:4433 --tls --sni other.lab.example
    expect_code ok.reachable
    expect_service ok

    lab_diagnose app.lab.example:4434 --tls
    expect_code tls.not_tls
    expect_layer server

    lab_diagnose app.lab.example:4435 --tls
    expect_code tls.no_answer
    expect_layer network

    lab_diagnose app.lab.example:4436 --tls
    expect_code tls.handshake_failed
    expect_jq "$SVC | .data.tls.alert | test(\"protocol version\")" "the alert is named (protocol version)"
    expect_jq '.verdict.next_steps | any(contains("TLS 1.2"))' "the versions tried are named"

    lab_diagnose 203.0.113.2:22
    expect_exit 1
    expect_code service.no_greeting
    expect_service no_greeting

    lab_diagnose 203.0.113.2:21
    expect_exit 0
    expect_code ok.reachable
    expect_jq "$SVC | .data.greeting == \"220 tdl lab FTP ready\" and (.findings | any(.code == \"service.greeting\"))" \
        "the greeting is evidence"

    lab_diagnose http://app.lab.example/
    expect_exit 1
    expect_code service.http_error
    expect_jq "$SVC | .data.http.status == 502 and .data.http.server == \"tdl-front\"" "status and Server header"

    lab_diagnose "$LAB_TARGET" --no-tls
    expect_code ok.reachable
    expect_jq "$SVC | .status == \"skipped\" and .data.reason == \"tls_off\"" "--no-tls leaves the TLS check out"
}

lab_run "$@"

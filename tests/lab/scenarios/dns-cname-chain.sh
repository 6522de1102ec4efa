#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Issue 14: hostile DNS, huge CNAME chains. deep.lab.example is an alias of an alias ... 25 CNAMEs
# deep (dnsmasq --cname; the answer is too big for UDP, so it comes over TCP) before it reaches
# app.lab.example's address -> ok.reachable, the chain in the evidence cut to 16 names, within the
# DNS budget. And a CNAME loop (loopa -> loopb -> loopa, from a small upstream that dnsmasq
# forwards to: dnsmasq itself refuses to load a loop) -> a dns.* verdict within the budget, no hang.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="deep.lab.example is 25 CNAMEs deep before app.lab.example (listener on 8080); loopa.loop.lab.example is a CNAME loop"
LAB_EXPECT=ok.reachable

CHAIN_LENGTH=25

# A CNAME-loop upstream on $LAB_S4 port PORT (socat hands each datagram to a shell, like
# lab_dns_servfail): it keeps the question (header + "loopa.loop.lab.example", 40 bytes), drops
# anything after it (dnsmasq's EDNS option) and answers with two records:
#   loopa.loop.lab.example CNAME loopb.loop.lab.example   (at offset 40; its target's name at 52)
#   loopb.loop.lab.example CNAME loopa.loop.lab.example   (pointers into the question)
dns_cname_loop() {
    command -v socat >/dev/null || lab__unavailable "socat is not installed (scripts/install-deps --lab)"
    command -v xxd >/dev/null || lab__unavailable "xxd is not installed"
    local port=$1 script i
    script=$LAB_TMP/cnameloop.sh
    printf '%s\n' '#!/bin/sh' \
        "xxd -p -c 4096 | tr -d '\\n' | sed -E 's/^(.{4}).{20}(.{56}).*/\\181800001000200000000\\2c00c000500010000003c0008056c6f6f7062c012c034000500010000003c0002c00c/' | xxd -r -p" \
        >"$script"
    chmod 755 "$script"
    lab__bg "$LAB_TMP/cnameloop" ip netns exec "$LAB_S" timeout "$(lab__lifetime)" \
        socat -T 5 "UDP4-RECVFROM:$port,bind=$LAB_S4,reuseaddr,fork" EXEC:"$script"
    for ((i = 0; i < 100; i++)); do
        if ip netns exec "$LAB_S" ss -Hlnu "sport = :$port" 2>/dev/null | grep -q "$LAB_S4"; then
            return 0
        fi
        sleep 0.05
    done
    lab_die "the CNAME-loop server did not listen within 5 s"
}

scenario_setup() {
    lab_up --no-v6
    lab_listen 8080 open
    local args=() i
    args+=("--cname=deep.lab.example,n1.lab.example")
    for ((i = 1; i < CHAIN_LENGTH - 1; i++)); do
        args+=("--cname=n$i.lab.example,n$((i + 1)).lab.example")
    done
    args+=("--cname=n$((CHAIN_LENGTH - 1)).lab.example,app.lab.example")
    dns_cname_loop 5354
    lab_dnsmasq --local=/lab.example/ --server=/loop.lab.example/"$LAB_S4"#5354 \
        --host-record=app.lab.example,"$LAB_S4" "${args[@]}"
    LAB_TARGET=deep.lab.example:8080
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 0
    expect_code ok.reachable
    expect_dns_within_budget
    expect_jq "$LAB_DNS | .data.addresses == [\"$LAB_S4\"]" "the 25-link chain leads to the listener's address"
    expect_jq "$LAB_DNS | .data.servers[0].a | .status == \"noerror\" and (.cname_chain | length) == 16" \
        "the chain in the evidence is cut to 16 names"
    expect_jq "$LAB_DNS | .data.servers[0].a | .cname_chain[0] == \"n1.lab.example\" and .cname_chain_partial == true and .cname_chain_length >= 24" \
        "it starts with the first alias and says it goes on (cname_chain_partial, cname_chain_length)"
    expect_jq "[.. | strings | length] | max < 4000" "no text in the report grew with the chain"
    expect_faster_than 15000

    lab_diagnose loopa.loop.lab.example:8080
    expect_exit 1
    expect_dns_within_budget
    expect_jq '.verdict.code | startswith("dns.")' "a CNAME loop is a DNS verdict (got $(jq -r .verdict.code "$LAB_OUT" 2>/dev/null))"
    expect_jq '.verdict.layer == "dns"' "in the DNS layer"
    expect_jq '.verdict.title | length > 10' "with a plain title"
    expect_jq "[.steps[] | select(.id == \"port\") | .status] == [\"skipped\"]" "no connection is tried: there is no address"
    expect_jq "[.. | strings | length] | max < 4000" "no text in the report grew with the loop"
    expect_faster_than 15000
}

lab_run "$@"

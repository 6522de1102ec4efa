#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Issue 14: hostile DNS, odd but legal names. A 253-character name made of 63-character labels, a
# name with underscores, an IDN name (typed in Unicode, asked in punycode), and a PTR answer that is
# a 253-character name -> ok.reachable each time, the names in the evidence exactly as DNS has them.
# One character more (254, or a 64-character label) -> refused before anything is sent: exit 2 and
# one plain line that names the rule.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="a 253-character name, _svc_x.lab.example, xn--bcher-kva.lab.example (bücher) and a 253-character PTR name, listener on 8080"
LAB_EXPECT=ok.reachable

rep() { printf "%${2}s" '' | tr ' ' "$1"; }
# 63 + 1 + 63 + 1 + 63 + 1 + 49 + 1 + 11 ("lab.example") = 253 characters
LONG=$(rep a 63).$(rep b 63).$(rep c 63).$(rep d 49).lab.example
LONG_PTR=$(rep p 63).$(rep q 63).$(rep r 63).$(rep s 49).lab.example

scenario_setup() {
    lab_up --no-v6
    lab_listen 8080 open
    lab_dnsmasq --local=/lab.example/ \
        --host-record="$LONG","$LAB_S4" \
        --host-record=_svc_x.lab.example,"$LAB_S4" \
        --host-record=xn--bcher-kva.lab.example,"$LAB_S4" \
        --ptr-record=2.113.0.203.in-addr.arpa,"$LONG_PTR"
    LAB_TARGET=$LONG:8080
}

# refused_input TARGET 'why' [TEXT]: tcpdoctor refuses it before sending anything, with one line
# (containing TEXT) on stderr; run like lab_diagnose: in the client namespace, as nobody.
refused_input() {
    local target=$1 what=$2 text=${3:-} out=$LAB_TMP/refused.out err=$LAB_TMP/refused.err rc=0
    lab__prepare_tcpdoctor
    timeout --foreground -k 5 "$LAB_DIAG_TIMEOUT" ip netns exec "$LAB_C" \
        setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env -- \
        /usr/bin/env HOME="$LAB_TMP/home" LC_ALL=C.UTF-8 "$LAB_TCPDOCTOR_RUN" diagnose "$target" >"$out" 2>"$err" || rc=$?
    if [[ $rc == 2 && $(grep -c . "$err") == 1 ]] && grep -qF -- "$text" "$err"; then
        lab__pass "$what: exit 2, one line: $(head -c 160 "$err")"
    else
        lab__fail "$what: expected exit 2 and one line on stderr, got exit $rc and: $(head -c 300 "$err")"
    fi
}

scenario_check() {
    lab_check test "${#LONG}" -eq 253 "the long name has 253 characters"

    lab_diagnose "$LAB_TARGET"
    expect_exit 0
    expect_code ok.reachable
    expect_dns_within_budget
    expect_jq "$LAB_DNS | .data.addresses == [\"$LAB_S4\"]" "the 253-character name resolves"
    expect_jq "$LAB_DNS | .data.servers[0].a.status == \"noerror\"" "the lab's DNS server answered it directly"
    expect_jq ".target.host == \"$LONG\"" "the report names the target in full"
    expect_jq "$LAB_DNS | .data.reverse.names == [\"$LONG_PTR\"]" "the 253-character PTR name is kept whole"

    lab_diagnose _svc_x.lab.example:8080
    expect_exit 0
    expect_code ok.reachable
    expect_jq "$LAB_DNS | .data.addresses == [\"$LAB_S4\"]" "a name with underscores resolves (DNS allows them)"

    lab_diagnose "bücher.lab.example:8080"
    expect_exit 0
    expect_code ok.reachable
    expect_jq "$LAB_DNS | .data.servers[0].a.status == \"noerror\"" "the IDN name is asked in punycode and answered"
    expect_jq '[.. | strings | select(contains("xn--bcher-kva.lab.example"))] | length > 0' \
        "the punycode form (what DNS has) is in the evidence"

    refused_input "a$LONG:8080" "a 254-character name" "at most 253 characters"
    refused_input "$(rep x 64).lab.example:8080" "a 64-character label" "at most 63 characters"
    refused_input "xn--.lab.example:8080" "an empty punycode label"
}

lab_run "$@"

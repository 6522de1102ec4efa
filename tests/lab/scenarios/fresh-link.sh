#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# No settling time: every check starts the moment the client's link comes back (the router's end goes
# down and up right before it, LAB_FRESH_LINK=1), as when a person has just plugged in the cable or
# joined the Wi-Fi. Each verdict must still be the right one, three rounds in a row: a link that has
# just come up is never called down while a DNS server or the target answers.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="the client's link comes up right before each check (no settling time), three rounds"
# Before lab_up: the client then checks its IPv6 address for duplicates each time it comes back.
export LAB_FRESH_LINK=1
LAB_EXPECT="each verdict as with a settled link"

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_dns_servfail 5399
    lab_dnsmasq --port=5398 --local=/other.example/
    lab_dnsmasq --local=/example/ --address=/app.lab.example/"$LAB_S4" \
        --server=/broken.lab.example/"$LAB_S4"#5399 --server=/closed.lab.example/"$LAB_S4"#5398
    lab_nft server 'table inet tdl_fault {
        chain input {
            type filter hook input priority 0; policy accept;
            tcp dport 9999 drop
        }
    }'
    LAB_TARGET=app.lab.example:8080
}

scenario_check() {
    local round target expect
    local cases=("app.lab.example:8080 ok.reachable" "203.0.113.2:8081 port.refused"
                 "nosuch.lab.example:8080 dns.nxdomain" "broken.lab.example:8080 dns.servfail"
                 "closed.lab.example:8080 dns.refused" "203.0.113.2:9999 port.filtered"
                 "[2001:db8:2::2]:8080 ok.reachable" "[2001:db8:2::2]:9999 port.filtered")
    for ((round = 1; round <= 3; round++)); do
        for c in "${cases[@]}"; do
            read -r target expect <<<"$c"
            lab_diagnose "$target"
            expect_code "$expect"
            if [[ $target == "[2001:db8:2::2]:8080" ]]; then # DAD takes >= 1 s: still running at the start
                expect_jq '(.steps[] | select(.id == "port") | .data.settle_wait_ms) > 0' \
                    "the port test waited for the new IPv6 address instead of losing its SYNs"
            fi
        done
    done
}

lab_run "$@"

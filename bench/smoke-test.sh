#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# bench.smoke (ctest -L bench): scripts/bench --quick on two lab scenarios (open, refused), then checks
# that it wrote well-formed results: latest.json with the expected keys, every tool measured and
# answering right, and a non-empty Markdown table. It checks the harness, never a speed.
#   smoke-test.sh TCPDOCTOR LABSERVER LABRELAY BENCH_RUN PLAIN_CONNECT GUI_BENCH
# Exit 77 (skipped, with the reason) without root or without the peer tools.
set -euo pipefail
[[ $# == 6 ]] || { echo "usage: smoke-test.sh TCPDOCTOR LABSERVER LABRELAY BENCH_RUN PLAIN_CONNECT GUI_BENCH" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)

if [[ $(id -u) != 0 ]]; then
    echo "SKIPPED: the benchmark harness runs on the network lab, which needs root (network namespaces)"
    exit 77
fi
missing=()
for t in nc nmap curl jq python3 ip nft dnsmasq; do command -v "$t" >/dev/null 2>&1 || missing+=("$t"); done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "SKIPPED: missing ${missing[*]} (scripts/install-deps --bench)"
    exit 77
fi

out=$(mktemp -d /tmp/tcpdoctor-bench-smoke.XXXXXX)
trap 'rm -rf -- "$out"' EXIT
rc=0
TCPDOCTOR=$1 LABSERVER=$2 LABRELAY=$3 BENCH_RUN=$4 PLAIN_CONNECT=$5 GUI_BENCH=$6 EXPLAIN_BENCH=/bin/false \
    "$here/../scripts/bench" --quick --no-install --no-build --only verdict:open,verdict:refused --out "$out" || rc=$?
if [[ $rc != 0 ]]; then
    echo "FAIL: scripts/bench --quick exited with $rc"
    exit 1
fi

fails=0
check() { # 'jq filter' 'what'
    if jq -e "$1" "$out/latest.json" >/dev/null; then echo "  ok: $2"; else
        echo "FAIL: $2 — not true: $1"
        fails=$((fails + 1))
    fi
}
check '.schema == "tcpdoctor-bench/1"' 'schema tcpdoctor-bench/1'
check '.machine | (.cores >= 1) and (.quick == true) and (.runs == 1) and (.tcpdoctor | startswith("tcpdoctor"))' \
    'the machine and the run are described'
check '[.verdict[].scenario] == ["open", "refused"]' 'exactly the two scenarios asked for'
check '[.verdict[] | .tools | keys | sort] | all(. == (["connect", "curl", "nc", "nmap", "tcpdoctor"]))' \
    'every tool was measured in both'
check '[.verdict[].tools[] | .median_ms] | all(type == "number" and . > 0)' 'every time is a positive number'
check '[.verdict[].tools[] | .ratio_to_tcpdoctor] | all(type == "number" and . > 0)' 'every ratio to tcpdoctor is there'
check '[.verdict[] | select(.scenario == "open") | .tools[] | .answer] | all(. == "open")' \
    'every tool found the open port open'
check '[.verdict[] | select(.scenario == "refused") | .tools[] | .answer] | all(. == "refused")' \
    'every tool found the closed port refused'
check '.verdict[] | select(.scenario == "refused") | .tools.tcpdoctor.port_step_median_ms | type == "number"' \
    "tcpdoctor's port step time comes from its JSON report"
check '.skipped | length == 0' 'nothing was skipped'
if grep -q '^| open (' "$out/latest.md" && grep -q '^| refused (' "$out/latest.md" &&
    grep -q '^## Time to verdict' "$out/latest.md"; then
    echo "  ok: latest.md has the time-to-verdict table with both rows"
else
    echo "FAIL: latest.md lacks the time-to-verdict table rows:"
    cat "$out/latest.md"
    fails=$((fails + 1))
fi
if [[ $fails -gt 0 ]]; then
    echo "FAIL: $fails check(s) of the benchmark results failed"
    exit 1
fi
echo "PASS: the benchmark harness wrote well-formed results"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# tcpdoctor serve --metrics (docs/fleet.md), scraped for real with curl on loopback: an open port (the test
# listener), a refused port, bad requests (400, one line), the exporter's own counters, bad options, and a
# clean stop on SIGTERM. Every answer is parsed with the official Prometheus Python client
# (prometheus_client.parser, Debian's python3-prometheus-client: /usr/bin/python3, whatever python3 is first on
# PATH), so it is valid text format, not just text that looks like it.
# Usage: exporter.sh TCPDOCTOR
set -euo pipefail
tcpdoctor=${1:?usage: exporter.sh TCPDOCTOR}
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
fails=0
ok() { echo "ok: $*"; }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
# QUERY FILE: the value of a sample from the Prometheus text in FILE, through the official parser.
# QUERY is "name" or "name{label=value,...}" (only the labels given must match). Prints nothing when absent.
sample() {
    /usr/bin/python3 - "$1" "$2" <<'PY'
import sys
from prometheus_client.parser import text_string_to_metric_families
query, path = sys.argv[1], sys.argv[2]
name, _, rest = query.partition("{")
want = dict(kv.split("=", 1) for kv in rest.rstrip("}").split(",")) if rest else {}
for family in text_string_to_metric_families(open(path, encoding="utf-8").read()):
    for s in family.samples:
        if s.name == name and all(s.labels.get(k) == v for k, v in want.items()):
            print(s.value)
            sys.exit(0)
PY
}
scrape() { # URL OUT -> prints the HTTP status
    curl -s --max-time 30 -o "$2" -w '%{http_code}' "$1"
}

# Bad options: one line, exit 2, nothing served.
for args in "serve" "serve --metrics nowhere:99999" "serve --metrics 9116 --max-in-flight 0" "serve --metrics 9116 --timeout 5"; do
    set +e
    # shellcheck disable=SC2086
    "$tcpdoctor" $args >"$tmp/bad.out" 2>"$tmp/bad.err"
    rc=$?
    set -e
    if [[ $rc == 2 && ! -s $tmp/bad.out && $(wc -l <"$tmp/bad.err") == 1 ]]; then ok "'tcpdoctor $args': exit 2, one line"; else
        fail "'tcpdoctor $args': exit $rc, stdout '$(cat "$tmp/bad.out")', stderr '$(cat "$tmp/bad.err")'"; fi
done

port=$(free_port)
"$tcpdoctor" serve --metrics "127.0.0.1:$port" --max-in-flight 4 >"$tmp/exporter" 2>"$tmp/exporter.err" &
exporter=$!
pids+=("$exporter")
wait_for "$tmp/exporter" "exporter on" "$exporter"
base=http://127.0.0.1:$port

open=$(free_port)
start_test_listener "$open" 60
closed=$(free_port) # nothing listens there: refused

# An open port.
status=$(scrape "$base/probe?target=127.0.0.1:$open" "$tmp/open.prom")
[[ $status == 200 ]] && ok "open: 200" || fail "open: HTTP $status: $(cat "$tmp/open.prom")"
grep -q '^# TYPE tcpdoctor_probe_success gauge$' "$tmp/open.prom" && ok "open: typed families" || fail "open: no # TYPE line"
[[ $(sample tcpdoctor_probe_success "$tmp/open.prom") == 1.0 ]] && ok "open: tcpdoctor_probe_success 1" || fail "open: success is '$(sample tcpdoctor_probe_success "$tmp/open.prom")'"
[[ $(sample 'tcpdoctor_probe_verdict{code=ok.reachable,layer=none}' "$tmp/open.prom") == 1.0 ]] && ok "open: verdict ok.reachable as labels" \
    || fail "open: no verdict ok.reachable: $(grep verdict "$tmp/open.prom")"
hs=$(sample tcpdoctor_probe_handshake_seconds "$tmp/open.prom")
/usr/bin/python3 -c "import sys; v=float(sys.argv[1]); sys.exit(0 if 0 <= v < 1 else 1)" "${hs:-x}" 2>/dev/null \
    && ok "open: handshake ${hs} s" || fail "open: handshake is '${hs}'"
[[ -n $(sample 'tcpdoctor_probe_step_duration_seconds{step=port}' "$tmp/open.prom") ]] && ok "open: the port step's duration" \
    || fail "open: no step duration for port"

# A refused port.
status=$(scrape "$base/probe?target=127.0.0.1&port=$closed" "$tmp/closed.prom")
[[ $status == 200 ]] && ok "refused: 200 (the check worked; its verdict is the answer)" || fail "refused: HTTP $status"
[[ $(sample tcpdoctor_probe_success "$tmp/closed.prom") == 0.0 ]] && ok "refused: success 0" || fail "refused: success '$(sample tcpdoctor_probe_success "$tmp/closed.prom")'"
[[ $(sample 'tcpdoctor_probe_verdict{code=port.refused,layer=server}' "$tmp/closed.prom") == 1.0 ]] && ok "refused: verdict port.refused" \
    || fail "refused: $(grep verdict "$tmp/closed.prom")"
[[ -z $(sample tcpdoctor_probe_handshake_seconds "$tmp/closed.prom") ]] && ok "refused: no handshake sample" || fail "refused: a handshake sample"

# Bad requests: 400 and one line.
for q in "probe" "probe?target=" "probe?target=nas.example:99999" "probe?target=a%20b%20c"; do
    status=$(scrape "$base/$q" "$tmp/bad.txt")
    if [[ $status == 400 && $(wc -l <"$tmp/bad.txt") == 1 ]] && grep -q '^tcpdoctor: ' "$tmp/bad.txt"; then
        ok "/$q: 400, one line ($(cat "$tmp/bad.txt"))"
    else
        fail "/$q: HTTP $status: $(cat "$tmp/bad.txt")"
    fi
done
status=$(scrape "$base/nothing-here" "$tmp/404.txt")
[[ $status == 404 ]] && ok "an unknown path: 404" || fail "an unknown path: HTTP $status"

# Several at once (more than --max-in-flight 4): every one is answered.
scrapers=()
for i in $(seq 1 10); do
    scrape "$base/probe?target=127.0.0.1:$open" "$tmp/many.$i" >"$tmp/many.$i.status" &
    scrapers+=("$!")
done
for p in "${scrapers[@]}"; do wait "$p" || true; done
good=0
for i in $(seq 1 10); do
    [[ $(cat "$tmp/many.$i.status") == 200 && $(sample tcpdoctor_probe_success "$tmp/many.$i") == 1.0 ]] && good=$((good + 1))
done
[[ $good == 10 ]] && ok "10 at once with 4 in flight: all answered" || fail "10 at once: $good answered"

# The exporter's own counters.
status=$(scrape "$base/metrics" "$tmp/own.prom")
[[ $status == 200 ]] && ok "/metrics: 200" || fail "/metrics: HTTP $status"
[[ $(sample 'tcpdoctor_exporter_probes_total{result=checked}' "$tmp/own.prom") == 12.0 ]] && ok "/metrics: 12 checks counted" \
    || fail "/metrics: checked = '$(sample 'tcpdoctor_exporter_probes_total{result=checked}' "$tmp/own.prom")'"
[[ $(sample 'tcpdoctor_exporter_probes_total{result=bad_input}' "$tmp/own.prom") == 4.0 ]] && ok "/metrics: 4 bad requests counted" \
    || fail "/metrics: bad_input = '$(sample 'tcpdoctor_exporter_probes_total{result=bad_input}' "$tmp/own.prom")'"
[[ $(sample tcpdoctor_exporter_probes_in_flight "$tmp/own.prom") == 0.0 ]] && ok "/metrics: none in flight" || fail "/metrics: in flight"

# SIGTERM: a clean stop.
kill -TERM "$exporter"
rc=0
wait "$exporter" || rc=$?
[[ $rc == 0 ]] && ok "SIGTERM: exit 0" || fail "SIGTERM: exit $rc ($(cat "$tmp/exporter.err"))"
grep -q "stopped" "$tmp/exporter" && ok "it says it stopped" || fail "no stop line: $(cat "$tmp/exporter")"

if [[ $fails -gt 0 ]]; then
    echo "exporter: $fails check(s) failed"
    exit 1
fi
echo "exporter: every check passed"

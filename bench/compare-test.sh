#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# bench.compare (ctest -L unit): bench/compare.py on two small results files with known changes: each
# figure gets one line, a slower time / fewer right answers / fewer messages per second is WORSE, a
# faster time is better, a small change is the same; --fail-on-worse exits 1; bad input exits 2.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
out=$("$py" "$here/compare.py" "$here/testdata/old.json" "$here/testdata/new.json")
rc=$?
fail=0
expect() { grep -qF -- "$1" <<<"$out" || { echo "missing: $1"; fail=1; }; }
[[ $rc == 0 ]] || { echo "exit $rc without --fail-on-worse"; fail=1; }
expect "better   verdict server-drop: tcpdoctor: 2,550 ms -> 900 ms (-65 %)"
expect "WORSE    verdict open: tcpdoctor: 140 ms -> 210 ms (+50 %)"
expect "same     checklist: whole run: 900 ms -> 905 ms (+1 %)"
expect "WORSE    many 1000: tcpdoctor right"
expect "WORSE    explain BM_Explain: messages per second"
expect "new      checklist: step port: 5 ms"
expect "3 figure(s) got worse"
"$py" "$here/compare.py" --fail-on-worse "$here/testdata/old.json" "$here/testdata/new.json" >/dev/null
[[ $? == 1 ]] || { echo "--fail-on-worse did not exit 1"; fail=1; }
"$py" "$here/compare.py" "$here/testdata/old.json" "$here/compare-test.sh" >/dev/null 2>&1
[[ $? == 2 ]] || { echo "a file that is not JSON did not exit 2"; fail=1; }
if [[ $fail != 0 ]]; then
    echo "--- output:"; echo "$out"; exit 1
fi
echo "bench.compare: ok"

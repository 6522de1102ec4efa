#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# down.sh: tear down every lab left up by up.sh (asks each lab run to end, so its own trap cleans
# up), then remove whatever a killed run left behind (namespaces tdl<pid>c/r/s, /etc/netns/tdl*,
# /tmp/tdl*). Touches nothing but the lab's own names.
set -uo pipefail
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ $(id -u) != 0 ]]; then
    echo "down.sh: needs root: sudo $0" >&2
    exit 1
fi
LAB_SCENARIO=down
# shellcheck source=lab.sh
source "$dir/lab.sh"
set +e

pids=()
while read -r ns _; do
    [[ $ns =~ ^tdl([0-9]+)[crs]$ ]] || continue
    pid=${BASH_REMATCH[1]}
    [[ " ${pids[*]} " == *" $pid "* ]] && continue
    lab__is_lab_pid "$pid" && pids+=("$pid")
done < <(ip netns list 2>/dev/null)

for pid in "${pids[@]}"; do
    echo "down.sh: asking lab run $pid to tear down"
    kill -TERM "$pid" 2>/dev/null
done
for ((i = 0; i < 100; i++)); do
    left=0
    for pid in "${pids[@]}"; do
        if ip netns list 2>/dev/null | grep -Eq "^tdl${pid}[crs]( |$)"; then left=1; fi
    done
    [[ $left == 0 ]] && break
    sleep 0.1
done
lab_sweep_stale
if ip netns list 2>/dev/null | grep -Eq '^tdl[0-9]+[crs]( |$)'; then
    echo "down.sh: some lab namespaces are still there:" >&2
    ip netns list | grep -E '^tdl[0-9]+[crs]( |$)' >&2
    exit 1
fi
echo "down.sh: no lab is up"
exit 0

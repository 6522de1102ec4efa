#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# up.sh SCENARIO [--for MINUTES]: build one lab scenario (topology + its fault) and leave it up so a
# person can run tcpdoctor (CLI or GUI) against it. Prints the commands. Ctrl-C or down.sh tears it
# down; so does the end of --for (default 60 minutes). Without SCENARIO: lists them.
set -euo pipefail
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

list() {
    echo "scenarios:"
    local f about
    for f in "$dir"/scenarios/*.sh; do
        about=$(sed -n 's/^# LAB.md: //p' "$f" | head -n 1)
        printf '  %-26s %s\n' "$(basename "$f" .sh)" "$about"
    done
}

if [[ $# -lt 1 || $1 == -h || $1 == --help ]]; then
    echo "usage: sudo $0 SCENARIO [--for MINUTES]"
    list
    exit 2
fi
name=$1
shift
minutes=60
while [[ $# -gt 0 ]]; do
    case $1 in
        --for)
            [[ ${2:-} =~ ^[0-9]+$ && $2 -ge 1 && $2 -le 1440 ]] || { echo "up.sh: --for needs MINUTES (1-1440)" >&2; exit 2; }
            minutes=$2
            shift
            ;;
        *) echo "up.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
    shift
done
if [[ ! -f $dir/scenarios/$name.sh ]]; then
    echo "up.sh: no scenario '$name'" >&2
    list >&2
    exit 2
fi
if [[ $(id -u) != 0 ]]; then
    echo "up.sh: the lab needs root (network namespaces, nftables): sudo $0 $name" >&2
    exit 1
fi
export LAB_MODE=up LAB_HOLD=$((minutes * 60))
exec bash "$dir/scenarios/$name.sh"

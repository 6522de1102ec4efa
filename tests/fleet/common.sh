# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Shared by the fleet tests (exporter.sh, ansible.sh), sourced after `tcpdoctor` is set: a private folder and
# HOME removed on exit with every process started (pids), no proxy and no sign-in page check, a free loopback
# port, and the real test listener.
export TCPDOCTOR_PORTAL_URL=off http_proxy= https_proxy= HTTPS_PROXY= all_proxy= ALL_PROXY= no_proxy='*'
tmp=$(mktemp -d)
pids=()
fleet_cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap fleet_cleanup EXIT
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data LANG=C.UTF-8

# A port on 127.0.0.1 nothing listens on now. Debian's Python (/usr/bin/python3): on these machines the python3
# first on PATH may be another one, without Debian's modules.
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# wait_for FILE TEXT PID: until FILE holds TEXT (10 s at most); fails when PID ends first.
wait_for() {
    for _ in $(seq 1 100); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        kill -0 "$3" 2>/dev/null || { echo "exited early: $(cat "$1" "$1.err" 2>/dev/null)"; return 1; }
        sleep 0.1
    done
    echo "not ready within 10 s: $(cat "$1")"
    return 1
}

# start_test_listener PORT SECONDS: `tcpdoctor listen --serve PORT` on 127.0.0.1, returns once it listens.
start_test_listener() {
    "$tcpdoctor" listen --serve "$1" --for "$2" --address 127.0.0.1 >"$tmp/listener.$1" 2>&1 &
    pids+=("$!")
    wait_for "$tmp/listener.$1" OPEN "$!"
}

# shellcheck shell=bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# lab.sh — the network lab's harness. Every scenario in tests/lab/scenarios/ sources it.
# Read tests/lab/README.md and shared/design/LAB.md first: the safety rules are absolute.
#
#   client ns ──eth0 ═ rc0── router ns ──rs0 ═ eth0── server ns
#   198.51.100.1/24          198.51.100.254/24       203.0.113.2/24
#   2001:db8:1::1/64         2001:db8:1::fe/64       2001:db8:2::2/64
#                            203.0.113.254/24
#                            2001:db8:2::fe/64
#
# The client–router link is a veth pair, or two TAP devices joined by labrelay when a scenario
# wants delay or loss (this kernel has no netem). Names are unique per run (tdl<pid>c/r/s). Nothing
# is ever put in the host namespace; everything made here is removed on every exit path.
#
# A scenario defines scenario_setup (build the lab and the one fault; set LAB_TARGET) and
# scenario_check (run lab_diagnose and the expect_* checks), then calls lab_run "$@".
# `tests/lab/up.sh NAME` runs only the setup and leaves the lab up for a person.

if [[ -n ${LAB_SH_LOADED:-} ]]; then return 0; fi
LAB_SH_LOADED=1
set -Eeuo pipefail

LAB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAB_SCENARIO=${LAB_SCENARIO:-$(basename "$0" .sh)}
LAB_MODE=${LAB_MODE:-test}             # test: set up, check, tear down. up: set up, wait, tear down.
LAB_DEADLINE=${LAB_DEADLINE:-120}      # test mode: the whole scenario must end within this (s)
LAB_HOLD=${LAB_HOLD:-3600}             # up mode: tear down after this many seconds at the latest
LAB_DIAG_TIMEOUT=${LAB_DIAG_TIMEOUT:-60} # one tcpdoctor run is killed after this (s)
LAB_VERBOSE=${LAB_VERBOSE:-0}
# LAB_ARTIFACTS=DIR keeps every report (DIR/SCENARIO.PID.N.json and .stderr) after the lab is gone.

LAB_ID=tdl$$
LAB_C=${LAB_ID}c
LAB_R=${LAB_ID}r
LAB_S=${LAB_ID}s

# Interfaces and addresses (documentation ranges only).
LAB_C_IF=eth0 LAB_RC_IF=rc0 LAB_RS_IF=rs0 LAB_S_IF=eth0
LAB_C4=198.51.100.1   LAB_RC4=198.51.100.254  LAB_RS4=203.0.113.254  LAB_S4=203.0.113.2
LAB_C6=2001:db8:1::1  LAB_RC6=2001:db8:1::fe  LAB_RS6=2001:db8:2::fe  LAB_S6=2001:db8:2::2

# jq: the first attempt of the port step (use inside expect_jq filters).
LAB_ATTEMPT0='(.steps[] | select(.id == "port") | .data.attempts[0])'
# jq: the DNS step (use inside expect_jq filters).
LAB_DNS='(.steps[] | select(.id == "dns"))'
# jq: the firewall step's data (trace, controls, local rules, conclusion).
LAB_FIREWALL='(.steps[] | select(.id == "firewall") | .data)'

LAB_TARGET=""          # what scenario_check diagnoses; printed by up.sh
LAB_EXPECT=""          # the verdict the scenario expects; printed by up.sh
LAB_ABOUT=""           # one line: what the scenario breaks
LAB_TMP=""
LAB_V6=1
LAB_RELAY=0
LAB_PIDS=()
LAB_NETNS=()
LAB_ETC_DIRS=()
LAB_DIAG_ENV=() # extra VAR=value for the next lab_diagnose runs (a scenario sets it)
LAB_MADE_ETC_NETNS=0
LAB_CLEANED=0
LAB_FAILS=0
LAB_CHECKS=0
LAB_RUN=0
LAB_DUMPED_RUN=-1
LAB_OUT="" LAB_ERR="" LAB_EXIT="" LAB_MS=""
LAB_TCPDOCTOR_RUN=""
LAB_LD_PATH=""
LAB_SEQ=0

lab_log() { echo "lab: $*" >&2; }
lab_vlog() { if [[ $LAB_VERBOSE == 1 ]]; then echo "lab: $*" >&2; fi; return 0; }

# A broken lab (not a wrong verdict): stop here; the EXIT trap tears everything down.
lab_die() {
    echo "FAIL: [$LAB_SCENARIO] lab error: $*"
    LAB_FAILS=$((LAB_FAILS + 1))
    exit 1
}

lab__ci() { [[ ${CI:-} =~ ^([Tt][Rr][Uu][Ee]|1|[Yy][Ee][Ss])$ ]]; }

# The lab cannot run on this machine: a skip (77) for people, a failure in CI.
lab__unavailable() {
    if lab__ci; then
        echo "FAIL: [$LAB_SCENARIO] the lab must run in CI (CI=$CI) but cannot: $1"
        exit 1
    fi
    echo "SKIPPED: lab needs root and network namespaces ($1)"
    LAB_SKIPPED=1
    exit 77
}

# ---------------------------------------------------------------------------------------------
# Clean-up: every exit path ends here (EXIT trap; INT/TERM/HUP exit through it).

lab__kill_wait() { # PIDS...: TERM, wait up to ~3 s, then KILL
    local p alive i
    [[ $# -gt 0 ]] || return 0
    kill -TERM "$@" 2>/dev/null || true
    for ((i = 0; i < 30; i++)); do
        alive=0
        for p in "$@"; do
            if kill -0 "$p" 2>/dev/null && [[ $(awk '{print $3}' "/proc/$p/stat" 2>/dev/null) != Z ]]; then
                alive=1
            fi
        done
        [[ $alive == 1 ]] || break
        sleep 0.1
    done
    for p in "$@"; do
        if kill -0 "$p" 2>/dev/null && [[ $(awk '{print $3}' "/proc/$p/stat" 2>/dev/null) != Z ]]; then
            kill -KILL "$p" 2>/dev/null || true
        fi
    done
    wait "$@" 2>/dev/null || true
}

lab__is_child() { # PID: still a process this scenario started (not a reused pid)
    [[ -r /proc/$1/stat ]] || return 1
    [[ $(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | awk '{print $2}') == "$$" ]]
}

lab__ns_pids() { # NS: pids of processes inside it
    ip netns pids "$1" 2>/dev/null || true
}

# Lab relays (they run in the host namespace) that serve NS: argv[0] is labrelay and one argument
# is exactly NS. Only needed for runs killed by SIGKILL (relays also die with their parent).
lab__relay_pids() {
    local f pid args
    for f in /proc/[0-9]*/cmdline; do
        pid=${f#/proc/}
        pid=${pid%/cmdline}
        { args=$(tr '\0' '\n' <"$f"); } 2>/dev/null || continue
        [[ $(head -n 1 <<<"$args") == */labrelay || $(head -n 1 <<<"$args") == labrelay ]] || continue
        if grep -qx -- "$1" <<<"$args"; then echo "$pid"; fi
    done
    return 0
}

lab__remove_netns() { # NS: kill what runs in it (and a relay serving it), delete it
    local ns=$1 pids
    pids=$( (lab__ns_pids "$ns"; lab__relay_pids "$ns") | sort -u | tr '\n' ' ')
    # shellcheck disable=SC2086
    if [[ -n ${pids// /} ]]; then lab__kill_wait $pids; fi
    ip netns del "$ns" 2>/dev/null || true
}

lab__cleanup() {
    [[ $LAB_CLEANED == 1 ]] && return 0
    LAB_CLEANED=1
    set +e
    trap '' INT TERM HUP USR1 # finish the clean-up even when someone presses Ctrl-C again
    local p mine=()
    for p in "${LAB_PIDS[@]}"; do
        if lab__is_child "$p"; then mine+=("$p"); fi
    done
    if [[ ${#mine[@]} -gt 0 ]]; then lab__kill_wait "${mine[@]}"; fi
    local ns
    for ns in "${LAB_NETNS[@]}"; do lab__remove_netns "$ns"; done
    local d
    for d in "${LAB_ETC_DIRS[@]}"; do
        case $d in /etc/netns/tdl[0-9]*[crs]) rm -rf -- "$d" ;; esac
    done
    # Another lab run may have put its own directory there meanwhile: then /etc/netns stays.
    if [[ $LAB_MADE_ETC_NETNS == 1 ]]; then rmdir /etc/netns 2>/dev/null || true; fi
    if [[ -n $LAB_TMP && -d $LAB_TMP && $LAB_TMP == /tmp/tdl* ]]; then rm -rf -- "$LAB_TMP"; fi
    for ns in "${LAB_NETNS[@]}"; do
        if ip netns list 2>/dev/null | awk '{print $1}' | grep -qx "$ns"; then
            echo "FAIL: [$LAB_SCENARIO] namespace $ns could not be removed" >&2
        fi
    done
    return 0
}

lab__on_exit() {
    local rc=$?
    lab__cleanup
    if [[ $rc == 0 && $LAB_FAILS -gt 0 ]]; then rc=1; fi
    # 77 means "skipped" to ctest: only lab__unavailable may say that.
    if [[ $rc == 77 && ${LAB_SKIPPED:-0} != 1 ]]; then rc=1; fi
    exit "$rc"
}

lab__on_deadline() {
    trap '' INT TERM HUP USR1
    echo "FAIL: [$LAB_SCENARIO] the scenario did not end within its deadline of $LAB_DEADLINE s; tearing the lab down"
    exit 124
}

lab__on_signal() {
    trap '' INT TERM HUP USR1
    echo "lab: [$LAB_SCENARIO] got SIG$1, tearing the lab down" >&2
    if [[ $LAB_MODE == test ]]; then echo "FAIL: [$LAB_SCENARIO] interrupted by SIG$1"; fi
    case $1 in INT) exit 130 ;; HUP) exit 129 ;; *) exit 143 ;; esac
}

lab__on_err() {
    # Only the scenario's own shell reports; in a subshell the failure reaches the parent anyway.
    [[ $BASHPID == "$$" ]] || return 0
    local where="${BASH_SOURCE[1]##*/}:$2" i
    for ((i = 1; i < ${#FUNCNAME[@]} - 1; i++)); do
        where+=" <- ${BASH_SOURCE[i + 1]##*/}:${BASH_LINENO[i]}"
    done
    echo "FAIL: [$LAB_SCENARIO] lab command failed (exit $1, at $where): $3"
    LAB_FAILS=$((LAB_FAILS + 1))
}

trap lab__on_exit EXIT
trap 'lab__on_signal INT' INT
trap 'lab__on_signal TERM' TERM
trap 'lab__on_signal HUP' HUP
trap lab__on_deadline USR1
trap 'lab__on_err $? $LINENO "$BASH_COMMAND"' ERR

# Namespaces left by a lab run that was killed with SIGKILL (no trap could run): named
# tdl<pid>[crs] while that pid is no longer the live lab run that wrote /tmp/tdl<pid>.*/owner
# (pid + start time, so a reused pid does not count). Only such names are touched.
lab__starttime() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | awk '{print $20}'; }

lab__is_lab_pid() {
    local pid=$1 st d
    st=$(lab__starttime "$pid")
    [[ -n $st ]] || return 1
    for d in /tmp/tdl"$pid".*; do
        [[ -d $d ]] || continue
        # A scenario running beside this one may be between making its folder and writing its owner
        # line: a live process with a folder of its own is never swept.
        [[ -f $d/owner ]] || return 0
        [[ $(cat "$d/owner" 2>/dev/null) == "$pid $st" ]] && return 0
    done
    return 1
}

lab_sweep_stale() {
    local ns pid swept=0
    while read -r ns _; do
        [[ $ns =~ ^tdl([0-9]+)[crs]$ ]] || continue
        pid=${BASH_REMATCH[1]}
        if [[ $pid == "$$" ]] || lab__is_lab_pid "$pid"; then continue; fi
        lab_log "removing stale namespace $ns (its lab run $pid is gone)"
        lab__remove_netns "$ns"
        swept=1
    done < <(ip netns list 2>/dev/null || true)
    local d
    for d in /etc/netns/tdl[0-9]*[crs]; do
        [[ -d $d ]] || continue
        [[ ${d##*/} =~ ^tdl([0-9]+)[crs]$ ]] || continue
        pid=${BASH_REMATCH[1]}
        if [[ $pid == "$$" ]] || lab__is_lab_pid "$pid"; then continue; fi
        rm -rf -- "$d"
        swept=1
    done
    for d in /tmp/tdl[0-9]*.*; do
        [[ -d $d ]] || continue
        [[ ${d##*/} =~ ^tdl([0-9]+)\. ]] || continue
        pid=${BASH_REMATCH[1]}
        if [[ $pid == "$$" ]] || lab__is_lab_pid "$pid"; then continue; fi
        rm -rf -- "$d"
    done
    [[ $swept == 0 ]] || rmdir /etc/netns 2>/dev/null || true
    return 0
}

# ---------------------------------------------------------------------------------------------
# Setup

lab_require() {
    [[ $(id -u) == 0 ]] || lab__unavailable "not running as root"
    local missing=() t
    for t in ip nft jq setpriv timeout awk; do
        command -v "$t" >/dev/null 2>&1 || missing+=("$t")
    done
    [[ ${#missing[@]} == 0 ]] || lab__unavailable "missing tools: ${missing[*]}; run scripts/install-deps --lab"
    getent passwd nobody >/dev/null || lab__unavailable "no user 'nobody' to run tcpdoctor unprivileged"
}

lab__ns() { # ROLE or name -> namespace name
    case $1 in
        c | client) echo "$LAB_C" ;;
        r | router) echo "$LAB_R" ;;
        s | server) echo "$LAB_S" ;;
        "$LAB_C" | "$LAB_R" | "$LAB_S") echo "$1" ;;
        *) lab_die "unknown namespace role '$1' (client, router, server)" ;;
    esac
}

lab_exec() { # ROLE CMD...: run CMD inside that namespace (as root)
    local ns
    ns=$(lab__ns "$1")
    shift
    ip netns exec "$ns" "$@"
}
lab_client_exec() { ip netns exec "$LAB_C" "$@"; }
lab_router_exec() { ip netns exec "$LAB_R" "$@"; }
lab_server_exec() { ip netns exec "$LAB_S" "$@"; }

lab__sysctl() { # NS key=value...
    local ns=$1
    shift
    ip netns exec "$ns" sysctl -qw "$@" >/dev/null
}

lab__wait_file() { # FILE TEXT PID WHAT: bounded wait until FILE contains TEXT (5 s)
    local i
    for ((i = 0; i < 100; i++)); do
        if grep -q "$2" "$1" 2>/dev/null; then return 0; fi
        if ! kill -0 "$3" 2>/dev/null; then
            lab_die "$4 exited before it was ready: $(tail -n 5 "${1%.out}.err" 2>/dev/null | tr '\n' ' ')"
        fi
        sleep 0.05
    done
    lab_die "$4 was not ready within 5 s"
}

lab__lifetime() { # how long helper processes may live (they end by themselves after this)
    if [[ $LAB_MODE == up ]]; then echo $((LAB_HOLD + 60)); else echo $((LAB_DEADLINE + 30)); fi
}

# Path of one of the lab's helper programs (labserver, labrelay): from the environment (ctest),
# from the usual build tree, or compiled here on the spot (for up.sh on a fresh checkout).
lab__tool() {
    local name=$1 var cand
    var=$(echo "$name" | tr '[:lower:]' '[:upper:]')
    cand=${!var:-}
    if [[ -n $cand ]]; then
        [[ -x $cand ]] || lab_die "$var=$cand is not an executable file"
        echo "$cand"
        return 0
    fi
    for cand in "$LAB_DIR/../../build/tests/lab/$name" "$LAB_DIR/../../build/$name"; do
        if [[ -x $cand ]]; then
            echo "$cand"
            return 0
        fi
    done
    cand=$LAB_TMP/bin/$name
    if [[ ! -x $cand ]]; then
        mkdir -p "$LAB_TMP/bin"
        command -v g++ >/dev/null || lab_die "$name is not built and there is no g++ to build it"
        lab_log "building $name from $LAB_DIR/$name.cpp"
        g++ -std=c++17 -O2 -o "$cand" "$LAB_DIR/$name.cpp" >&2 || lab_die "could not build $name"
    fi
    echo "$cand"
}

lab__bg() { # OUTBASE CMD...: start CMD in the background, stdout/stderr to OUTBASE.out/.err
    local base=$1
    shift
    "$@" >"$base.out" 2>"$base.err" &
    LAB_BG_PID=$!
    LAB_PIDS+=("$LAB_BG_PID")
}

lab__watchdog() { # test mode: SIGUSR1 to ourselves when the scenario overruns LAB_DEADLINE
    local me=$$ secs=$LAB_DEADLINE
    (
        trap 'kill "$sp" 2>/dev/null; wait "$sp" 2>/dev/null; exit 0' TERM
        sleep "$secs" &
        sp=$!
        if wait "$sp"; then kill -USR1 "$me" 2>/dev/null; fi
    ) &
    LAB_PIDS+=("$!")
}

# lab_up [--no-v6] [--relay DELAY_MS LOSS_PCT] [--seed N]
# Builds the three namespaces, the links, addresses, routes, forwarding, and a client
# resolv.conf/hosts of its own (nameserver 203.0.113.2, localhost only).
lab_up() {
    local delay=0 loss=0 seed=${LAB_SEED:-1}
    while [[ $# -gt 0 ]]; do
        case $1 in
            --no-v6) LAB_V6=0 ;;
            --relay)
                [[ $# -ge 3 ]] || lab_die "lab_up --relay needs DELAY_MS LOSS_PCT"
                LAB_RELAY=1 delay=$2 loss=$3
                shift 2
                ;;
            --seed) seed=$2; shift ;;
            *) lab_die "lab_up: unknown option '$1'" ;;
        esac
        shift
    done
    lab_require
    lab_sweep_stale
    LAB_TMP=$(mktemp -d "/tmp/${LAB_ID}.XXXXXX")
    echo "$$ $(lab__starttime $$)" >"$LAB_TMP/owner"
    chmod 711 "$LAB_TMP"

    local ns err
    for ns in "$LAB_C" "$LAB_R" "$LAB_S"; do
        if ! err=$(ip netns add "$ns" 2>&1); then
            if [[ $ns == "$LAB_C" ]]; then lab__unavailable "ip netns add failed: $err"; fi
            lab_die "ip netns add $ns: $err"
        fi
        LAB_NETNS+=("$ns")
        ip -n "$ns" link set lo up
        if [[ $LAB_V6 == 1 ]]; then
            # Addresses survive a link going down, as on any router or server with a fixed
            # configuration (the kernel's default forgets them, which no real network does).
            lab__sysctl "$ns" net.ipv6.conf.all.keep_addr_on_down=1 net.ipv6.conf.default.keep_addr_on_down=1
            # With LAB_FRESH_LINK=1 the client checks its IPv6 address for duplicates (DAD) each time
            # its link comes up, as every computer does: the address is "tentative" for 1-2 s.
            if [[ $ns == "$LAB_C" && ${LAB_FRESH_LINK:-0} == 1 ]]; then
                lab__sysctl "$ns" net.ipv6.conf.all.accept_dad=1 net.ipv6.conf.default.accept_dad=1
            else
                lab__sysctl "$ns" net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
            fi
        else
            lab__sysctl "$ns" net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
        fi
    done
    [[ $LAB_MODE == test ]] && lab__watchdog

    if [[ $LAB_RELAY == 1 ]]; then
        [[ -c /dev/net/tun ]] || lab__unavailable "no /dev/net/tun for the packet relay"
        local relay
        relay=$(lab__tool labrelay)
        lab__bg "$LAB_TMP/relay" "$relay" --delay "$delay" --loss "$loss" --seed "$seed" \
            --for "$(lab__lifetime)" --parent $$ "$LAB_C" "$LAB_C_IF" "$LAB_R" "$LAB_RC_IF"
        LAB_RELAY_PID=$LAB_BG_PID
        lab__wait_file "$LAB_TMP/relay.out" ready "$LAB_RELAY_PID" "labrelay"
        lab_log "client link is a relay: ${delay} ms delay each way, ${loss} % loss each way (seed $seed)"
    else
        ip -n "$LAB_C" link add "$LAB_C_IF" type veth peer name "$LAB_RC_IF" netns "$LAB_R"
    fi
    ip -n "$LAB_R" link add "$LAB_RS_IF" type veth peer name "$LAB_S_IF" netns "$LAB_S"

    ip -n "$LAB_C" addr add "$LAB_C4/24" dev "$LAB_C_IF"
    ip -n "$LAB_R" addr add "$LAB_RC4/24" dev "$LAB_RC_IF"
    ip -n "$LAB_R" addr add "$LAB_RS4/24" dev "$LAB_RS_IF"
    ip -n "$LAB_S" addr add "$LAB_S4/24" dev "$LAB_S_IF"
    if [[ $LAB_V6 == 1 ]]; then
        if [[ ${LAB_FRESH_LINK:-0} == 1 ]]; then
            ip -n "$LAB_C" addr add "$LAB_C6/64" dev "$LAB_C_IF"
        else
            ip -n "$LAB_C" addr add "$LAB_C6/64" dev "$LAB_C_IF" nodad
        fi
        ip -n "$LAB_R" addr add "$LAB_RC6/64" dev "$LAB_RC_IF" nodad
        ip -n "$LAB_R" addr add "$LAB_RS6/64" dev "$LAB_RS_IF" nodad
        ip -n "$LAB_S" addr add "$LAB_S6/64" dev "$LAB_S_IF" nodad
    fi
    ip -n "$LAB_C" link set "$LAB_C_IF" up
    ip -n "$LAB_R" link set "$LAB_RC_IF" up
    ip -n "$LAB_R" link set "$LAB_RS_IF" up
    ip -n "$LAB_S" link set "$LAB_S_IF" up
    if [[ $LAB_RELAY == 1 ]]; then
        # A TAP reports operstate "unknown" until its carrier changes once; a real Ethernet link
        # (which the relay stands for) says "up". One carrier off/on makes it so.
        local dev
        for dev in "$LAB_C:$LAB_C_IF" "$LAB_R:$LAB_RC_IF"; do
            ip -n "${dev%%:*}" link set "${dev#*:}" carrier off
            ip -n "${dev%%:*}" link set "${dev#*:}" carrier on
        done
    fi

    lab__sysctl "$LAB_R" net.ipv4.ip_forward=1
    [[ $LAB_V6 == 0 ]] || lab__sysctl "$LAB_R" net.ipv6.conf.all.forwarding=1

    ip -n "$LAB_C" route add default via "$LAB_RC4" dev "$LAB_C_IF"
    ip -n "$LAB_S" route add default via "$LAB_RS4" dev "$LAB_S_IF"
    if [[ $LAB_V6 == 1 ]]; then
        ip -n "$LAB_C" -6 route add default via "$LAB_RC6" dev "$LAB_C_IF"
        ip -n "$LAB_S" -6 route add default via "$LAB_RS6" dev "$LAB_S_IF"
    fi

    # The client's own resolver and hosts file, never the host's.
    [[ -d /etc/netns ]] || { mkdir -p /etc/netns && LAB_MADE_ETC_NETNS=1; }
    mkdir -p "/etc/netns/$LAB_C"
    LAB_ETC_DIRS+=("/etc/netns/$LAB_C")
    lab_resolv "nameserver $LAB_S4"
    lab_hosts $'127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback'

    # Links must be up (carrier) before anyone judges them.
    local i ok
    for ((i = 0; i < 50; i++)); do
        ok=1
        ip -n "$LAB_C" link show "$LAB_C_IF" | grep -q 'state UP' || ok=0
        ip -n "$LAB_R" link show "$LAB_RC_IF" | grep -q 'state UP' || ok=0
        ip -n "$LAB_R" link show "$LAB_RS_IF" | grep -q 'state UP' || ok=0
        ip -n "$LAB_S" link show "$LAB_S_IF" | grep -q 'state UP' || ok=0
        [[ $ok == 0 ]] || break
        sleep 0.1
    done
    [[ $ok == 1 ]] || lab_die "the lab's links did not come up within 5 s"
    if [[ $LAB_V6 == 1 ]]; then # duplicate address detection (LAB_FRESH_LINK=1) must have finished
        for ((i = 0; i < 50; i++)); do
            [[ -n $(ip -n "$LAB_C" -6 addr show dev "$LAB_C_IF" tentative) ]] || break
            sleep 0.1
        done
        [[ -z $(ip -n "$LAB_C" -6 addr show dev "$LAB_C_IF" tentative) ]] \
            || lab_die "the client's IPv6 address is still tentative after 5 s"
    fi
    lab_vlog "lab up: $LAB_C — $LAB_R — $LAB_S (v6=$LAB_V6 relay=$LAB_RELAY)"
}

# lab_listen PORT MODE [TEXT (banner only)] [ADDR] [--ns ROLE] [--hold S] [--backlog N] [--delay S (do not wait)]
# Starts labserver (in the server namespace unless --ns) and waits until it listens.
# ADDR defaults to "::" (both families), or 0.0.0.0 with --no-v6.
lab_listen() {
    local port=$1 mode=$2 role=server hold=10 text="" addr="" backlog="" delay=""
    shift 2
    if [[ $mode == banner ]]; then
        [[ $# -ge 1 ]] || lab_die "lab_listen PORT banner needs TEXT"
        text=$1
        shift
    fi
    while [[ $# -gt 0 ]]; do
        case $1 in
            --ns) role=$2; shift ;;
            --hold) hold=$2; shift ;;
            --backlog) backlog=$2; shift ;;
            --delay) delay=$2; shift ;;
            *) addr=$1 ;;
        esac
        shift
    done
    [[ -n $addr ]] || { if [[ $LAB_V6 == 1 ]]; then addr=::; else addr=0.0.0.0; fi; }
    local server ns args
    server=$(lab__tool labserver)
    ns=$(lab__ns "$role")
    args=(--for "$(lab__lifetime)" --hold "$hold" --parent $$ "$addr" "$port" "$mode")
    [[ $mode != banner ]] || args+=("$text")
    [[ -z $backlog ]] || args=(--backlog "$backlog" "${args[@]}")
    [[ -z $delay ]] || args=(--delay "$delay" "${args[@]}")
    LAB_SEQ=$((LAB_SEQ + 1))
    lab__bg "$LAB_TMP/listen.$LAB_SEQ" ip netns exec "$ns" "$server" "${args[@]}"
    if [[ -n $delay ]]; then # it listens only after --delay: do not wait for it
        lab_vlog "labserver will listen on $addr port $port ($mode) in $ns after $delay s"
        return 0
    fi
    lab__wait_file "$LAB_TMP/listen.$LAB_SEQ.out" ready "$LAB_BG_PID" "labserver ($addr port $port $mode)"
    lab_vlog "labserver listens on $addr port $port ($mode) in $ns"
}

# lab_pki: a lab certificate authority ("tcpdoctor lab CA") trusted by the client through its system
# store (/etc/ssl of the client namespace holds only it), and server certificates signed by it in
# $LAB_TMP/pki: good (app.lab.example and 203.0.113.2), wrongname (other.lab.example), expired
# (2020-2021), and selfsigned (app.lab.example, signed by itself).
lab_pki() {
    command -v openssl >/dev/null || lab__unavailable "openssl is not installed"
    local d=$LAB_TMP/pki
    mkdir -p "$d/db"
    : >"$d/db/index.txt"
    echo 1000 >"$d/db/serial"
    # shellcheck disable=SC2016 # $dir is openssl's own variable in its config, not the shell's
    printf '%s\n' '[ca]' 'default_ca = lab' '[lab]' "dir = $d/db" 'database = $dir/index.txt' \
        'serial = $dir/serial' 'new_certs_dir = $dir' 'default_md = sha256' 'policy = any' \
        'copy_extensions = copy' 'unique_subject = no' '[any]' 'commonName = supplied' >"$d/ca.cnf"
    local key=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    openssl req -x509 "${key[@]}" -keyout "$d/ca.key" -out "$d/ca.pem" -days 30 -subj "/CN=tcpdoctor lab CA" \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null \
        || lab_die "openssl could not make the lab CA"
    local name cn san dates
    for spec in "good|app.lab.example|DNS:app.lab.example,IP:$LAB_S4|" \
                "wrongname|other.lab.example|DNS:other.lab.example|" \
                "expired|app.lab.example|DNS:app.lab.example|-startdate 20200101000000Z -enddate 20210101000000Z" \
                "big|app.lab.example|DNS:app.lab.example,IP:$LAB_S4$(printf ',DNS:name%03d.app.lab.example' {1..160})|"; do
        IFS='|' read -r name cn san dates <<<"$spec"
        openssl req "${key[@]}" -keyout "$d/$name.key" -out "$d/$name.csr" -subj "/CN=$cn" \
            -addext "subjectAltName=$san" 2>/dev/null || lab_die "openssl could not make the $name request"
        # shellcheck disable=SC2086 # $dates is two options or none
        openssl ca -batch -notext -config "$d/ca.cnf" -cert "$d/ca.pem" -keyfile "$d/ca.key" \
            -in "$d/$name.csr" -out "$d/$name.pem" ${dates:--days 30} 2>/dev/null \
            || lab_die "openssl could not sign the $name certificate"
    done
    openssl req -x509 "${key[@]}" -keyout "$d/selfsigned.key" -out "$d/selfsigned.pem" -days 30 \
        -subj "/CN=app.lab.example" -addext "subjectAltName=DNS:app.lab.example" 2>/dev/null \
        || lab_die "openssl could not make the self-signed certificate"
    mkdir -p "/etc/netns/$LAB_C/ssl/certs"
    cp "$d/ca.pem" "/etc/netns/$LAB_C/ssl/certs/tdl-lab-ca.pem"
    cp "$d/ca.pem" "/etc/netns/$LAB_C/ssl/certs/ca-certificates.crt"
    openssl rehash "/etc/netns/$LAB_C/ssl/certs" 2>/dev/null || lab_die "openssl rehash failed"
    chmod -R a+rX "$d" "/etc/netns/$LAB_C/ssl"
    lab_vlog "lab CA and certificates in $d; the client trusts the lab CA only"
}

# lab_tls PORT CERTNAME [--max-tls 1.0] / lab_http PORT STATUS [--pad BYTES]: tests/lab/tlsserver.py in the
# server namespace on both families (a TLS server with $LAB_TMP/pki/CERTNAME.pem, or plain HTTP answering
# STATUS, with a header of BYTES bytes).
lab_tls() {
    local port=$1 cert=$2
    shift 2
    lab__pyserver "$port" "$@" tls "$LAB_TMP/pki/$cert.pem" "$LAB_TMP/pki/$cert.key"
}
lab_http() { # PORT STATUS [--pad BYTES]
    local port=$1 status=$2
    shift 2
    lab__pyserver "$port" "$@" http "$status"
}
lab__pyserver() { # PORT [--max-tls V] MODE ARGS...
    command -v python3 >/dev/null || lab__unavailable "python3 is not installed"
    local port=$1 extra=()
    shift
    while [[ $1 == --max-tls || $1 == --pad ]]; do extra+=("$1" "$2"); shift 2; done
    local addr=0.0.0.0
    [[ $LAB_V6 == 0 ]] || addr=::
    LAB_SEQ=$((LAB_SEQ + 1))
    lab__bg "$LAB_TMP/tls.$LAB_SEQ" ip netns exec "$LAB_S" python3 "$LAB_DIR/tlsserver.py" \
        --for "$(lab__lifetime)" --parent $$ "${extra[@]}" "$addr" "$port" "$@"
    lab__wait_file "$LAB_TMP/tls.$LAB_SEQ.out" ready "$LAB_BG_PID" "tlsserver (port $port $1)"
    lab_vlog "tlsserver listens on $addr port $port ($*)"
}

# lab_tinyproxy PORT [CONFIG LINE...]: a real HTTP proxy (tinyproxy) in the router namespace, on the
# router's client-side address, serving the client only. Extra lines go into its configuration
# (BasicAuth USER PASSWORD, ConnectPort 443...). It ends with the lab.
lab_tinyproxy() {
    command -v tinyproxy >/dev/null || lab__unavailable "tinyproxy is not installed (scripts/install-deps --lab)"
    local port=$1
    shift
    LAB_SEQ=$((LAB_SEQ + 1))
    local conf=$LAB_TMP/tinyproxy.$LAB_SEQ.conf
    {
        echo "User nobody"
        echo "Group nogroup"
        echo "Port $port"
        echo "Listen $LAB_RC4"
        echo "Timeout 5"
        echo "MaxClients 10"
        echo "Allow $LAB_C4"
        echo "LogLevel Info"
        printf '%s\n' "$@"
    } >"$conf"
    chmod 644 "$conf"
    lab__bg "$LAB_TMP/tinyproxy.$LAB_SEQ" ip netns exec "$LAB_R" timeout "$(lab__lifetime)" tinyproxy -d -c "$conf"
    local i
    for ((i = 0; i < 50; i++)); do
        if ip netns exec "$LAB_R" ss -Htln "sport = :$port" | grep -q .; then
            lab_vlog "tinyproxy listens on $LAB_RC4 port $port"
            return 0
        fi
        sleep 0.1
    done
    lab_die "tinyproxy did not start on port $port: $(tail -n 3 "$LAB_TMP/tinyproxy.$LAB_SEQ.err" "$LAB_TMP/tinyproxy.$LAB_SEQ.out" 2>/dev/null)"
}

# lab_nft ROLE 'ruleset text': load rules with nft -f inside that namespace.
lab_nft() {
    local ns file
    ns=$(lab__ns "$1")
    LAB_SEQ=$((LAB_SEQ + 1))
    file=$LAB_TMP/nft.$LAB_SEQ
    printf '%s\n' "$2" >"$file"
    local err
    err=$(ip netns exec "$ns" nft -f "$file" 2>&1) || lab_die "nft in $ns rejected the ruleset: $err"
    lab_vlog "nft rules loaded in $ns"
}

# lab_resolv 'text' / lab_hosts 'text': the client's /etc/resolv.conf and /etc/hosts
# (ip netns exec bind-mounts /etc/netns/<client>/* over /etc).
lab_resolv() {
    printf '%s\n' "$1" >"/etc/netns/$LAB_C/resolv.conf"
    chmod 644 "/etc/netns/$LAB_C/resolv.conf"
}
lab_hosts() {
    printf '%s\n' "$1" >"/etc/netns/$LAB_C/hosts"
    chmod 644 "/etc/netns/$LAB_C/hosts"
}

# lab_dnsmasq ARGS...: dnsmasq as the DNS server in the server namespace, bound to the server's
# address(es) only, no upstream, no /etc/hosts; ARGS add records (e.g. --address=/x.test/203.0.113.2).
lab_dnsmasq() {
    command -v dnsmasq >/dev/null || lab__unavailable "dnsmasq is not installed"
    local listen=(--listen-address="$LAB_S4")
    [[ $LAB_V6 == 0 ]] || listen+=(--listen-address="$LAB_S6")
    LAB_SEQ=$((LAB_SEQ + 1))
    lab__bg "$LAB_TMP/dnsmasq.$LAB_SEQ" ip netns exec "$LAB_S" dnsmasq --keep-in-foreground \
        --no-resolv --no-hosts --no-poll --conf-file=/dev/null --bind-interfaces "${listen[@]}" \
        --pid-file="$LAB_TMP/dnsmasq.$LAB_SEQ.pid" --user=root --group=root --log-facility=- \
        --log-queries "$@"
    local pid=$LAB_BG_PID i port=53 a
    for a in "$@"; do [[ $a != --port=* ]] || port=${a#--port=}; done # a second dnsmasq on another port
    for ((i = 0; i < 100; i++)); do
        if ip netns exec "$LAB_S" ss -Hlnu "sport = :$port" 2>/dev/null | grep -q "$LAB_S4"; then
            lab_vlog "dnsmasq answers on $LAB_S4 port $port"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || lab_die "dnsmasq exited: $(tail -n 5 "$LAB_TMP/dnsmasq.$LAB_SEQ.err" | tr '\n' ' ')"
        sleep 0.05
    done
    lab_die "dnsmasq did not listen within 5 s"
}

# lab_dns_servfail PORT: a broken upstream DNS server on the server's address, UDP port PORT, that
# answers every question with SERVFAIL (socat hands each datagram to a shell that echoes it back
# with the header flags set to "response, recursion available, SERVFAIL": nothing else is built).
# Point dnsmasq at it (--server=/NAME/203.0.113.2#PORT) and dnsmasq passes the SERVFAIL on.
lab_dns_servfail() {
    command -v socat >/dev/null || lab__unavailable "socat is not installed (scripts/install-deps --lab)"
    command -v xxd >/dev/null || lab__unavailable "xxd is not installed"
    local port=$1 script
    LAB_SEQ=$((LAB_SEQ + 1))
    script=$LAB_TMP/servfail.$LAB_SEQ.sh
    printf '%s\n' '#!/bin/sh' "xxd -p -c 256 | sed -E 's/^(.{4}).{4}/\\18182/' | xxd -r -p" >"$script"
    chmod 755 "$script"
    lab__bg "$LAB_TMP/servfail.$LAB_SEQ" ip netns exec "$LAB_S" timeout "$(lab__lifetime)" \
        socat -T 5 "UDP4-RECVFROM:$port,bind=$LAB_S4,reuseaddr,fork" EXEC:"$script"
    local pid=$LAB_BG_PID i
    for ((i = 0; i < 100; i++)); do
        if ip netns exec "$LAB_S" ss -Hlnu "sport = :$port" 2>/dev/null | grep -q "$LAB_S4"; then
            lab_vlog "a SERVFAIL-only DNS server listens on $LAB_S4 port $port"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || lab_die "socat exited: $(tail -n 5 "$LAB_TMP/servfail.$LAB_SEQ.err" | tr '\n' ' ')"
        sleep 0.05
    done
    lab_die "the SERVFAIL server did not listen within 5 s"
}

# ---------------------------------------------------------------------------------------------
# Running tcpdoctor: inside the client namespace, as the unprivileged user nobody.

lab__nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; }

# Make sure nobody can run $TCPDOCTOR (and load its libraries); otherwise copy what is needed to
# a directory in LAB_TMP that nobody can read (removed with LAB_TMP).
lab__prepare_tcpdoctor() {
    [[ -n $LAB_TCPDOCTOR_RUN ]] && return 0
    [[ -n ${TCPDOCTOR:-} ]] || lab_die "TCPDOCTOR is not set (the path of the tcpdoctor binary; ctest sets it)"
    [[ -f $TCPDOCTOR && -x $TCPDOCTOR ]] || lab_die "TCPDOCTOR=$TCPDOCTOR is not an executable file"
    local libs=() l ok=1
    while read -r l; do libs+=("$l"); done < <({ ldd "$TCPDOCTOR" 2>/dev/null || true; } | awk '$2 == "=>" && $3 ~ /^\// {print $3}')
    lab__nobody test -x "$TCPDOCTOR" || ok=0
    for l in "${libs[@]}"; do lab__nobody test -r "$l" || ok=0; done
    if [[ $ok == 1 ]]; then
        LAB_TCPDOCTOR_RUN=$TCPDOCTOR
        return 0
    fi
    local dir=$LAB_TMP/tcpdoctor-bin
    mkdir -p "$dir"
    chmod 755 "$dir"
    cp "$TCPDOCTOR" "$dir/tcpdoctor"
    for l in "${libs[@]}"; do
        if ! lab__nobody test -r "$l"; then cp -L "$l" "$dir/"; fi
    done
    chmod -R a+rX "$dir"
    LAB_TCPDOCTOR_RUN=$dir/tcpdoctor
    LAB_LD_PATH=$dir
    lab__nobody test -x "$LAB_TCPDOCTOR_RUN" || lab_die "nobody cannot run $LAB_TCPDOCTOR_RUN either"
    lab_log "nobody cannot reach $TCPDOCTOR: running a copy in $dir"
}

# lab_diagnose ARGS...: tcpdoctor diagnose ARGS --json in the client namespace as nobody.
# Sets LAB_OUT (stdout file), LAB_ERR (stderr file), LAB_EXIT, LAB_MS (wall time).
# The unprivileged user's HOME and XDG_RUNTIME_DIR for tcpdoctor runs ($LAB_TMP/home, $LAB_TMP/run).
lab__nobody_home() {
    [[ ! -d $LAB_TMP/home ]] || return 0
    mkdir -p "$LAB_TMP/home" "$LAB_TMP/run"
    chown nobody:nogroup "$LAB_TMP/home" "$LAB_TMP/run"
    chmod 700 "$LAB_TMP/home" "$LAB_TMP/run"
}

lab_diagnose() {
    lab__prepare_tcpdoctor
    local home=$LAB_TMP/home
    lab__nobody_home
    LAB_RUN=$((LAB_RUN + 1))
    LAB_OUT=$LAB_TMP/diagnose.$LAB_RUN.json
    LAB_ERR=$LAB_TMP/diagnose.$LAB_RUN.err
    # No sign-in page check unless the scenario names its own check address (LAB_PORTAL_URL); proxy
    # settings only as the scenario gives them (LAB_DIAG_ENV=(https_proxy=...)).
    local envs=(HOME="$home" XDG_RUNTIME_DIR="$LAB_TMP/run" LC_ALL=C.UTF-8 TCPDOCTOR_PORTAL_URL="${LAB_PORTAL_URL:-off}")
    envs+=(DBUS_SYSTEM_BUS_ADDRESS="unix:path=$LAB_TMP/no-system-bus") # never the host's NetworkManager
    envs+=("${LAB_DIAG_ENV[@]}")
    [[ -z $LAB_LD_PATH ]] || envs+=(LD_LIBRARY_PATH="$LAB_LD_PATH")
    local t0 t1 pid
    # LAB_DIAG_AS=root: the same run as root, to show what an administrator sees (default: nobody).
    local runas=(setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env --)
    [[ ${LAB_DIAG_AS:-nobody} != root ]] || runas=(setpriv --reset-env --)
    # LAB_FRESH_LINK=1: the client's link comes up right before the check, as when a person has just
    # plugged in the cable or joined the Wi-Fi: the router's end goes down and up, and tcpdoctor starts
    # at once, with no time for the link state to settle.
    if [[ ${LAB_FRESH_LINK:-0} == 1 && $LAB_RELAY == 0 ]] \
        && ip -n "$LAB_R" link show "$LAB_RC_IF" 2>/dev/null | grep -q 'state UP'; then
        ip -n "$LAB_R" link set "$LAB_RC_IF" down
        ip -n "$LAB_R" link set "$LAB_RC_IF" up
        # A computer that joins a network gets its address as the link comes up, and checks it for
        # duplicates first (DAD): for 1-2 s it is "tentative" and nothing can be sent from it.
        if [[ $LAB_V6 == 1 && $(ip netns exec "$LAB_C" sysctl -n "net.ipv6.conf.$LAB_C_IF.disable_ipv6") == 0 ]]; then
            # (A link that goes down while the address is still tentative loses it: it may be gone.)
            local routes
            routes=$(ip -n "$LAB_C" -6 route show default)
            ip -n "$LAB_C" addr del "$LAB_C6/64" dev "$LAB_C_IF" 2>/dev/null || true
            ip -n "$LAB_C" addr add "$LAB_C6/64" dev "$LAB_C_IF"
            if [[ -n $routes && -z $(ip -n "$LAB_C" -6 route show default) ]]; then # as the scenario had it
                ip -n "$LAB_C" -6 route replace default via "$LAB_RC6" dev "$LAB_C_IF"
            fi
        fi
        lab_vlog "fresh link: $LAB_RC_IF went down and up just now"
    fi
    t0=$(date +%s%N)
    timeout --foreground -k 5 "$LAB_DIAG_TIMEOUT" \
        ip netns exec "$LAB_C" "${runas[@]}" \
        /usr/bin/env "${envs[@]}" "$LAB_TCPDOCTOR_RUN" diagnose "$@" --json >"$LAB_OUT" 2>"$LAB_ERR" &
    pid=$!
    LAB_PIDS+=("$pid")
    LAB_EXIT=0
    wait "$pid" || LAB_EXIT=$?
    t1=$(date +%s%N)
    LAB_MS=$(((t1 - t0) / 1000000))
    local code="(no JSON)" layer=""
    if jq -e . "$LAB_OUT" >/dev/null 2>&1; then
        code=$(jq -r '.verdict.code // "(no verdict.code)"' "$LAB_OUT" 2>/dev/null | head -n 1)
        layer=$(jq -r '.verdict.layer // ""' "$LAB_OUT" 2>/dev/null | head -n 1)
    fi
    echo "run $LAB_RUN: tcpdoctor diagnose $* --json  ->  exit $LAB_EXIT, $code ($layer), ${LAB_MS} ms"
    if [[ -n ${LAB_ARTIFACTS:-} ]]; then # keep the reports (e.g. for CI artifacts)
        mkdir -p "$LAB_ARTIFACTS"
        cp "$LAB_OUT" "$LAB_ARTIFACTS/$LAB_SCENARIO.$$.$LAB_RUN.json"
        cp "$LAB_ERR" "$LAB_ARTIFACTS/$LAB_SCENARIO.$$.$LAB_RUN.stderr"
    fi
    if [[ $LAB_EXIT == 124 || $LAB_EXIT == 137 ]]; then
        lab__fail "tcpdoctor did not finish within $LAB_DIAG_TIMEOUT s (killed)"
    fi
    # The contract: exactly one JSON document on stdout, the report schema.
    if ! jq -s -e 'length == 1' "$LAB_OUT" >/dev/null 2>&1; then
        lab__fail "stdout is not exactly one JSON document (CONTRACT.md: --json prints the report and nothing else)"
    elif ! jq -e '.schema == "tcpdoctor-report/1"' "$LAB_OUT" >/dev/null 2>&1; then
        lab__fail "schema is $(jq -c .schema "$LAB_OUT"), expected \"tcpdoctor-report/1\""
    else
        lab__no_repeats
    fi
    return 0
}

# lab__client_run COMMAND FILE ARGS...: tcpdoctor COMMAND ARGS --json in the client namespace as nobody, stdout to
# FILE (when FILE is not LAB_OUT, LAB_OUT gets its last line: the summary of JSON Lines), stderr to LAB_ERR. Sets
# LAB_EXIT and LAB_MS, prints the run's line, keeps FILE and stderr as artifacts, fails when tcpdoctor was killed.
# The caller counts the run (LAB_RUN) and names LAB_OUT first.
lab__client_run() {
    local command=$1 file=$2
    shift 2
    lab__prepare_tcpdoctor
    lab__nobody_home
    LAB_ERR=$LAB_TMP/$command.$LAB_RUN.err
    local envs=(HOME="$LAB_TMP/home" XDG_RUNTIME_DIR="$LAB_TMP/run" LC_ALL=C.UTF-8)
    [[ -z $LAB_LD_PATH ]] || envs+=(LD_LIBRARY_PATH="$LAB_LD_PATH")
    local t0 t1 pid
    t0=$(date +%s%N)
    timeout --foreground -k 5 "$LAB_DIAG_TIMEOUT" ip netns exec "$LAB_C" \
        setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env -- \
        /usr/bin/env "${envs[@]}" "$LAB_TCPDOCTOR_RUN" "$command" "$@" --json >"$file" 2>"$LAB_ERR" &
    pid=$!
    LAB_PIDS+=("$pid")
    LAB_EXIT=0
    wait "$pid" || LAB_EXIT=$?
    t1=$(date +%s%N)
    LAB_MS=$(((t1 - t0) / 1000000))
    [[ $file == "$LAB_OUT" ]] || tail -n 1 "$file" >"$LAB_OUT"
    local code="(no JSON)"
    if jq -e . "$LAB_OUT" >/dev/null 2>&1; then code=$(jq -r '.verdict.code // "(no verdict)"' "$LAB_OUT"); fi
    echo "run $LAB_RUN: tcpdoctor $command $* --json (client namespace, as nobody)  ->  exit $LAB_EXIT, $code, ${LAB_MS} ms"
    if [[ -n ${LAB_ARTIFACTS:-} ]]; then
        mkdir -p "$LAB_ARTIFACTS"
        cp "$file" "$LAB_ARTIFACTS/$LAB_SCENARIO.$$.$LAB_RUN.${file##*.}"
        cp "$LAB_ERR" "$LAB_ARTIFACTS/$LAB_SCENARIO.$$.$LAB_RUN.stderr"
    fi
    if [[ $LAB_EXIT == 124 || $LAB_EXIT == 137 ]]; then
        lab__fail "tcpdoctor $command did not finish within $LAB_DIAG_TIMEOUT s (killed)"
    fi
}

# lab_watch ARGS...: tcpdoctor watch ARGS --json in the client namespace, as nobody. LAB_OUT holds the
# summary (the last JSON line), LAB_LINES every line; LAB_EXIT, LAB_MS as lab_diagnose. Checks that every
# line is one JSON object: attempts (tcpdoctor-watch-attempt/1), then one summary (tcpdoctor-watch/1).
lab_watch() {
    LAB_RUN=$((LAB_RUN + 1))
    LAB_LINES=$LAB_TMP/watch.$LAB_RUN.jsonl
    LAB_OUT=$LAB_TMP/watch.$LAB_RUN.json
    lab__client_run watch "$LAB_LINES" "$@"
    if ! jq -s -e 'length >= 1 and (.[:-1] | all(.schema == "tcpdoctor-watch-attempt/1"))
                   and (.[-1].schema == "tcpdoctor-watch/1") and (.[-1].attempts == (length - 1))' \
        "$LAB_LINES" >/dev/null 2>&1; then
        lab__fail "stdout is not JSON Lines of attempts and one summary (CONTRACT.md: watch --json)"
    fi
    return 0
}

# lab_idle ARGS...: tcpdoctor idle ARGS --json in the client namespace as nobody. Sets LAB_OUT (the one
# tcpdoctor-idle/1 document), LAB_ERR, LAB_EXIT, LAB_MS.
lab_idle() {
    LAB_RUN=$((LAB_RUN + 1))
    LAB_OUT=$LAB_TMP/idle.$LAB_RUN.json
    lab__client_run idle "$LAB_OUT" "$@"
    if ! jq -s -e 'length == 1 and .[0].schema == "tcpdoctor-idle/1"' "$LAB_OUT" >/dev/null 2>&1; then
        lab__fail "stdout is not exactly one tcpdoctor-idle/1 document (CONTRACT.md: idle --json)"
    fi
    return 0
}

# lab_serve PORT [ARGS...]: the real test listener, tcpdoctor listen --serve PORT ARGS, in the server
# namespace as nobody (PORT >= 1024), for the scenario's lifetime; returns once it listens.
lab_serve() {
    local port=$1
    shift
    lab__prepare_tcpdoctor
    lab__nobody_home
    local envs=(HOME="$LAB_TMP/home" XDG_RUNTIME_DIR="$LAB_TMP/run" LC_ALL=C.UTF-8)
    [[ -z $LAB_LD_PATH ]] || envs+=(LD_LIBRARY_PATH="$LAB_LD_PATH")
    LAB_SEQ=$((LAB_SEQ + 1))
    lab__bg "$LAB_TMP/serve.$LAB_SEQ" ip netns exec "$LAB_S" \
        setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env -- \
        /usr/bin/env "${envs[@]}" "$LAB_TCPDOCTOR_RUN" listen --serve "$port" --for "$(lab__lifetime)" "$@"
    lab__wait_file "$LAB_TMP/serve.$LAB_SEQ.out" OPEN "$LAB_BG_PID" "tcpdoctor listen --serve $port"
    lab_vlog "tcpdoctor listen --serve $port runs in $LAB_S"
}

# Every report: the verdict never says a sentence twice (explanation and next steps, compared without
# case, spacing and the final full stop).
lab__no_repeats() {
    local repeated
    repeated=$(jq -r '[(.verdict.explanation // "" | [splits("(?<=[.!?])\\s+")]), (.verdict.next_steps // [])]
        | flatten | map(ascii_downcase | gsub("\\s+"; " ") | sub("[.!? ]+$"; "")) | map(select(length > 0))
        | group_by(.) | map(select(length > 1) | .[0]) | .[]' "$LAB_OUT" 2>/dev/null || echo "(jq failed)")
    if [[ -n $repeated ]]; then
        lab__fail "the verdict says this twice: $repeated"
    fi
}

# lab_listen_check [--root] ARGS...: tcpdoctor listen ARGS --json in the SERVER namespace, as nobody
# (or as root with --root: what an administrator sees). Same results as lab_diagnose: LAB_OUT, LAB_ERR,
# LAB_EXIT, LAB_MS; checks that stdout is exactly one tcpdoctor-listen/1 document.
lab_listen_check() {
    local runas=(setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env --) who=nobody
    if [[ ${1:-} == --root ]]; then
        runas=(setpriv --reset-env --)
        who=root
        shift
    fi
    lab__prepare_tcpdoctor
    local home=$LAB_TMP/home
    lab__nobody_home
    LAB_RUN=$((LAB_RUN + 1))
    LAB_OUT=$LAB_TMP/listen.$LAB_RUN.json
    LAB_ERR=$LAB_TMP/listen.$LAB_RUN.err
    # No sign-in page check unless the scenario names its own check address (LAB_PORTAL_URL); proxy
    # settings only as the scenario gives them (LAB_DIAG_ENV=(https_proxy=...)).
    local envs=(HOME="$home" XDG_RUNTIME_DIR="$LAB_TMP/run" LC_ALL=C.UTF-8 TCPDOCTOR_PORTAL_URL="${LAB_PORTAL_URL:-off}")
    envs+=(DBUS_SYSTEM_BUS_ADDRESS="unix:path=$LAB_TMP/no-system-bus") # never the host's NetworkManager
    envs+=("${LAB_DIAG_ENV[@]}")
    [[ -z $LAB_LD_PATH ]] || envs+=(LD_LIBRARY_PATH="$LAB_LD_PATH")
    local t0 t1 pid
    t0=$(date +%s%N)
    timeout --foreground -k 5 "$LAB_DIAG_TIMEOUT" ip netns exec "$LAB_S" "${runas[@]}" \
        /usr/bin/env "${envs[@]}" "$LAB_TCPDOCTOR_RUN" listen "$@" --json >"$LAB_OUT" 2>"$LAB_ERR" &
    pid=$!
    LAB_PIDS+=("$pid")
    LAB_EXIT=0
    wait "$pid" || LAB_EXIT=$?
    t1=$(date +%s%N)
    LAB_MS=$(((t1 - t0) / 1000000))
    local code="(no JSON)"
    if jq -e . "$LAB_OUT" >/dev/null 2>&1; then code=$(jq -r '.verdict.code // "(no verdict)"' "$LAB_OUT" | head -n 1); fi
    echo "run $LAB_RUN: tcpdoctor listen $* --json (server namespace, as $who)  ->  exit $LAB_EXIT, $code, ${LAB_MS} ms"
    if [[ -n ${LAB_ARTIFACTS:-} ]]; then
        mkdir -p "$LAB_ARTIFACTS"
        cp "$LAB_OUT" "$LAB_ARTIFACTS/$LAB_SCENARIO.$$.$LAB_RUN.json"
        cp "$LAB_ERR" "$LAB_ARTIFACTS/$LAB_SCENARIO.$$.$LAB_RUN.stderr"
    fi
    if [[ $LAB_EXIT == 124 || $LAB_EXIT == 137 ]]; then
        lab__fail "tcpdoctor listen did not finish within $LAB_DIAG_TIMEOUT s (killed)"
    fi
    if ! jq -s -e 'length == 1' "$LAB_OUT" >/dev/null 2>&1; then
        lab__fail "stdout is not exactly one JSON document (CONTRACT.md: --json prints the result and nothing else)"
    elif ! jq -e '.schema == "tcpdoctor-listen/1"' "$LAB_OUT" >/dev/null 2>&1; then
        lab__fail "schema is $(jq -c .schema "$LAB_OUT"), expected \"tcpdoctor-listen/1\""
    fi
    return 0
}

# ---------------------------------------------------------------------------------------------
# Expectations: each prints one line; a failed one makes the scenario fail (after all checks ran),
# and the first failure of a run prints that run's report and stderr.

lab__dump() {
    [[ $LAB_DUMPED_RUN == "$LAB_RUN" ]] && return 0
    LAB_DUMPED_RUN=$LAB_RUN
    [[ -n $LAB_OUT ]] || return 0
    echo "----- run $LAB_RUN: tcpdoctor stdout ($LAB_OUT) -----"
    if jq . "$LAB_OUT" >/dev/null 2>&1; then jq . "$LAB_OUT"; else cat "$LAB_OUT"; fi
    echo "----- run $LAB_RUN: tcpdoctor stderr (last 40 lines) -----"
    tail -n 40 "$LAB_ERR" 2>/dev/null || true
    echo "----- end of run $LAB_RUN -----"
}

lab__fail() {
    LAB_FAILS=$((LAB_FAILS + 1))
    echo "FAIL: [$LAB_SCENARIO] $*"
    lab__dump
}

lab__pass() {
    LAB_CHECKS=$((LAB_CHECKS + 1))
    echo "  ok: $*"
}

lab__jq1() { jq -r "$1" "$LAB_OUT" 2>/dev/null | head -n 1; }

expect_code() {
    local got
    got=$(lab__jq1 '.verdict.code // "(none)"')
    if [[ $got == "$1" ]]; then lab__pass "verdict.code = $1"; else lab__fail "verdict.code is \"$got\", expected \"$1\""; fi
}

expect_layer() {
    local got
    got=$(lab__jq1 '.verdict.layer // "(none)"')
    if [[ $got == "$1" ]]; then lab__pass "verdict.layer = $1"; else lab__fail "verdict.layer is \"$got\", expected \"$1\""; fi
}

expect_exit() {
    if [[ $LAB_EXIT == "$1" ]]; then lab__pass "exit code = $1"; else lab__fail "exit code is $LAB_EXIT, expected $1"; fi
}

# expect_jq 'FILTER' 'what it means': FILTER must yield true on the report.
expect_jq() {
    local filter=$1 what=${2:-$1}
    if jq -e "$filter" "$LAB_OUT" >/dev/null 2>&1; then
        lab__pass "$what"
    else
        local val
        val=$(jq -c "$filter" "$LAB_OUT" 2>&1 | head -c 300 | tr '\n' ' ')
        lab__fail "$what — not true: $filter  (gave: ${val:-nothing})"
    fi
}

# expect_attempt FIELD VALUE: the first port attempt's FIELD (jq path, e.g. .outcome) equals VALUE
# (VALUE is JSON: "\"refused\"", 2, true ...)
expect_attempt() {
    if jq -e "$LAB_ATTEMPT0 | $1 == $2" "$LAB_OUT" >/dev/null 2>&1; then
        lab__pass "attempts[0]$1 = $2"
    else
        local got
        got=$(jq -c "$LAB_ATTEMPT0 | $1" "$LAB_OUT" 2>&1 | head -c 300 | tr '\n' ' ')
        lab__fail "attempts[0]$1 is ${got:-missing}, expected $2"
    fi
}

# expect_faster_than MS: this run's wall time is below MS.
expect_faster_than() {
    if ((LAB_MS < $1)); then lab__pass "took ${LAB_MS} ms < $1 ms"; else lab__fail "took ${LAB_MS} ms, expected < $1 ms"; fi
}

# expect_dns_within_budget: the DNS step ended within its own time budget (its data.budget_ms).
expect_dns_within_budget() {
    local took
    took=$(jq -r "$LAB_DNS | \"\\(.duration_ms) ms of \\(.data.budget_ms) ms\"" "$LAB_OUT" 2>/dev/null | head -n 1)
    expect_jq "$LAB_DNS | .duration_ms <= .data.budget_ms" "the DNS step ended within its budget (${took:-?})"
}

# ---------------------------------------------------------------------------------------------
# Lab self-checks (prove the fault is real, independent of tcpdoctor).

# lab_ping_stats ROLE TARGET COUNT INTERVAL: sets LAB_PING_LOSS (%), LAB_PING_AVG (ms, integer)
lab_ping_stats() {
    local out
    out=$(lab_exec "$1" ping -n -q -c "$3" -i "$4" -W 3 "$2" 2>&1) || true
    LAB_PING_LOSS=$(echo "$out" | sed -n 's/.* \([0-9.]*\)% packet loss.*/\1/p' | cut -d. -f1)
    LAB_PING_AVG=$(echo "$out" | sed -n 's|^rtt [^=]*= [0-9.]*/\([0-9.]*\)/.*|\1|p' | cut -d. -f1)
    LAB_PING_LOSS=${LAB_PING_LOSS:-100}
    LAB_PING_AVG=${LAB_PING_AVG:--1}
    echo "  lab self-check: ping $2 from $1: ${LAB_PING_LOSS} % loss, avg rtt ${LAB_PING_AVG} ms"
}

# lab_check PREDICATE-COMMAND... 'what': a lab self-check (the fault was really there).
lab_check() {
    local what=${*: -1}
    local cmd=("${@:1:$#-1}")
    if "${cmd[@]}"; then lab__pass "lab: $what"; else
        LAB_FAILS=$((LAB_FAILS + 1))
        echo "FAIL: [$LAB_SCENARIO] the lab itself is wrong: $what"
    fi
}

# ---------------------------------------------------------------------------------------------
# Driving a scenario

lab_finish() {
    if [[ $LAB_FAILS -gt 0 ]]; then
        echo "FAIL: [$LAB_SCENARIO] $LAB_FAILS check(s) failed, $LAB_CHECKS passed"
        exit 1
    fi
    echo "PASS: [$LAB_SCENARIO] $LAB_CHECKS check(s)"
    exit 0
}

lab__up_help() {
    local bin=${TCPDOCTOR:-}
    if [[ -z $bin ]]; then
        bin=$(cd "$LAB_DIR/../.." && pwd)/build/app/tcpdoctor
        [[ -x $bin ]] || bin=tcpdoctor
    fi
    local who=${SUDO_USER:-\$USER}
    cat <<EOF

lab: scenario '$LAB_SCENARIO' is up${LAB_ABOUT:+: $LAB_ABOUT}
  target:     $LAB_TARGET${LAB_EXPECT:+   (the lab test expects $LAB_EXPECT)}
  namespaces: client $LAB_C, router $LAB_R, server $LAB_S
  addresses:  client $LAB_C4 / $LAB_C6, router $LAB_RC4 | $LAB_RS4, server $LAB_S4 / $LAB_S6

  the CLI, as an unprivileged user (as the test does):
    sudo ip netns exec $LAB_C setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env -- \\
        $bin diagnose $LAB_TARGET
  the GUI, as you, on your desktop (X11 via /tmp/.X11-unix, or Wayland):
    sudo ip netns exec $LAB_C sudo -u $who env DISPLAY="\$DISPLAY" WAYLAND_DISPLAY="\$WAYLAND_DISPLAY" \\
        XDG_RUNTIME_DIR="\$XDG_RUNTIME_DIR" XAUTHORITY="\${XAUTHORITY:-\$HOME/.Xauthority}" $bin
  a root shell in the client (ip, ss, nft list ruleset, ping ...):
    sudo ip netns exec $LAB_C bash

  tear down: Ctrl-C here, or: sudo $LAB_DIR/down.sh   (automatically after $LAB_HOLD s)
EOF
}

lab_run() {
    if ! declare -F scenario_setup >/dev/null; then lab_die "the scenario defines no scenario_setup"; fi
    case $LAB_MODE in
        up)
            lab_require
            scenario_setup
            lab__up_help
            sleep "$LAB_HOLD" &
            LAB_PIDS+=("$!")
            wait "$!" || true
            lab_log "hold time over, tearing down"
            exit 0
            ;;
        test)
            lab_require
            echo "scenario $LAB_SCENARIO${LAB_ABOUT:+: $LAB_ABOUT}"
            scenario_setup
            scenario_check
            lab_finish
            ;;
        *) lab_die "LAB_MODE must be test or up, not '$LAB_MODE'" ;;
    esac
}

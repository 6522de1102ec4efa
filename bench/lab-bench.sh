#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# lab-bench.sh SECTION [ARGS]: one lab benchmark, in its own lab (tests/lab/lab.sh: namespaces,
# documentation addresses only, everything removed on every exit path). scripts/bench runs it; each
# measurement is appended as one JSON line to $BENCH_RAW and summarised by bench/report.py.
#
#   verdict SCENARIO     time to verdict and answer of every tool: open refused server-drop
#                        router-drop rejected dns-silent dns-nxdomain
#   link NAME DELAY LOSS an open port behind a slow or lossy link (labrelay: DELAY ms each way, LOSS %
#                        each way): how often each tool calls it something else than open
#   checklist            the whole checklist on a healthy target by name (CLI and the wizard)
#   many N               N host:port pairs (a quarter each open, refused, filtered, open) at once
#
# Environment (scripts/bench sets it): TCPDOCTOR LABSERVER LABRELAY BENCH_RUN PLAIN_CONNECT GUI_BENCH
# BENCH_RAW BENCH_RUNS BENCH_LINK_RUNS; BENCH_NC_WAIT (s, 5) BENCH_CURL_TIMEOUT (s, 10).
#
# Every tool runs inside the client namespace as the unprivileged user nobody (the wizard as root,
# with a home of its own), started by bench_run, which measures from fork to exit.

BENCH_SECTION=${1:?usage: lab-bench.sh verdict SCENARIO | link NAME DELAY LOSS | checklist | many N}
shift
# shellcheck disable=SC2034 # read by lab.sh
LAB_SCENARIO="bench-$BENCH_SECTION${1:+-$1}"
# shellcheck source=../tests/lab/lab.sh
source "$(dirname "$0")/../tests/lab/lab.sh"

: "${BENCH_RAW:?BENCH_RAW (the JSON lines file to append to) is not set}"
: "${BENCH_RUN:?BENCH_RUN is not set}" "${PLAIN_CONNECT:?PLAIN_CONNECT is not set}"
BENCH_RUNS=${BENCH_RUNS:-5}
BENCH_LINK_RUNS=${BENCH_LINK_RUNS:-20}
BENCH_NC_WAIT=${BENCH_NC_WAIT:-5}
BENCH_CURL_TIMEOUT=${BENCH_CURL_TIMEOUT:-10}
BENCH_BOUND_MS=150000 # no run of any tool may take longer (plain connect() to a dropped port: ~127 s)

# An HTTP answer the listener sends as soon as it accepts: curl (which speaks HTTP) finishes at once,
# the other tools do not care. 204 has no body.
BENCH_HTTP204='HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n'

# ---------------------------------------------------------------------------------------------
# Running the tools

bench__prepare() {
    lab__prepare_tcpdoctor
    BENCH_HOME=$LAB_TMP/home
    if [[ ! -d $BENCH_HOME ]]; then
        mkdir -p "$BENCH_HOME" "$LAB_TMP/run"
        chown nobody:nogroup "$BENCH_HOME" "$LAB_TMP/run"
        chmod 700 "$BENCH_HOME" "$LAB_TMP/run"
    fi
    mkdir -p "$LAB_TMP/bench"
    # plain_connect runs as nobody too: a copy where nobody can reach it, if it cannot reach the build.
    if ! lab__nobody test -x "$PLAIN_CONNECT"; then
        mkdir -p "$LAB_TMP/bench-bin"
        cp "$PLAIN_CONNECT" "$LAB_TMP/bench-bin/plain_connect"
        chmod -R a+rX "$LAB_TMP/bench-bin"
        PLAIN_CONNECT=$LAB_TMP/bench-bin/plain_connect
    fi
    # Prime the neighbour caches (the first packet of a cold lab waits for ARP).
    lab_client_exec ping -n -q -c 1 -W 2 "$LAB_RC4" >/dev/null 2>&1 || true
}

# bench__measure TAG RUNS [--bg] -- CMD...: RUNS runs of CMD in the client namespace as nobody;
# per-run files $LAB_TMP/bench/TAG.N.out/.err, measurements in $LAB_TMP/bench/TAG.runs (JSON lines).
bench__measure() {
    local tag=$1 runs=$2 bg=0
    shift 2
    if [[ $1 == --bg ]]; then bg=1; shift; fi
    [[ $1 == -- ]] && shift
    local envs=(PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME="$BENCH_HOME" XDG_RUNTIME_DIR="$LAB_TMP/run"
        LC_ALL=C.UTF-8)
    [[ -z $LAB_LD_PATH ]] || envs+=(LD_LIBRARY_PATH="$LAB_LD_PATH")
    local cmd=(ip netns exec "$LAB_C" env -i "${envs[@]}" "$BENCH_RUN" --runs "$runs" --timeout-ms "$BENCH_BOUND_MS"
        --user nobody --out "$LAB_TMP/bench/$tag" -- "$@")
    if [[ $bg == 1 ]]; then
        "${cmd[@]}" >"$LAB_TMP/bench/$tag.runs" 2>"$LAB_TMP/bench/$tag.stderr" &
        LAB_PIDS+=("$!")
        BENCH_BG_PID=$!
    else
        "${cmd[@]}" >"$LAB_TMP/bench/$tag.runs" 2>"$LAB_TMP/bench/$tag.stderr" ||
            lab_die "bench_run failed for $tag: $(head -c 300 "$LAB_TMP/bench/$tag.stderr")"
    fi
}

# The command line each tool gets (what people type), for HOST PORT.
bench__cmd() {
    local tool=$1 host=$2 port=$3
    case $tool in
        tcpdoctor) BENCH_CMD=("$LAB_TCPDOCTOR_RUN" diagnose "$host:$port" --json) ;;
        nc) BENCH_CMD=(nc -z -v -w "$BENCH_NC_WAIT" "$host" "$port") ;;
        nmap) BENCH_CMD=(nmap -sT -Pn --reason -p "$port" "$host") ;;
        curl) BENCH_CMD=(curl -v -sS -o /dev/null --connect-timeout "$BENCH_CURL_TIMEOUT" "http://$host:$port/") ;;
        connect) BENCH_CMD=("$PLAIN_CONNECT" "$host" "$port") ;;
        *) lab_die "unknown tool $tool" ;;
    esac
}

# bench__answer TOOL OUT ERR EXIT TIMED_OUT: sets BENCH_ANSWER (open refused filtered rejected
# unreachable dns-nxdomain dns-timeout dns-failure unknown) and BENCH_DETAIL (what the tool said).
bench__answer() {
    local tool=$1 out=$2 err=$3 rc=$4 to=$5 text why
    BENCH_ANSWER=unknown
    BENCH_DETAIL=""
    if [[ $to == true ]]; then
        BENCH_DETAIL="no answer within $((BENCH_BOUND_MS / 1000)) s (killed)"
        return 0
    fi
    case $tool in
        tcpdoctor)
            text=$(jq -r '.verdict.code // "none"' "$out" 2>/dev/null | head -n 1) || text=none
            BENCH_DETAIL=$text
            case $text in
                ok.reachable | ok.partial) BENCH_ANSWER=open ;;
                port.refused) BENCH_ANSWER=refused ;;
                port.filtered) BENCH_ANSWER=filtered ;;
                port.rejected) BENCH_ANSWER=rejected ;;
                net.host_unreachable | net.network_unreachable) BENCH_ANSWER=unreachable ;;
                dns.nxdomain) BENCH_ANSWER="dns-nxdomain" ;;
                dns.timeout) BENCH_ANSWER="dns-timeout" ;;
                dns.*) BENCH_ANSWER="dns-failure" ;;
            esac
            ;;
        nc)
            text=$(head -c 400 "$err" | tr '\n' ' ')
            BENCH_DETAIL=${text:-"exit $rc"}
            if [[ $rc == 0 ]]; then BENCH_ANSWER=open
            elif [[ $text == *"Connection refused"* ]]; then BENCH_ANSWER=refused
            elif [[ $text == *"timed out"* ]]; then BENCH_ANSWER=filtered
            elif [[ $text == *"No route to host"* || $text == *"unreachable"* ]]; then BENCH_ANSWER=unreachable
            elif [[ $text == *"Name or service not known"* || $text == *"No address associated"* ]]; then BENCH_ANSWER="dns-nxdomain"
            elif [[ $text == *"Temporary failure in name resolution"* ]]; then BENCH_ANSWER="dns-timeout"
            fi
            ;;
        nmap)
            local line
            line=$(grep -E '^[0-9]+/tcp ' "$out" | head -n 1 | tr -s ' ') || true
            if grep -q 'Failed to resolve' "$out" "$err" 2>/dev/null; then
                BENCH_ANSWER="dns-failure"
                BENCH_DETAIL=$(grep -h -m 1 'Failed to resolve' "$out" "$err" | head -n 1) || true
            elif [[ -n $line ]]; then
                BENCH_DETAIL=$line
                case $(awk '{print $2}' <<<"$line") in
                    open) BENCH_ANSWER=open ;;
                    closed) BENCH_ANSWER=refused ;;
                    filtered)
                        if [[ $line == *admin-prohib* ]]; then BENCH_ANSWER=rejected
                        elif [[ $line == *unreach* ]]; then BENCH_ANSWER=unreachable
                        else BENCH_ANSWER=filtered; fi
                        ;;
                esac
            else
                BENCH_DETAIL=$(head -c 200 "$err" | tr '\n' ' ')
            fi
            ;;
        curl)
            # -v: curl's own words for why it could not connect ("Connection refused", ...).
            text=$(grep -v -E '^[<>{}*] (Trying|Connected|GET|Host|User-Agent|Accept|HTTP|Closing|Connection #)|^[<>] *.$' "$err" | tr '\n' ' ') || true
            BENCH_DETAIL="exit $rc: $(grep -h -m 1 -E 'curl: \(' "$err" || true)"
            why=$(grep -h -m 1 -o -E 'connect to .* failed: .*|Resolving timed out.*|Connection timed out.*' "$err" || true)
            [[ -z $why ]] || BENCH_DETAIL+=" (-v: $why)"
            case $rc in
                0 | 52 | 56) BENCH_ANSWER=open ;; # connected (the answer, if any, is beside the point)
                6) BENCH_ANSWER="dns-failure" ;;
                7)
                    if [[ $text == *"Connection refused"* ]]; then BENCH_ANSWER=refused
                    elif [[ $text == *"No route"* || $text == *"nreachable"* ]]; then BENCH_ANSWER=unreachable
                    elif [[ $text == *"imeout"* || $text == *"timed out"* ]]; then BENCH_ANSWER=filtered; fi
                    ;;
                28)
                    if [[ $text == *"Resolving timed out"* ]]; then BENCH_ANSWER="dns-timeout"; else BENCH_ANSWER=filtered; fi
                    ;;
            esac
            ;;
        connect)
            text=$(head -n 1 "$out") || true
            BENCH_DETAIL=$text
            case $text in
                open*) BENCH_ANSWER=open ;;
                refused*) BENCH_ANSWER=refused ;;
                filtered*) BENCH_ANSWER=filtered ;;
                unreachable*) BENCH_ANSWER=unreachable ;;
                dns-nxdomain*) BENCH_ANSWER="dns-nxdomain" ;;
                dns-failure*"Temporary failure"*) BENCH_ANSWER="dns-timeout" ;;
                dns-failure*) BENCH_ANSWER="dns-failure" ;;
            esac
            ;;
    esac
    return 0
}

# bench__emit TAG TOOL EXPECTED [KEY JSON]...: one record per run of TAG.
bench__emit() {
    local tag=$1 tool=$2 expected=$3
    shift 3
    local extra=("$@")
    local line run ms rc to rss out err port_ms steps total
    [[ -s $LAB_TMP/bench/$tag.runs ]] || lab_die "no measurements for $tag: $(head -c 300 "$LAB_TMP/bench/$tag.stderr" 2>/dev/null)"
    while read -r line; do
        run=$(jq -r .run <<<"$line")
        ms=$(jq -r .ms <<<"$line")
        rc=$(jq -r .exit <<<"$line")
        to=$(jq -r .timed_out <<<"$line")
        rss=$(jq -r .maxrss_kb <<<"$line")
        out=$LAB_TMP/bench/$tag.$run.out
        err=$LAB_TMP/bench/$tag.$run.err
        bench__answer "$tool" "$out" "$err" "$rc" "$to"
        port_ms=null steps=null total=null rtt=null
        if [[ $tool == tcpdoctor ]] && jq -e . "$out" >/dev/null 2>&1; then
            port_ms=$(jq '[.steps[] | select(.id == "port") | .duration_ms][0] // null' "$out")
            steps=$(jq -c '[.steps[] | {id, status, duration_ms}]' "$out")
            total=$(jq '.duration_ms // null' "$out")
            rtt=$(jq "$LAB_ATTEMPT0.rtt_ms // null" "$out" 2>/dev/null | head -n 1) || rtt=null
            [[ -n $rtt ]] || rtt=null
        fi
        local rec
        rec=$(jq -nc --arg section "$BENCH_SECTION" --arg scenario "$BENCH_NAME" --arg tool "$tool" \
            --argjson run "$run" --argjson ms "$ms" --argjson exit "$rc" --argjson timed_out "$to" \
            --argjson maxrss_kb "$rss" --arg answer "$BENCH_ANSWER" --arg expected "$expected" \
            --arg detail "$BENCH_DETAIL" --argjson port_ms "$port_ms" --argjson steps "$steps" \
            --argjson report_ms "$total" --arg cmd "$BENCH_CMDLINE" --argjson rtt_ms "$rtt" \
            '{section: $section, scenario: $scenario, tool: $tool, run: $run, ms: $ms, exit: $exit,
              timed_out: $timed_out, maxrss_kb: $maxrss_kb, answer: $answer, expected: $expected,
              detail: $detail, port_ms: $port_ms, rtt_ms: $rtt_ms, report_ms: $report_ms, steps: $steps, cmd: $cmd}')
        local i
        for ((i = 0; i + 1 < ${#extra[@]}; i += 2)); do
            rec=$(jq -c --argjson v "${extra[i + 1]}" ". + {\"${extra[i]}\": \$v}" <<<"$rec")
        done
        echo "$rec" >>"$BENCH_RAW"
        printf '  %-9s run %-2s %9s ms  %-13s %s\n' "$tool" "$run" "$ms" "$BENCH_ANSWER" "${BENCH_DETAIL:0:70}"
    done <"$LAB_TMP/bench/$tag.runs"
}

bench__cmdline() { # a readable command line (tool paths shortened)
    local a s=""
    for a in "$@"; do
        if [[ $a == /* && -x $a && ! -d $a ]]; then a=${a##*/}; fi
        s+="${s:+ }$a"
    done
    echo "$s"
}

# ---------------------------------------------------------------------------------------------
# Sections

BENCH_NAME=""
BENCH_HOST=203.0.113.2
BENCH_PORT=8080

bench_verdict_setup() {
    BENCH_NAME=$1
    # Every scenario has a working DNS server (nmap, tcpdoctor and others look the address up in
    # reverse, as in any real network); only dns-silent's firewall drops it.
    local dns=(--local=/example/ --address=/app.lab.example/"$LAB_S4" "--ptr-record=2.113.0.203.in-addr.arpa,app.lab.example")
    case $BENCH_NAME in
        open)
            lab_up
            lab_listen 8080 banner "$BENCH_HTTP204"
            BENCH_EXPECT=open ;;
        refused)
            lab_up
            lab_listen 8081 open
            BENCH_EXPECT=refused ;;
        server-drop)
            lab_up
            lab_listen 8080 open
            lab_nft server 'table inet tdl_fault {
        chain input {
            type filter hook input priority 0; policy accept;
            tcp dport 8080 drop
        }
    }'
            BENCH_EXPECT=filtered ;;
        router-drop)
            lab_up
            lab_listen 8080 open
            lab_nft router 'table inet tdl_fault {
        chain forward {
            type filter hook forward priority 0; policy accept;
            tcp dport 8080 drop
        }
    }'
            BENCH_EXPECT=filtered ;;
        rejected)
            lab_up
            lab_listen 8080 open
            lab_nft router 'table ip tdl_fault {
        chain forward {
            type filter hook forward priority 0; policy accept;
            tcp dport 8080 reject with icmp type admin-prohibited
        }
    }'
            # Linux limits ICMP errors to one a second per destination by default: back-to-back runs
            # would meet a silent router. One reject per SYN, as a firewall that always answers.
            lab__sysctl "$LAB_R" net.ipv4.icmp_ratelimit=0
            BENCH_EXPECT=rejected ;;
        dns-silent)
            lab_up
            lab_listen 8080 open
            lab_nft server 'table inet tdl_fault {
        chain input {
            type filter hook input priority 0; policy accept;
            udp dport 53 drop
            tcp dport 53 drop
        }
    }'
            BENCH_HOST=app.lab.example
            BENCH_EXPECT="dns-timeout" ;;
        dns-nxdomain)
            lab_up
            lab_listen 8080 open
            BENCH_HOST=app.lb.example
            BENCH_EXPECT="dns-nxdomain" ;;
        *) lab_die "unknown verdict scenario '$BENCH_NAME'" ;;
    esac
    lab_dnsmasq "${dns[@]}"
    LAB_TARGET=$BENCH_HOST:$BENCH_PORT
}

bench_verdict_check() {
    bench__prepare
    local slow=0 tool
    case $BENCH_NAME in server-drop | router-drop | dns-silent) slow=1 ;; esac
    # A plain connect() with the OS defaults: once, in the background, where it takes minutes.
    if [[ $slow == 1 ]]; then
        bench__cmd connect "$BENCH_HOST" "$BENCH_PORT"
        bench__measure connect 1 --bg -- "${BENCH_CMD[@]}"
        local bgpid=$BENCH_BG_PID bgcmd
        bgcmd=$(bench__cmdline "${BENCH_CMD[@]}")
    fi
    for tool in tcpdoctor nc nmap curl connect; do
        [[ $slow == 1 && $tool == connect ]] && continue
        bench__cmd "$tool" "$BENCH_HOST" "$BENCH_PORT"
        BENCH_CMDLINE=$(bench__cmdline "${BENCH_CMD[@]}")
        echo "$tool: ${BENCH_RUNS} run(s): $BENCH_CMDLINE"
        bench__measure "$tool" "$BENCH_RUNS" -- "${BENCH_CMD[@]}"
        bench__emit "$tool" "$tool" "$BENCH_EXPECT"
    done
    if [[ $slow == 1 ]]; then
        echo "connect: waiting for the plain connect() (OS defaults, 1 run, bounded at $((BENCH_BOUND_MS / 1000)) s)"
        wait "$bgpid" || true
        BENCH_CMDLINE=$bgcmd
        bench__emit connect connect "$BENCH_EXPECT" note '"one run, in parallel with the other tools"'
    fi
    lab__pass "measured $BENCH_NAME"
}

bench_link_setup() {
    BENCH_NAME=$1
    lab_up --relay "$2" "$3" --seed "${LAB_SEED:-20261121}"
    lab_listen 8080 banner "$BENCH_HTTP204" --hold 2
    lab_dnsmasq --local=/example/ --ptr-record=2.113.0.203.in-addr.arpa,app.lab.example
    BENCH_EXPECT=open
    LAB_TARGET=$BENCH_HOST:$BENCH_PORT
}

bench_link_check() {
    bench__prepare
    local tool pids=()
    echo "every tool ${BENCH_LINK_RUNS} runs, the five tools at the same time"
    for tool in tcpdoctor nc nmap curl connect; do
        bench__cmd "$tool" "$BENCH_HOST" "$BENCH_PORT"
        bench__measure "$tool" "$BENCH_LINK_RUNS" --bg -- "${BENCH_CMD[@]}"
        pids+=("$BENCH_BG_PID")
    done
    wait "${pids[@]}" || true
    for tool in tcpdoctor nc nmap curl connect; do
        bench__cmd "$tool" "$BENCH_HOST" "$BENCH_PORT"
        BENCH_CMDLINE=$(bench__cmdline "${BENCH_CMD[@]}")
        bench__emit "$tool" "$tool" open
    done
    lab_ping_stats client "$LAB_S4" 20 0.05
    echo "{\"section\": \"link\", \"scenario\": \"$BENCH_NAME\", \"tool\": \"ping\", \"loss_pct\": $LAB_PING_LOSS, \"avg_rtt_ms\": $LAB_PING_AVG}" >>"$BENCH_RAW"
    lab__pass "measured $BENCH_NAME"
}

bench_checklist_setup() {
    BENCH_NAME=healthy-by-name
    lab_up
    lab_listen 8080 open
    lab_dnsmasq --local=/example/ --host-record=app.lab.example,"$LAB_S4","$LAB_S6" \
        --ptr-record=2.113.0.203.in-addr.arpa,app.lab.example
    BENCH_HOST=app.lab.example
    LAB_TARGET=$BENCH_HOST:$BENCH_PORT
}

bench_checklist_check() {
    bench__prepare
    bench__cmd tcpdoctor "$BENCH_HOST" "$BENCH_PORT"
    BENCH_CMDLINE=$(bench__cmdline "${BENCH_CMD[@]}")
    bench__measure tcpdoctor "$BENCH_RUNS" -- "${BENCH_CMD[@]}"
    bench__emit tcpdoctor tcpdoctor open
    if [[ -n ${GUI_BENCH:-} ]]; then
        # The wizard, "Check everything": as root (it needs a display-less Qt and a home of its own).
        local ghome=$LAB_TMP/guihome
        mkdir -p "$ghome"
        chmod 700 "$ghome"
        echo "the wizard: ${BENCH_RUNS} run(s) of gui_bench run $LAB_TARGET"
        ip netns exec "$LAB_C" env -i PATH=/usr/bin:/bin HOME="$ghome" XDG_RUNTIME_DIR="$ghome" LC_ALL=C.UTF-8 \
            QT_QPA_PLATFORM=offscreen "$BENCH_RUN" --runs "$BENCH_RUNS" --timeout-ms 130000 --out "$LAB_TMP/bench/gui" \
            -- "$GUI_BENCH" run "$LAB_TARGET" >"$LAB_TMP/bench/gui.runs" 2>"$LAB_TMP/bench/gui.stderr" ||
            lab_die "gui_bench failed: $(head -c 300 "$LAB_TMP/bench/gui.stderr")"
        local line run
        while read -r line; do
            run=$(jq -r .run <<<"$line")
            if jq -e . "$LAB_TMP/bench/gui.$run.out" >/dev/null 2>&1; then
                jq -c --argjson m "$line" --arg scenario "$BENCH_NAME" \
                    '{section: "gui", scenario: "full-run", tool: "wizard", run: $m.run, process_ms: $m.ms} + .' \
                    "$LAB_TMP/bench/gui.$run.out" >>"$BENCH_RAW"
                echo "  wizard run $run: $(head -c 300 "$LAB_TMP/bench/gui.$run.out")"
            else
                lab__fail "gui_bench run $run wrote no result: $(tail -c 300 "$LAB_TMP/bench/gui.$run.err")"
            fi
        done <"$LAB_TMP/bench/gui.runs"
    fi
    lab__pass "measured the checklist"
}

bench_many_setup() {
    local n=$1 hosts i
    BENCH_NAME=many-$n
    (( n >= 4 && n <= 1000 )) || lab_die "many N: N must be 4..1000"
    hosts=$((n / 4))
    lab_up --no-v6
    # The server answers on HOSTS addresses 203.0.113.3 ... (documentation range, inside the lab).
    BENCH_HOSTS=()
    for ((i = 0; i < hosts; i++)); do BENCH_HOSTS+=("203.0.113.$((3 + i))"); done
    local batch=$LAB_TMP/addr.batch
    for ((i = 0; i < hosts; i++)); do echo "address add 203.0.113.$((3 + i))/24 dev $LAB_S_IF"; done >"$batch"
    ip -n "$LAB_S" -batch "$batch"
    # 8080 and 8443 open, 8081 refused, 8082 dropped by the server's firewall.
    local server port
    server=$(lab__tool labserver)
    for port in 8080 8443; do
        LAB_SEQ=$((LAB_SEQ + 1))
        lab__bg "$LAB_TMP/listen.$LAB_SEQ" ip netns exec "$LAB_S" "$server" --for "$(lab__lifetime)" --hold 5 \
            --backlog 4096 --parent $$ 0.0.0.0 "$port" open
        lab__wait_file "$LAB_TMP/listen.$LAB_SEQ.out" ready "$LAB_BG_PID" "labserver (port $port)"
    done
    # A DNS server that answers reverse lookups (NXDOMAIN) as a real network's would.
    lab_dnsmasq --local=/example/ --local=/113.0.203.in-addr.arpa/
    lab_nft server 'table inet tdl_fault {
        chain input {
            type filter hook input priority 0; policy accept;
            tcp dport 8082 drop
        }
    }'
    BENCH_LIST=$LAB_TMP/targets.txt
    {
        echo "# $n targets: $hosts addresses x ports 8080 (open) 8081 (refused) 8082 (filtered) 8443 (open)"
        for ((i = 0; i < hosts; i++)); do
            for port in 8080 8081 8082 8443; do echo "203.0.113.$((3 + i)):$port"; done
        done
    } >"$BENCH_LIST"
    chmod 644 "$BENCH_LIST"
    printf '%s\n' "${BENCH_HOSTS[@]}" >"$LAB_TMP/hosts.txt"
    chmod 644 "$LAB_TMP/hosts.txt"
    LAB_TARGET="--many $BENCH_LIST"
}

bench__many_expected() { # PORT -> answer
    case $1 in 8080 | 8443) echo open ;; 8081) echo refused ;; 8082) echo filtered ;; *) echo unknown ;; esac
}

bench_many_check() {
    bench__prepare
    local n=$1 runs=$BENCH_RUNS
    (( runs <= 3 )) || runs=3
    # Warm the router's neighbour table for every address (as a second run of any tool would find it).
    local a pings=()
    for a in "${BENCH_HOSTS[@]}"; do
        lab_router_exec ping -n -q -c 1 -W 1 "$a" >/dev/null 2>&1 &
        pings+=("$!")
    done
    wait "${pings[@]}" || true

    BENCH_CMD=("$LAB_TCPDOCTOR_RUN" diagnose --many "$BENCH_LIST" --json)
    BENCH_CMDLINE="tcpdoctor diagnose --many LIST --json"
    bench__measure tdmany "$runs" -- "${BENCH_CMD[@]}"
    BENCH_CMD=(nmap -sT -Pn --reason -n -p "8080,8081,8082,8443" -iL "$LAB_TMP/hosts.txt" -oG -)
    bench__measure nmapmany "$runs" -- "${BENCH_CMD[@]}"

    local line run ms rss counts
    while read -r line; do
        run=$(jq -r .run <<<"$line") ms=$(jq -r .ms <<<"$line") rss=$(jq -r .maxrss_kb <<<"$line")
        counts=$(jq -sc '
            def ans: if .verdict.code == "ok.reachable" then "open" elif .verdict.code == "port.refused" then "refused"
                     elif .verdict.code == "port.filtered" then "filtered" else .verdict.code end;
            def exp: if .target.port == 8081 then "refused" elif .target.port == 8082 then "filtered" else "open" end;
            {total: length, right: [.[] | select(ans == exp)] | length,
             wrong_answers: ([.[] | select(ans != exp) | "\(.target.port): \(ans)"] | group_by(.) | map({(.[0]): length}) | add // {})}' \
            "$LAB_TMP/bench/tdmany.$run.out" 2>/dev/null) || counts='{"total": 0, "right": 0, "wrong_answers": {}}'
        echo "  tcpdoctor --many run $run: $ms ms, $counts"
        jq -nc --arg scenario "$BENCH_NAME" --argjson n "$n" --argjson run "$run" --argjson ms "$ms" --argjson rss "$rss" \
            --argjson c "$counts" --arg cmd "tcpdoctor diagnose --many LIST --json" \
            '{section: "many", scenario: $scenario, tool: "tcpdoctor", targets: $n, run: $run, ms: $ms, maxrss_kb: $rss, cmd: $cmd} + $c' \
            >>"$BENCH_RAW"
    done <"$LAB_TMP/bench/tdmany.runs"
    while read -r line; do
        run=$(jq -r .run <<<"$line") ms=$(jq -r .ms <<<"$line") rss=$(jq -r .maxrss_kb <<<"$line")
        # Grepable output: "Host: A ()	Ports: 8080/open/tcp//http-proxy///, 8081/closed/tcp//...".
        counts=$(grep -o '[0-9]*/[a-z|]*/tcp' "$LAB_TMP/bench/nmapmany.$run.out" | awk -F/ '
            { total++; want = ($1 == 8081) ? "closed" : ($1 == 8082) ? "filtered" : "open";
              if ($2 == want) right++; else wrong[$1 ": " $2]++ }
            END { printf "{\"total\": %d, \"right\": %d, \"wrong_answers\": {", total, right; sep = "";
                  for (k in wrong) { printf "%s\"%s\": %d", sep, k, wrong[k]; sep = ", " } printf "}}" }') || true
        echo "  nmap run $run: $ms ms, $counts"
        jq -nc --arg scenario "$BENCH_NAME" --argjson n "$n" --argjson run "$run" --argjson ms "$ms" --argjson rss "$rss" \
            --argjson c "$counts" --arg cmd "nmap -sT -Pn --reason -n -p 8080,8081,8082,8443 -iL HOSTS -oG -" \
            '{section: "many", scenario: $scenario, tool: "nmap", targets: $n, run: $run, ms: $ms, maxrss_kb: $rss, cmd: $cmd} + $c' \
            >>"$BENCH_RAW"
    done <"$LAB_TMP/bench/nmapmany.runs"

    if [[ -n ${GUI_BENCH:-} && $n -ge 1000 ]]; then
        local ghome=$LAB_TMP/guihome
        mkdir -p "$ghome"
        chmod 700 "$ghome"
        ip netns exec "$LAB_C" env -i PATH=/usr/bin:/bin HOME="$ghome" XDG_RUNTIME_DIR="$ghome" LC_ALL=C.UTF-8 \
            QT_QPA_PLATFORM=offscreen "$BENCH_RUN" --runs 1 --timeout-ms 130000 --out "$LAB_TMP/bench/guibatch" \
            -- "$GUI_BENCH" batch "$BENCH_LIST" >"$LAB_TMP/bench/guibatch.runs" 2>"$LAB_TMP/bench/guibatch.stderr" ||
            lab_die "gui_bench batch failed: $(head -c 300 "$LAB_TMP/bench/guibatch.stderr")"
        if jq -e . "$LAB_TMP/bench/guibatch.1.out" >/dev/null 2>&1; then
            jq -c --arg scenario "$BENCH_NAME" '{section: "gui", scenario: ("batch-" + (.targets | tostring)), tool: "wizard", run: 1} + .' \
                "$LAB_TMP/bench/guibatch.1.out" >>"$BENCH_RAW"
            echo "  gui batch: $(cat "$LAB_TMP/bench/guibatch.1.out")"
        else
            lab__fail "gui_bench batch wrote no result: $(tail -c 300 "$LAB_TMP/bench/guibatch.1.err")"
        fi
    fi
    lab__pass "measured $BENCH_NAME"
}

case $BENCH_SECTION in
    verdict)
        scenario_setup() { bench_verdict_setup "$BENCH_ARG1"; }
        scenario_check() { bench_verdict_check; }
        ;;
    link)
        scenario_setup() { bench_link_setup "$BENCH_ARG1" "$BENCH_ARG2" "$BENCH_ARG3"; }
        scenario_check() { bench_link_check; }
        ;;
    checklist)
        scenario_setup() { bench_checklist_setup; }
        scenario_check() { bench_checklist_check; }
        ;;
    many)
        scenario_setup() { bench_many_setup "$BENCH_ARG1"; }
        scenario_check() { bench_many_check "$BENCH_ARG1"; }
        ;;
    *) lab_die "unknown section '$BENCH_SECTION' (verdict, link, checklist, many)" ;;
esac
BENCH_ARG1=${1:-} BENCH_ARG2=${2:-} BENCH_ARG3=${3:-}
lab_run

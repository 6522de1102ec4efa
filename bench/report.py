#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
"""report.py RAW.jsonl --md OUT.md --json OUT.json: the tables of scripts/bench.

Reads the measurements scripts/bench and bench/lab-bench.sh wrote (one JSON object a line), takes
medians, judges every answer against what the lab scenario really is, checks the goals of issue 13
and writes a Markdown report and a JSON summary (each written to a temporary file, then renamed).
"""

import argparse
import json
import os
import statistics
import sys
import tempfile

TOOLS = ["tcpdoctor", "nc", "nmap", "curl", "connect"]
SCENARIOS = [
    ("open", "a listener answers", "open"),
    ("refused", "nothing listens (RST)", "refused"),
    ("server-drop", "the server's firewall drops the SYN", "filtered"),
    ("router-drop", "a router drops the SYN", "filtered"),
    ("rejected", "a router rejects: ICMP admin-prohibited", "rejected"),
    ("dns-silent", "the DNS server does not answer", "dns-timeout"),
    ("dns-nxdomain", "the name does not exist", "dns-nxdomain"),
]
# Answers that are not false but do not tell the cause either (see docs/benchmarks.md).
VAGUE = {
    "rejected": {"unreachable", "filtered"},
    "dns-timeout": {"dns-failure"},
    "dns-nxdomain": {"dns-failure"},
}
LINKS = [("rtt-300ms", "300 ms round trip"), ("rtt-1s", "1 s round trip"), ("loss-10pct", "10 % loss each way")]


def judge(expected, answer):
    if answer == expected:
        return "right"
    if answer in VAGUE.get(expected, set()):
        return "vague"
    return "wrong"


MARK = {"right": "✓", "vague": "~", "wrong": "✗"}


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt_ms(ms):
    if ms is None:
        return "—"
    if ms == 0:
        return "< 1 ms"  # the report's durations are whole milliseconds
    if ms >= 10000:
        return f"{ms / 1000:.1f} s"
    if ms >= 1000:
        return f"{ms / 1000:.2f} s"
    if ms >= 10:
        return f"{ms:.0f} ms"
    return f"{ms:.1f} ms"


def fmt_ratio(x):
    if x is None:
        return ""
    if x >= 10:
        return f"×{x:.0f}"
    return f"×{x:.2g}" if x < 1 else f"×{x:.1f}"


def atomic_write(path, text):
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def load(path):
    records = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"report.py: {path}:{n}: not JSON ({e})")
    return records


def goal(name, target, measured, met):
    return {"goal": name, "target": target, "measured": measured,
            "met": None if met is None else bool(met)}


def build(records):
    machine = next((r for r in records if r.get("section") == "machine"), {})
    skipped = [r for r in records if "skipped" in r]
    out = {"schema": "tcpdoctor-bench/1", "machine": machine, "skipped": skipped,
           "verdict": [], "links": [], "checklist": None, "many": [], "gui": {}, "explain": [], "goals": []}

    # --- time to verdict
    verdict = [r for r in records if r.get("section") == "verdict" and "tool" in r]
    for name, about, expected in SCENARIOS:
        rows = [r for r in verdict if r["scenario"] == name]
        if not rows:
            continue
        entry = {"scenario": name, "about": about, "expected": expected, "tools": {}}
        for tool in TOOLS:
            t = [r for r in rows if r["tool"] == tool]
            if not t:
                continue
            answers = [r["answer"] for r in t]
            judged = [judge(expected, a) for a in answers]
            entry["tools"][tool] = {
                "runs": len(t),
                "median_ms": median([r["ms"] for r in t]),
                "min_ms": min(r["ms"] for r in t),
                "max_ms": max(r["ms"] for r in t),
                "answers": answers,
                "answer": max(set(answers), key=answers.count),
                "judgement": "right" if all(j == "right" for j in judged)
                else ("wrong" if any(j == "wrong" for j in judged) else "vague"),
                "wrong_runs": judged.count("wrong"),
                "detail": t[0].get("detail", ""),
                "cmd": t[0].get("cmd", ""),
                "note": t[0].get("note", ""),
                "timed_out": sum(1 for r in t if r.get("timed_out")),
            }
            if tool == "tcpdoctor":
                # A port step that did not run (no address to try) has no time of its own.
                ran = [r for r in t if any(st.get("id") == "port" and st.get("status") != "skipped"
                                           for st in (r.get("steps") or []))]
                entry["tools"][tool]["port_step_median_ms"] = median([r.get("port_ms") for r in ran])
                entry["tools"][tool]["handshake_median_ms"] = median([r.get("rtt_ms") for r in t])
                entry["tools"][tool]["report_median_ms"] = median([r.get("report_ms") for r in t])
        td = entry["tools"].get("tcpdoctor", {}).get("median_ms")
        for tool, v in entry["tools"].items():
            v["ratio_to_tcpdoctor"] = (v["median_ms"] / td) if td and v["median_ms"] is not None else None
        out["verdict"].append(entry)

    # --- slow and lossy links
    link = [r for r in records if r.get("section") == "link"]
    for name, about in LINKS:
        rows = [r for r in link if r.get("scenario") == name and r.get("tool") in TOOLS]
        if not rows:
            continue
        ping = next((r for r in link if r.get("scenario") == name and r.get("tool") == "ping"), {})
        entry = {"link": name, "about": about, "ping_loss_pct": ping.get("loss_pct"),
                 "ping_avg_rtt_ms": ping.get("avg_rtt_ms"), "tools": {}}
        for tool in TOOLS:
            t = [r for r in rows if r["tool"] == tool]
            if not t:
                continue
            counts = {}
            for r in t:
                counts[r["answer"]] = counts.get(r["answer"], 0) + 1
            entry["tools"][tool] = {"runs": len(t), "not_open": len(t) - counts.get("open", 0),
                                    "filtered_or_closed": counts.get("filtered", 0) + counts.get("refused", 0),
                                    "answers": counts, "median_ms": median([r["ms"] for r in t]),
                                    "max_ms": max(r["ms"] for r in t), "cmd": t[0].get("cmd", "")}
        out["links"].append(entry)

    # --- the whole checklist
    cl = [r for r in records if r.get("section") == "checklist" and r.get("tool") == "tcpdoctor"]
    if cl:
        steps = {}
        for r in cl:
            for s in r.get("steps") or []:
                steps.setdefault(s["id"], []).append(s.get("duration_ms"))
        out["checklist"] = {
            "runs": len(cl), "target": "app.lab.example:8080",
            "process_median_ms": median([r["ms"] for r in cl]),
            "report_median_ms": median([r.get("report_ms") for r in cl]),
            "steps_median_ms": {k: median(v) for k, v in steps.items()},
            "steps_sum_median_ms": sum(median(v) or 0 for v in steps.values()),
            "answers": [r["answer"] for r in cl],
            "peak_rss_kb_median": median([r.get("maxrss_kb") for r in cl]),
        }

    # --- many targets
    many = [r for r in records if r.get("section") == "many"]
    for n in sorted({r["targets"] for r in many}):
        for tool in ("tcpdoctor", "nmap"):
            t = [r for r in many if r["targets"] == n and r["tool"] == tool]
            if not t:
                continue
            out["many"].append({"targets": n, "tool": tool, "runs": len(t), "median_ms": median([r["ms"] for r in t]),
                                "right": min(r.get("right", 0) for r in t), "total": t[0].get("total", 0),
                                "wrong_answers": t[-1].get("wrong_answers", {}),
                                "peak_rss_kb_median": median([r.get("maxrss_kb") for r in t]),
                                "cmd": t[0].get("cmd", "")})

    # --- the GUI
    gui = [r for r in records if r.get("section") == "gui" and "skipped" not in r]
    for scen in sorted({r["scenario"] for r in gui}):
        t = [r for r in gui if r["scenario"] == scen and r.get("run", 0) >= 1]
        if not t:
            continue
        g = {"runs": len(t)}
        for key in ("cold_start_ms", "max_stall_ms", "max_stall_probing_ms", "next_click_ms", "peak_rss_kb", "wall_ms"):
            vals = [r.get(key) for r in t if r.get(key) is not None]
            if vals:
                g[key + "_median"] = median(vals)
                g[key + "_max"] = max(vals)
        hist = {}
        for r in t:
            for k, v in (r.get("stall_histogram_ms") or {}).items():
                hist[k] = hist.get(k, 0) + v
        if hist:
            g["stall_histogram_ms"] = hist
        verdicts = [r.get("verdict") for r in t if r.get("verdict")]
        if verdicts:
            g["verdicts"] = verdicts
        if any("rows" in r for r in t):
            g["rows"] = min(r.get("rows", 0) for r in t)
            g["targets"] = t[0].get("targets")
        out["gui"][scen] = g

    # --- the explainer
    for r in records:
        if r.get("section") == "explain" and "skipped" not in r:
            e = dict(r)
            if r.get("per_message_s"):
                e["messages_per_s"] = 1.0 / r["per_message_s"]
            out["explain"].append(e)

    # --- the goals of issue 13
    def vt(name, tool="tcpdoctor"):
        for e in out["verdict"]:
            if e["scenario"] == name:
                return e["tools"].get(tool)
        return None

    drops = [vt(s) for s in ("server-drop", "router-drop") if vt(s)]
    if drops:
        worst = max(d["median_ms"] for d in drops)
        out["goals"].append(goal("filtered verdict on a LAN, whole run", "≤ 1.5 s", fmt_ms(worst), worst <= 1500))
        port = max(d.get("port_step_median_ms") or 0 for d in drops)
        out["goals"].append(goal("filtered: the port step alone (the firewall step's trace comes after it)",
                                 "≤ 1.5 s", fmt_ms(port), port <= 1500))
    for name in ("refused", "open"):
        d = vt(name)
        if not d or d.get("port_step_median_ms") is None:
            continue
        rtt = d.get("handshake_median_ms")
        out["goals"].append(goal(f"{name}: tcpdoctor's port step", "one round trip + a few ms",
                                 f"{fmt_ms(d['port_step_median_ms'])} (round trip {fmt_ms(rtt)})",
                                 d["port_step_median_ms"] <= (rtt or 0) + 10))
        nc = vt(name, "nc")
        out["goals"].append(goal(f"{name}: the whole tcpdoctor process", "(no goal; nc for comparison)",
                                 f"{fmt_ms(d['median_ms'])} (nc: {fmt_ms(nc['median_ms']) if nc else '—'})", None))
    for e in out["links"]:
        td = e["tools"].get("tcpdoctor")
        if not td:
            continue
        if e["link"] == "rtt-1s":
            out["goals"].append(goal("false “filtered” at 1 s RTT", "0", f"{td['filtered_or_closed']} of {td['runs']}",
                                     td["filtered_or_closed"] == 0))
        if e["link"] == "loss-10pct":
            out["goals"].append(goal("false “filtered” at 10 % loss", "≤ 1 in 20",
                                     f"{td['filtered_or_closed']} of {td['runs']}",
                                     td["filtered_or_closed"] * 20 <= td["runs"]))
    if out["checklist"]:
        m = out["checklist"]["process_median_ms"]
        out["goals"].append(goal("whole checklist, healthy target", "≤ 300 ms", fmt_ms(m), m <= 300))
    for m in out["many"]:
        if m["tool"] == "tcpdoctor" and m["targets"] == 1000:
            out["goals"].append(goal("1000 targets", "≤ 5 s", f"{fmt_ms(m['median_ms'])}, {m['right']}/{m['total']} right",
                                     m["median_ms"] <= 5000 and m["right"] == m["total"]))
    g = out["gui"]
    cs = g.get("cold-start-xcb") or g.get("cold-start-offscreen")
    if cs and "cold_start_ms_median" in cs:
        out["goals"].append(goal("GUI cold start to first paint", "≤ 400 ms", fmt_ms(cs["cold_start_ms_median"]),
                                 cs["cold_start_ms_median"] <= 400))
    fr = g.get("full-run")
    if fr and "peak_rss_kb_max" in fr:
        out["goals"].append(goal("GUI resident memory after a full run", "≤ 80 MB",
                                 f"{fr['peak_rss_kb_max'] / 1024:.0f} MB", fr["peak_rss_kb_max"] <= 80 * 1024))
    if fr and "max_stall_ms_max" in fr:
        out["goals"].append(goal("GUI longest main-thread stall, full run", "≤ 16 ms",
                                 fmt_ms(fr["max_stall_ms_max"]), fr["max_stall_ms_max"] <= 16))
    return out


def markdown(s):
    m = s["machine"]
    L = []
    L.append("<!-- Written by scripts/bench (bench/report.py); do not edit by hand. -->")
    L.append(f"# tcpdoctor benchmarks — {m.get('date', '?')}")
    L.append("")
    L.append(f"Machine: {m.get('cpu', '?')}, {m.get('cores', '?')} cores, {m.get('memory', '?')}, {m.get('os', '?')}, "
             f"kernel {m.get('kernel', '?')}; load average at the end {m.get('load_at_end', '?')}. "
             f"{m.get('tcpdoctor', 'tcpdoctor')} ({m.get('commit', '?')}), {m.get('nc', '?')}, {m.get('nmap', '?')}, "
             f"{m.get('curl', '?')}, Qt {m.get('qt', '?')}. Runs: {m.get('runs', '?')} per measurement "
             f"(median), {m.get('link_runs', '?')} per slow/lossy link; took {m.get('seconds', '?')} s."
             + (" **Quick mode: one run each, a smoke test, not a measurement.**" if m.get("quick") else ""))
    L.append("")
    if s["goals"]:
        L.append("## Goals (issue 13)")
        L.append("")
        L.append("| goal | target | measured | |")
        L.append("|---|---|---|---|")
        for gl in s["goals"]:
            met = {True: "met", False: "**missed**", None: ""}[gl["met"]]
            L.append(f"| {gl['goal']} | {gl['target']} | {gl['measured']} | {met} |")
        L.append("")
    if s["verdict"]:
        nc_w = m.get("nc_wait_s", "5")
        curl_t = m.get("curl_connect_timeout_s", "10")
        heads = {"tcpdoctor": "tcpdoctor diagnose", "nc": f"nc -z -w {nc_w}", "nmap": "nmap -sT -Pn",
                 "curl": f"curl --connect-timeout {curl_t}", "connect": "plain connect()"}
        tools = [t for t in TOOLS if any(t in e["tools"] for e in s["verdict"])]
        L.append("## Time to verdict")
        L.append("")
        L.append("Median wall time of the whole process, from start to exit; in brackets the ratio to tcpdoctor's "
                 "whole run (×10 = ten times as long). “port step” is tcpdoctor's port test alone, from its JSON "
                 "report; “its handshake” the answer's round trip it measured (attempts[0].rtt_ms). Every tool runs in the lab's client namespace as an unprivileged user.")
        L.append("")
        L.append("| scenario | " + " | ".join(
            [heads["tcpdoctor"], "port step", "its handshake"] + [heads[t] for t in tools if t != "tcpdoctor"]) + " |")
        L.append("|---|" + "---|" * (len(tools) + 2))
        for e in s["verdict"]:
            td = e["tools"].get("tcpdoctor", {})
            cells = [fmt_ms(td.get("median_ms")), fmt_ms(td.get("port_step_median_ms")),
                     fmt_ms(td.get("handshake_median_ms"))]
            for t in tools:
                if t == "tcpdoctor":
                    continue
                v = e["tools"].get(t)
                if not v:
                    cells.append("—")
                    continue
                c = f"{fmt_ms(v['median_ms'])} ({fmt_ratio(v['ratio_to_tcpdoctor'])})"
                if v.get("note") or v["runs"] == 1 and m.get("runs", 1) > 1:
                    c += " ¹"
                if v.get("timed_out"):
                    c += " ²"
                cells.append(c)
            L.append(f"| {e['scenario']} ({e['about']}) | " + " | ".join(cells) + " |")
        L.append("")
        L.append("¹ one run, in parallel with the other tools (it waits for the operating system's own timeout). "
                 "² killed at the 150 s bound.")
        L.append("")
        L.append("## What each tool answered")
        L.append("")
        L.append("✓ right, ~ not false but vague (does not tell the cause: “could not resolve” for both DNS "
                 "failures, “no route to host” for a firewall's reject), ✗ wrong. A fast wrong answer counts as wrong.")
        L.append("")
        L.append("| scenario | truth | " + " | ".join(heads[t] for t in tools) + " |")
        L.append("|---|---|" + "---|" * len(tools))
        for e in s["verdict"]:
            cells = []
            for t in tools:
                v = e["tools"].get(t)
                if not v:
                    cells.append("—")
                    continue
                c = f"{v['answer']} {MARK[v['judgement']]}"
                if v["wrong_runs"] and v["wrong_runs"] < v["runs"]:
                    c += f" ({v['wrong_runs']} of {v['runs']} runs wrong)"
                cells.append(c)
            L.append(f"| {e['scenario']} | {e['expected']} | " + " | ".join(cells) + " |")
        L.append("")
        L.append("<details><summary>What the tools said (first run)</summary>")
        L.append("")
        for e in s["verdict"]:
            for t in tools:
                v = e["tools"].get(t)
                if v:
                    d = (v["detail"] or "").replace("|", "\\|").replace("\n", " ").strip()[:160]
                    L.append(f"- {e['scenario']}, `{v['cmd']}`: {d}")
        L.append("")
        L.append("</details>")
        L.append("")
    if s["links"]:
        tools = [t for t in TOOLS if any(t in e["tools"] for e in s["links"])]
        L.append("## Slow and lossy links: an open port")
        L.append("")
        L.append("How often each tool called an open port something else (filtered, refused, unknown), out of "
                 "the runs; median time in brackets. The five tools ran at the same time.")
        L.append("")
        L.append("| link (ping measured) | " + " | ".join(tools) + " |")
        L.append("|---|" + "---|" * len(tools))
        for e in s["links"]:
            ping = ""
            if e.get("ping_avg_rtt_ms") is not None:
                ping = f" (ping: {e['ping_avg_rtt_ms']} ms, {e['ping_loss_pct']} % lost)"
            cells = []
            for t in tools:
                v = e["tools"].get(t)
                if not v:
                    cells.append("—")
                    continue
                wrong = ", ".join(f"{k} {n}" for k, n in sorted(v["answers"].items()) if k != "open")
                cells.append(f"{v['not_open']} of {v['runs']}{' (' + wrong + ')' if wrong else ''}, "
                             f"{fmt_ms(v['median_ms'])}")
            L.append(f"| {e['about']}{ping} | " + " | ".join(cells) + " |")
        L.append("")
    c = s["checklist"]
    if c:
        L.append("## The whole checklist on a healthy target")
        L.append("")
        L.append(f"`tcpdoctor diagnose {c['target']}` (by name: DNS, reverse lookup, both families), {c['runs']} runs: whole process **{fmt_ms(c['process_median_ms'])}** "
                 f"(the report's own duration {fmt_ms(c['report_median_ms'])}); the five steps' own durations add up to "
                 f"{fmt_ms(c['steps_sum_median_ms'])}. "
                 f"Peak memory of the command line: {(c['peak_rss_kb_median'] or 0) / 1024:.0f} MB.")
        L.append("")
        L.append("| " + " | ".join(c["steps_median_ms"].keys()) + " |")
        L.append("|" + "---|" * len(c["steps_median_ms"]))
        L.append("| " + " | ".join(fmt_ms(v) for v in c["steps_median_ms"].values()) + " |")
        L.append("")
    if s["many"]:
        L.append("## Many targets")
        L.append("")
        L.append("A quarter of the targets each: open (8080, 8443), refused (8081), dropped by the server's firewall "
                 "(8082), on lab addresses 203.0.113.3 onwards. nmap scans the same hosts × ports (`-n`: no reverse "
                 "lookups, which helps nmap).")
        L.append("")
        L.append("| targets | tool | wall time | right | wrong answers | peak memory |")
        L.append("|---|---|---|---|---|---|")
        for r in s["many"]:
            wrong = ", ".join(f"{k} ×{v}" for k, v in r["wrong_answers"].items()) or "none"
            L.append(f"| {r['targets']} | `{r['cmd']}` | {fmt_ms(r['median_ms'])} | {r['right']} of {r['total']} | "
                     f"{wrong} | {(r['peak_rss_kb_median'] or 0) / 1024:.0f} MB |")
        L.append("")
    if s["gui"]:
        g = s["gui"]
        L.append("## The wizard (GUI)")
        L.append("")
        L.append("| measurement | median | worst |")
        L.append("|---|---|---|")
        for key, label in (("cold-start-offscreen", "cold start to first paint (offscreen)"),
                           ("cold-start-xcb", "cold start to first paint (X11, Xvfb)")):
            if key in g and "cold_start_ms_median" in g[key]:
                L.append(f"| {label} | {fmt_ms(g[key]['cold_start_ms_median'])} | {fmt_ms(g[key]['cold_start_ms_max'])} |")
        if "full-run" in g:
            fr = g["full-run"]
            if "max_stall_ms_median" in fr:
                L.append(f"| longest main-thread stall, “Check everything” on a healthy target (1 ms timer) | "
                         f"{fmt_ms(fr['max_stall_ms_median'])} | {fmt_ms(fr['max_stall_ms_max'])} |")
            if "next_click_ms_median" in fr:
                L.append(f"| … of which: the click on Next itself (the page switch; the probes start) | "
                         f"{fmt_ms(fr['next_click_ms_median'])} | {fmt_ms(fr['next_click_ms_max'])} |")
            if "max_stall_probing_ms_median" in fr:
                L.append(f"| … and the longest stall while the probes ran (after Next, before the summary) | "
                         f"{fmt_ms(fr['max_stall_probing_ms_median'])} | {fmt_ms(fr['max_stall_probing_ms_max'])} |")
            if "peak_rss_kb_median" in fr:
                L.append(f"| peak resident memory, one full run | {fr['peak_rss_kb_median'] / 1024:.0f} MB | "
                         f"{fr['peak_rss_kb_max'] / 1024:.0f} MB |")
            if "wall_ms_median" in fr:
                L.append(f"| Next to the summary page showing the verdict | {fmt_ms(fr['wall_ms_median'])} | "
                         f"{fmt_ms(fr['wall_ms_max'])} |")
        for key, fr in g.items():
            if key.startswith("batch-"):
                if "max_stall_ms_median" in fr:
                    L.append(f"| longest main-thread stall, {fr.get('targets')} targets in a table | "
                             f"{fmt_ms(fr['max_stall_ms_median'])} | {fmt_ms(fr['max_stall_ms_max'])} |")
                if "peak_rss_kb_median" in fr:
                    L.append(f"| peak resident memory, {fr.get('targets')} targets | "
                             f"{fr['peak_rss_kb_median'] / 1024:.0f} MB | {fr['peak_rss_kb_max'] / 1024:.0f} MB |")
        L.append("")
        for key, fr in g.items():
            if "stall_histogram_ms" in fr:
                h = fr["stall_histogram_ms"]
                order = ["lt2", "2to4", "4to8", "8to16", "16to32", "32to64", "ge64"]
                L.append(f"Gaps between the 1 ms timer's ticks, {key}, all runs together: " + ", ".join(
                    f"{k.replace('to', '–').replace('lt', '< ').replace('ge', '≥ ')} ms: {h[k]}" for k in order if k in h) + ".")
        L.append("")
    if s["explain"]:
        L.append("## The error-message explainer")
        L.append("")
        for e in s["explain"]:
            line = f"- `{e['scenario']}`: {e['cpu_time']:.2f} {e['time_unit']} CPU"
            if e.get("messages_per_s"):
                line += f" — **{e['messages_per_s']:,.0f} messages per second** ({e['messages']:.0f} real messages)"
            L.append(line)
        L.append("")
    if s["skipped"]:
        L.append("## Skipped")
        L.append("")
        for r in s["skipped"]:
            L.append(f"- {r['section']} {r['scenario']}: {r['skipped']}")
        L.append("")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("raw")
    ap.add_argument("--md", required=True)
    ap.add_argument("--json", required=True)
    a = ap.parse_args()
    summary = build(load(a.raw))
    atomic_write(a.json, json.dumps(summary, indent=1, ensure_ascii=False) + "\n")
    atomic_write(a.md, markdown(summary) + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
"""compare.py OLD.json NEW.json: each figure of two scripts/bench results, side by side, one line each.

OLD and NEW are latest.json files (schema tcpdoctor-bench/1). Every figure both have is printed with
its change; a figure that got worse by more than --threshold percent (default 10) is marked WORSE, so
a regression shows in one line. Times and memory: lower is better; right answers and messages per
second: higher is better; a count of answers or runs that moves the wrong way is worse at any size. Exit 0, or 1 with --fail-on-worse when something got worse; 2 for bad input.
"""

import argparse
import json
import sys


def figures(s):
    """{name: (value, unit, higher_is_better)} for every figure in a results summary."""
    f = {}

    def put(name, value, unit, higher=False):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            f[name] = (float(value), unit, higher)

    for e in s.get("verdict") or []:
        for tool, v in (e.get("tools") or {}).items():
            put(f"verdict {e.get('scenario')}: {tool}", v.get("median_ms"), "ms")
            if tool == "tcpdoctor":
                put(f"verdict {e.get('scenario')}: tcpdoctor port step", v.get("port_step_median_ms"), "ms")
    for e in s.get("links") or []:
        for tool, v in (e.get("tools") or {}).items():
            put(f"link {e.get('link')}: {tool}", v.get("median_ms"), "ms")
            put(f"link {e.get('link')}: {tool} not open", v.get("not_open"), "runs")
    c = s.get("checklist") or {}
    put("checklist: whole run", c.get("process_median_ms"), "ms")
    put("checklist: report", c.get("report_median_ms"), "ms")
    put("checklist: peak memory", c.get("peak_rss_kb_median"), "KB")
    for step, ms in (c.get("steps_median_ms") or {}).items():
        put(f"checklist: step {step}", ms, "ms")
    for e in s.get("many") or []:
        put(f"many {e.get('targets')}: {e.get('tool')}", e.get("median_ms"), "ms")
        put(f"many {e.get('targets')}: {e.get('tool')} right", e.get("right"), "answers", higher=True)
        put(f"many {e.get('targets')}: {e.get('tool')} peak memory", e.get("peak_rss_kb_median"), "KB")
    for scen, g in (s.get("gui") or {}).items():
        for key, value in g.items():
            if key.endswith("_median"):
                unit = "KB" if "_kb_" in key else "ms"
                put(f"gui {scen}: {key[:-len('_median')]}", value, unit)
    for e in s.get("explain") or []:
        put(f"explain {e.get('scenario')}", e.get("cpu_time"), e.get("time_unit", ""))
        put(f"explain {e.get('scenario')}: messages per second", e.get("messages_per_s"), "/s", higher=True)
    return f


def fmt(value, unit):
    return f"{value:,.0f} {unit}" if abs(value) >= 100 else f"{value:,.2f} {unit}".replace(".00 ", " ")


def compare(old, new, threshold):
    """The lines to print, and whether anything got worse."""
    a, b = figures(old), figures(new)
    lines, worse = [], False
    for name in sorted(set(a) | set(b)):
        if name not in a:
            lines.append(f"  new      {name}: {fmt(b[name][0], b[name][1])}")
            continue
        if name not in b:
            lines.append(f"  gone     {name}: was {fmt(a[name][0], a[name][1])}")
            continue
        (va, unit, higher), vb = a[name], b[name][0]
        if va == 0:
            change = 0.0 if vb == 0 else float("inf")
        else:
            change = (vb - va) / va * 100.0
        bad = -change if higher else change
        # Counts of answers and runs are not noise: one wrong answer more is worse, whatever the threshold.
        limit = 0.0 if unit in ("answers", "runs") else threshold
        mark = "WORSE" if bad > limit else ("better" if bad < -limit else "same")
        worse |= mark == "WORSE"
        pct = "new" if change == float("inf") else f"{change:+.0f} %"
        lines.append(f"  {mark:<8} {name}: {fmt(va, unit)} -> {fmt(vb, unit)} ({pct})")
    return lines, worse


def read(path):
    try:
        with open(path, encoding="utf-8") as f:
            s = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        print(f"compare.py: {path}: cannot be read as results ({e})", file=sys.stderr)
        sys.exit(2)
    if not isinstance(s, dict) or s.get("schema") != "tcpdoctor-bench/1":
        print(f"compare.py: {path}: not a scripts/bench results file (schema tcpdoctor-bench/1)", file=sys.stderr)
        sys.exit(2)
    return s


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--threshold", type=float, default=10.0, help="percent a figure may change before it counts")
    ap.add_argument("--fail-on-worse", action="store_true", help="exit 1 when a figure got worse")
    ap.add_argument("--label", help="how to name OLD in the first line (default: its path)")
    a = ap.parse_args()
    try:
        lines, worse = compare(read(a.old), read(a.new), a.threshold)
    except (AttributeError, TypeError) as e:
        print(f"compare.py: the results do not have the expected shape ({e})", file=sys.stderr)
        sys.exit(2)
    print(f"bench: compared with {a.label or a.old} (changes over {a.threshold:g} % count):")
    print("\n".join(lines) if lines else "  no figure in common")
    if worse:
        print(f"bench: {sum(1 for l in lines if l.startswith('  WORSE'))} figure(s) got worse")
    sys.exit(1 if worse and a.fail_on_worse else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Issue 10: a service whose greeting is hostile (HTML, a Markdown link, terminal escape sequences,
# a bell) -> ok.reachable, and every report tcpdoctor saves (HTML, PDF, Markdown, text) shows the
# greeting as text: no live markup, no raw control characters.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="a listener on 2222 that greets with <script>, <img onerror>, a Markdown link and terminal escapes"
LAB_EXPECT=ok.reachable

# ESC [31m, ESC [0m, BEL and SOH travel as raw bytes; labserver sends the text as it is.
HOSTILE=$'<script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3)) \e[31mRED\e[0m\a\x01 *b* _i_ | ~~s~~ &amp;'

scenario_setup() {
    lab_up
    lab_listen 2222 banner "$HOSTILE"
    LAB_TARGET=203.0.113.2:2222
}

# file_ok FILE 'what' PREDICATE-COMMAND...: a check on a report file.
file_ok() {
    local file=$1 what=$2
    shift 2
    if "$@" <"$file"; then lab__pass "$(basename "$file"): $what"; else lab__fail "$(basename "$file"): $what"; fi
}
lacks() { ! LC_ALL=C grep -qiE "$1"; }
has() { LC_ALL=C grep -qF -- "$1"; }
no_controls() { ! LC_ALL=C grep -qP '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]'; }

# Every element is one the HTML writer emits; no attribute can run or load anything.
html_tags_ok() {
    local tags bad
    tags=$(grep -oE '<[!/]?[A-Za-z][A-Za-z0-9-]*' | tr -d '<!/' | tr 'A-Z' 'a-z' | sort -u)
    bad=$(comm -23 <(echo "$tags") <(printf '%s\n' doctype html head meta title style body h1 h2 h3 h4 p strong code section \
        ol ul li svg desc rect line polygon text table tr th td span br details summary pre footer div | sort -u))
    [[ -z $bad ]] || { echo "    unexpected elements: $bad"; return 1; }
}
html_attrs_ok() { ! grep -oE '<[A-Za-z][^>]*>' | grep -qiE '[[:space:]](on[a-z]+|href|src|srcdoc|formaction|style)[[:space:]]*='; }

# Markdown: outside code spans and fences, nothing may open a tag or a link.
md_text_ok() {
    perl -0777 -ne 's/\n(`{3,})text\n.*?\n\1\n//sg; s/(`+) .*? \1//g; s/(`+)[^`\n]*?\1//g; exit(/(?<!\\)[<\[]/ ? 1 : 0)'
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 0
    expect_code ok.reachable
    expect_jq "$LAB_ATTEMPT0 | .banner | startswith(\"<script>alert(1)</script>\")" "the greeting is in the JSON evidence as text"
    expect_jq "$LAB_ATTEMPT0 | .banner | contains(\"\\\\x1b[31mRED\")" "its escape sequence is shown as \\x1b, not sent"

    local home=$LAB_TMP/home ext f
    for ext in html md txt pdf; do
        f=$home/report.$ext
        lab_diagnose "$LAB_TARGET" --report "$f"
        expect_exit 0
        if [[ ! -s $f ]]; then
            lab__fail "tcpdoctor did not write $f (stderr: $(head -c 300 "$LAB_ERR"))"
        fi
    done

    f=$home/report.html
    file_ok "$f" "no <script> element" lacks '<script'
    file_ok "$f" "no <img> element" lacks '<img'
    file_ok "$f" "only the writer's own elements" html_tags_ok
    file_ok "$f" "no event, link or source attributes" html_attrs_ok
    file_ok "$f" "no raw control characters" no_controls
    file_ok "$f" "the greeting is shown, escaped" has '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;'
    file_ok "$f" "the escape sequence is shown as text" has '\x1b[31mRED\x1b[0m\x07\x01'

    f=$home/report.md
    file_ok "$f" "no raw control characters" no_controls
    file_ok "$f" "outside code, nothing opens a tag or a link" md_text_ok
    file_ok "$f" "the greeting is shown literally, in a code span" has '`<script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3)) \x1b[31mRED'

    f=$home/report.txt
    file_ok "$f" "no raw control characters" no_controls
    file_ok "$f" "the greeting is shown with visible escapes" has 'greeting: <script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3)) \x1b[31mRED'

    f=$home/report.pdf
    file_ok "$f" "is a PDF" has '%PDF-'
}

lab_run "$@"

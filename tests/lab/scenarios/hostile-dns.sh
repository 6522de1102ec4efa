#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Issue 10: hostile names around a healthy target -> ok.reachable, and the reports show them as
# text only. The DNS server's PTR answer for the address is a <script> name (c-ares refuses it:
# the reverse lookup says bad_response); the hosts file gives the address aliases full of markup,
# a Markdown link and terminal escapes, and those do reach the evidence, the summaries and the
# reports: no live markup, no raw control characters.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

LAB_ABOUT="app.lab.example answers on 8080; its PTR record and its hosts-file aliases are hostile names"
LAB_EXPECT=ok.reachable

# Host names from the hosts file are split at blanks: each of these is one alias.
ALIASES=$'<script>alert(1)</script>.lab.example <img/src=x/onerror=alert(2)> x\e[31m\a.lab.example [a](javascript:alert(3))'

scenario_setup() {
    lab_up
    lab_listen 8080 open
    lab_dnsmasq --local=/example/ \
        --host-record=app.lab.example,"$LAB_S4" \
        --ptr-record='2.113.0.203.in-addr.arpa,<script>alert(4)</script>.lab.example'
    lab_hosts "127.0.0.1 localhost
$LAB_S4 app.lab.example $ALIASES"
    LAB_TARGET=app.lab.example:8080
}

file_ok() {
    local file=$1 what=$2
    shift 2
    if "$@" <"$file"; then lab__pass "$(basename "$file"): $what"; else lab__fail "$(basename "$file"): $what"; fi
}
lacks() { ! LC_ALL=C grep -qiE "$1"; }
has() { LC_ALL=C grep -qF -- "$1"; }
no_controls() { ! LC_ALL=C grep -qP '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]'; }
html_tags_ok() {
    local tags bad
    tags=$(grep -oE '<[!/]?[A-Za-z][A-Za-z0-9-]*' | tr -d '<!/' | tr 'A-Z' 'a-z' | sort -u)
    bad=$(comm -23 <(echo "$tags") <(printf '%s\n' doctype html head meta title style body h1 h2 h3 h4 p strong code section \
        ol ul li svg desc rect line polygon text table tr th td span br details summary pre footer div | sort -u))
    [[ -z $bad ]] || { echo "    unexpected elements: $bad"; return 1; }
}
html_attrs_ok() { ! grep -oE '<[A-Za-z][^>]*>' | grep -qiE '[[:space:]](on[a-z]+|href|src|srcdoc|formaction|style)[[:space:]]*='; }
md_text_ok() {
    perl -0777 -ne 's/\n(`{3,})text\n.*?\n\1\n//sg; s/(`+) .*? \1//g; s/(`+)[^`\n]*?\1//g; exit(/(?<!\\)[<\[]/ ? 1 : 0)'
}

# The reports of one run: HTML, Markdown, text.
check_reports() {
    local tag=$1 home=$LAB_TMP/home ext f
    for ext in html md txt; do
        f=$home/$tag.$ext
        lab_diagnose "$2" --report "$f"
        expect_exit 0
        [[ -s $f ]] || lab__fail "tcpdoctor did not write $f (stderr: $(head -c 300 "$LAB_ERR"))"
    done
    f=$home/$tag.html
    file_ok "$f" "no <script> element" lacks '<script'
    file_ok "$f" "no <img> element" lacks '<img'
    file_ok "$f" "only the writer's own elements" html_tags_ok
    file_ok "$f" "no event, link or source attributes" html_attrs_ok
    file_ok "$f" "no raw control characters" no_controls
    file_ok "$f" "the hosts-file alias is shown, escaped" has '&lt;script&gt;alert(1)&lt;/script&gt;.lab.example'
    file_ok "$f" "the escape sequence in an alias is shown as text" has 'x\x1b[31m\x07.lab.example'
    f=$home/$tag.md
    file_ok "$f" "no raw control characters" no_controls
    file_ok "$f" "outside code, nothing opens a tag or a link" md_text_ok
    f=$home/$tag.txt
    file_ok "$f" "no raw control characters" no_controls
}

scenario_check() {
    lab_diagnose "$LAB_TARGET"
    expect_exit 0
    expect_code ok.reachable
    expect_jq "$LAB_DNS | .data.hosts_file.entries[0].names | index(\"<script>alert(1)</script>.lab.example\") != null" \
        "the hostile alias is in the DNS evidence (the hosts file entry)"
    expect_jq "$LAB_DNS | .data.reverse.status == \"bad_response\" and (.data.reverse.names | length) == 0" \
        "the PTR answer with a <script> name is refused, not reported as a name"
    check_reports by-name "$LAB_TARGET"

    # By address: no lookup, but the reverse lookup names the address with the hostile aliases.
    lab_diagnose "$LAB_S4:8080"
    expect_code ok.reachable
    expect_jq "$LAB_DNS | .data.reverse.hosts_names | index(\"[a](javascript:alert(3))\") != null" \
        "the hosts file's hostile names for the address are in the evidence"
    check_reports by-address "$LAB_S4:8080"
}

lab_run "$@"

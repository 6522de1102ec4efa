#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# Least privilege (issue 14, docs/security.md): tcpdoctor never runs a shell and never builds a
# command from text it was given.
#   check-no-shell.sh ROOT            checks ROOT/core, ROOT/ui, ROOT/app and ROOT/packaging
#   check-no-shell.sh --self-test     proves every rule below fails on a file that breaks it
#
# Rules:
#   1. no system(), popen(), QProcess::startCommand, startDetached, exec*(), posix_spawn, WinExec,
#      CreateProcess, ShellExecute, and no "/bin/sh", "sh -c", "bash -c", "cmd /c" anywhere;
#   2. only the files in ALLOWED start programs (QProcess), with an argv list (program, arguments),
#      never one command string;
#   3. every program they start comes from core/platform's firewall readers, whose argv[0] is a
#      fixed absolute path found by findProgram() and whose arguments are fixed strings;
#   4. packaging grants no privilege: no setcap, no setuid/setgid bit.
set -u

# The only file that starts programs: the firewall step runs nft / iptables-save / firewall-cmd /
# socketfilterfw / pfctl with fixed arguments (core/platform/*/Firewall*.cpp) and reads their output.
ALLOWED=(core/steps/FirewallLocal.cpp)

check_tree() {
    local root=$1 failed=0 hits
    local dirs=()
    for d in core ui app; do
        [[ -d $root/$d ]] && dirs+=("$root/$d")
    done
    if [[ ${#dirs[@]} -eq 0 ]]; then
        echo "check-no-shell: no core/, ui/ or app/ under $root"
        return 2
    fi
    local src=(--include='*.cpp' --include='*.h' --include='*.mm' --include='*.c' --include='*.in')

    # 1. Shells and shell-like process starts.
    hits=$(grep -rnE "${src[@]}" \
        -e '(^|[^A-Za-z0-9_.>])(std::|::)?system[[:space:]]*\([[:space:]]*[^)[:space:]]' \
        -e '(^|[^A-Za-z0-9_])_?popen[[:space:]]*\(' \
        -e 'startCommand|startDetached' \
        -e '(^|[^A-Za-z0-9_])(execl|execlp|execle|execv|execvp|execve|execvpe|fexecve|posix_spawnp?)[[:space:]]*\(' \
        -e 'WinExec|CreateProcess(A|W|AsUser)?[[:space:]]*\(|ShellExecute' \
        -e '"/bin/(ba|da|z|k)?sh"|"/usr/bin/(ba|da|z|k)?sh"' \
        -e '(^|[^A-Za-z0-9_-])(ba|z|da)?sh -c([^A-Za-z0-9_]|$)' \
        -e '(^|[^A-Za-z0-9_])cmd(\.exe)? /[cCkK]([^A-Za-z0-9_]|$)' \
        -e 'powershell' \
        "${dirs[@]}" 2>/dev/null | grep -vE '^[^:]+:[0-9]+:[[:space:]]*(//|/\*|\*)')
    if [[ -n $hits ]]; then
        echo "FAIL: a shell or a shell-like process start (docs/security.md: no shell, ever):"
        echo "$hits"
        failed=1
    fi

    # 2. Who starts programs at all, and how.
    local f rel allowed a
    while IFS= read -r f; do
        rel=${f#"$root"/}
        allowed=0
        for a in "${ALLOWED[@]}"; do
            [[ $rel == "$a" ]] && allowed=1
        done
        if [[ $allowed -eq 0 ]]; then
            echo "FAIL: $rel starts programs (QProcess) but is not reviewed in tests/check-no-shell.sh ALLOWED"
            failed=1
            continue
        fi
        # The argv form only: start(program, arguments, ...), never start("one command line").
        hits=$(grep -nE '\.start[[:space:]]*\([[:space:]]*[^)[:space:]]' "$f" | grep -vE '\.start[[:space:]]*\([^,()]*(\([^()]*\))?[^,()]*,')
        if [[ -n $hits ]]; then
            echo "FAIL: $rel: QProcess::start without a separate argument list:"
            echo "$hits"
            failed=1
        fi
        if grep -nE 'setNativeArguments|setProgram[[:space:]]*\(' "$f" >/dev/null; then
            echo "FAIL: $rel: setNativeArguments/setProgram (a command line built as text)"
            failed=1
        fi
    done < <(grep -rlE "${src[@]}" -e 'QProcess[[:space:]]+[A-Za-z_]|QProcess[[:space:]]*[(*&]|new[[:space:]]+QProcess' "${dirs[@]}" 2>/dev/null)

    # 3. The programs: argv[0] from findProgram() over fixed paths, the rest fixed strings.
    local line var file
    while IFS= read -r line; do
        file=${line%%:*}
        var=$(sed -nE 's/.*programs\.push_back\(\{"[^"]*", *\{([A-Za-z_][A-Za-z0-9_]*)(,.*)?\}\}\);.*/\1/p' <<<"${line#*:*:}")
        if [[ -z $var ]]; then
            echo "FAIL: ${file#"$root"/}: a program whose argv is not {fixed-path variable, \"literal\", ...}:"
            echo "    ${line#*:}"
            failed=1
            continue
        fi
        if ! grep -qE "const std::string $var = findProgram\(\{\"/" "$file"; then
            echo "FAIL: ${file#"$root"/}: the program '$var' does not come from findProgram({\"/absolute/path\", ...})"
            failed=1
        fi
        if grep -E '\{[A-Za-z_][A-Za-z0-9_]*,' <<<"${line#*:*:}" | grep -qE ', *[A-Za-z_][A-Za-z0-9_:.]*[,}]'; then
            echo "FAIL: ${file#"$root"/}: a program argument that is not a string literal:"
            echo "    ${line#*:}"
            failed=1
        fi
    done < <(grep -rnE 'programs\.push_back' "$root/core/platform" 2>/dev/null)

    # 4. Packaging grants no privilege.
    if [[ -d $root/packaging ]]; then
        hits=$(grep -rnE 'setcap|cap_net_(raw|admin)|chmod +[ugo]*\+s|chmod +[2467][0-7]{3}|SETUID|setuid|4755' "$root/packaging" 2>/dev/null)
        if [[ -n $hits ]]; then
            echo "FAIL: packaging grants a privilege (tcpdoctor must run as a plain user):"
            echo "$hits"
            failed=1
        fi
    fi
    return $failed
}

self_test() {
    local tmp ok=0
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/tcpd-noshell.XXXXXX") || return 2
    trap 'rm -rf "$tmp"' RETURN
    local bad=(
        'int r = system(cmd.c_str());'
        'FILE* f = popen("ip route", "r");'
        'p.startCommand(u"ping "_s + host);'
        'QProcess::startDetached(u"xdg-open"_s, {url});'
        'execvp(argv[0], argv);'
        'p.start(u"/bin/sh"_s, {u"-c"_s, text});'
        'args << u"sh -c"_s;'
        'p.start(u"bash -c ping"_s, {});'
        'p.start(u"cmd /c ping"_s, {});'
        'ShellExecuteW(nullptr, L"open", url, nullptr, nullptr, SW_SHOW);'
        'QProcess p; p.start(u"ping "_s + host);'
    )
    local i=0 src
    for src in "${bad[@]}"; do
        i=$((i + 1))
        rm -rf "$tmp/t" && mkdir -p "$tmp/t/core/steps" "$tmp/t/core/platform"
        # The allowed file, so rule 2's "not reviewed" does not hide the rule under test.
        printf '#include <QProcess>\nvoid f() {\n    %s\n}\n' "$src" >"$tmp/t/core/steps/FirewallLocal.cpp"
        if check_tree "$tmp/t" >/dev/null; then
            echo "FAIL: self-test: not caught: $src"
            ok=1
        fi
    done
    # A QProcess in a file that is not reviewed.
    rm -rf "$tmp/t" && mkdir -p "$tmp/t/ui"
    printf 'void f() { QProcess p; p.start(u"/usr/bin/true"_s, {}); }\n' >"$tmp/t/ui/Other.cpp"
    check_tree "$tmp/t" >/dev/null && { echo "FAIL: self-test: an unreviewed QProcess user was not caught"; ok=1; }
    # A program built from text.
    rm -rf "$tmp/t" && mkdir -p "$tmp/t/core/platform/linux"
    printf 'void f(std::string user) {\n    fw.programs.push_back({"x", {user, "-j"}});\n}\n' >"$tmp/t/core/platform/linux/F.cpp"
    check_tree "$tmp/t" >/dev/null && { echo "FAIL: self-test: a program from a variable not found by findProgram was not caught"; ok=1; }
    printf 'const std::string nft = findProgram({"/usr/sbin/nft"});\nvoid f(std::string user) {\n    fw.programs.push_back({"x", {nft, user}});\n}\n' >"$tmp/t/core/platform/linux/F.cpp"
    check_tree "$tmp/t" >/dev/null && { echo "FAIL: self-test: a non-literal program argument was not caught"; ok=1; }
    # Packaging that grants a capability.
    rm -rf "$tmp/t" && mkdir -p "$tmp/t/core" "$tmp/t/packaging"
    echo 'setcap cap_net_raw+ep /usr/bin/tcpdoctor' >"$tmp/t/packaging/postinst"
    check_tree "$tmp/t" >/dev/null && { echo "FAIL: self-test: setcap in packaging was not caught"; ok=1; }
    # And a clean tree passes (the rules are not simply always failing).
    rm -rf "$tmp/t" && mkdir -p "$tmp/t/core/steps" "$tmp/t/core/platform/linux"
    printf 'void f(const std::vector<std::string>& argv) {\n    QProcess p;\n    p.start(QString::fromStdString(argv[0]), args, QIODevice::ReadOnly);\n}\nDnsEnvironment env = DnsEnvironment::system();\n' \
        >"$tmp/t/core/steps/FirewallLocal.cpp"
    printf 'const std::string nft = findProgram({"/usr/sbin/nft", "/sbin/nft"});\nvoid g() {\n    fw.programs.push_back({"nftables", {nft, "-j", "list", "ruleset"}});\n}\n' \
        >"$tmp/t/core/platform/linux/F.cpp"
    if ! check_tree "$tmp/t"; then
        echo "FAIL: self-test: a clean tree was refused"
        ok=1
    fi
    [[ $ok -eq 0 ]] && echo "check-no-shell self-test: every rule catches its example, a clean tree passes: ok"
    return $ok
}

if [[ ${1:-} == --self-test ]]; then
    self_test
    exit $?
fi
root=${1:?usage: check-no-shell.sh ROOT | --self-test}
if check_tree "$root"; then
    echo "core/, ui/, app/: no shell, no command built from text, programs only with fixed argv; packaging grants no privilege: ok"
    exit 0
fi
exit 1

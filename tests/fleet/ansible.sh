#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# docs/fleet.md's Ansible example, run for real: the playbook docs/examples/fleet/fleet.yml against two
# "PCs" that are this computer (ansible_connection=local), a target list with an open and a refused port
# on loopback, then the documented jq merge. Checks that every PC's answers came home and merge into one
# JSON Lines file with the PC's name on each line.
# Usage: ansible.sh TCPDOCTOR SOURCE_DIR
set -euo pipefail
tcpdoctor=$(realpath "${1:?usage: ansible.sh TCPDOCTOR SOURCE_DIR}")
src=${2:?usage: ansible.sh TCPDOCTOR SOURCE_DIR}
if ! command -v ansible-playbook >/dev/null; then
    echo "ansible-playbook is not installed (scripts/install-deps installs ansible-core)"
    exit 1
fi
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
export ANSIBLE_LOCAL_TEMP=$tmp/ansible-local ANSIBLE_REMOTE_TEMP=$tmp/ansible-remote ANSIBLE_NOCOLOR=1
export ANSIBLE_HOST_KEY_CHECKING=False ANSIBLE_RETRY_FILES_ENABLED=False

open=$(free_port)
start_test_listener "$open" 120 || { echo "the test listener did not start"; exit 1; }
closed=$(free_port)

printf '# two targets\n127.0.0.1:%s\n127.0.0.1:%s\n' "$open" "$closed" >"$tmp/targets.txt"
cat >"$tmp/inventory.ini" <<INV
[branch_pcs]
pc1 ansible_connection=local ansible_python_interpreter=/usr/bin/python3
pc2 ansible_connection=local ansible_python_interpreter=/usr/bin/python3
INV
mkdir -p "$tmp/results"
ansible-playbook -i "$tmp/inventory.ini" "$src/docs/examples/fleet/fleet.yml" \
    -e "targets_file=$tmp/targets.txt" -e "results_dir=$tmp/results" -e "remote_list=$tmp/list-on-pc.txt" \
    -e "tcpdoctor=$tcpdoctor" >"$tmp/ansible.log" 2>&1 || { cat "$tmp/ansible.log"; echo "FAIL: the playbook failed"; exit 1; }
echo "ok: the playbook ran on pc1 and pc2"

# The merge, exactly as docs/fleet.md writes it (from the results folder's parent).
(cd "$tmp" && jq -c '. + {host: (input_filename | split("/") | last | rtrimstr(".jsonl"))}' results/*.jsonl > fleet.jsonl)
fails=0
check() { # JQ-EXPRESSION DESCRIPTION
    if jq -s -e "$1" "$tmp/fleet.jsonl" >/dev/null; then echo "ok: $2"; else
        echo "FAIL: $2: $(jq -s -c '[.[] | {host, code: .verdict.code}]' "$tmp/fleet.jsonl")"
        fails=$((fails + 1))
    fi
}
check 'length == 4' 'four answers (two targets from two PCs)'
check 'all(.schema == "tcpdoctor-report/1")' 'each line is a tcpdoctor report'
check '[.[] | .host] | sort == ["pc1", "pc1", "pc2", "pc2"]' 'each line names its PC'
check "[.[] | select(.target.port == $open) | .verdict.code] == [\"ok.reachable\", \"ok.reachable\"]" 'the open port works from both'
check "[.[] | select(.target.port == $closed) | .verdict.code] == [\"port.refused\", \"port.refused\"]" 'the closed port is refused from both'
# The report the documentation shows: the problems, one line each.
problems=$(cd "$tmp" && jq -r 'select(.verdict.code | startswith("ok.") | not) | [.host, .target.input, .verdict.code] | @tsv' fleet.jsonl)
if [[ $(wc -l <<<"$problems") == 2 && $problems == *port.refused* ]]; then echo "ok: the problems list: $(tr '\t\n' ' ;' <<<"$problems")"; else
    echo "FAIL: the problems list: $problems"; fails=$((fails + 1)); fi
[[ $fails == 0 ]] || exit 1
echo "ansible: every check passed"

#!/usr/bin/env bash
# check_output.sh - run one sample and check its output (stdout + stderr).
# Usage: check_output.sh <program> [--any] <regex>...
# The program must exit with status 0.  Each extended regex (grep -E) must
# match a line of the output; by default the matches must come in the order
# given (each on a later line than the previous one); after --any the
# following patterns may match anywhere; a pattern !<regex> must match no
# line.  On failure the output is shown.
set -u
prog=$1
shift
out=$("$prog" 2>&1)
status=$?
fail() {
    printf '%s\n' "---- output of $prog ----" "$out" "----" "FAIL: $*" >&2
    exit 1
}
[ "$status" -eq 0 ] || fail "exit status $status"
mapfile -t lines <<<"$out"
ordered=1
next=0
for pat in "$@"; do
    if [ "$pat" = "--any" ]; then
        ordered=0
        continue
    fi
    if [ "${pat:0:1}" = "!" ]; then
        if printf '%s\n' "$out" | grep -Eq -- "${pat:1}"; then
            fail "a line matches /${pat:1}/, which must not"
        fi
        continue
    fi
    found=-1
    start=0
    [ "$ordered" -eq 1 ] && start=$next
    for ((i = start; i < ${#lines[@]}; i++)); do
        if printf '%s\n' "${lines[i]}" | grep -Eq -- "$pat"; then
            found=$i
            break
        fi
    done
    [ "$found" -ge 0 ] || fail "no line matches /$pat/ (from line $((start + 1)))"
    [ "$ordered" -eq 1 ] && next=$((found + 1))
done
printf '%s\n' "$out"
echo "PASS: $# patterns"

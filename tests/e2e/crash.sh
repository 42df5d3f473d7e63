#!/bin/sh
# crash.sh - run the crash program: the worker's exit status (139: 128 +
# SIGSEGV), nothing printed after the loop, and a message naming crash.c's
# loop line and iteration 37.
# Usage: crash.sh <program>
set -u
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
PFOR_WORKERS=3 timeout 300 "$1" >"$tmp/out" 2>"$tmp/err"
status=$?
cat "$tmp/err"
# The program exits with the worker's status: 128 + SIGSEGV, or (under
# ASan, whose handler turns the crash into an exit) the worker's exit code.
expected=139
code=$(sed -n 's/.*pfor loop failed: .*exited with status \([0-9]*\).*/\1/p' "$tmp/err")
[ -n "$code" ] && expected=$code
[ $status = $expected ] || { echo "exit status $status, expected $expected"; exit 1; }
[ ! -s "$tmp/out" ] || { echo "the program went on after the loop"; exit 1; }
grep -q 'crash.c:11: pfor loop failed' "$tmp/err" || { echo "no loop"; exit 1; }
grep -q 'at iteration 37' "$tmp/err" || { echo "no iteration"; exit 1; }
grep -q '1 retry used of 1' "$tmp/err" || { echo "no retry"; exit 1; }
exit 0

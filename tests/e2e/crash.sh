#!/bin/sh
# crash.sh - run the crash program: exit status 139 (the worker's, 128 +
# SIGSEGV), nothing printed after the loop, and a message naming crash.c's
# loop line and iteration 37.
# Usage: crash.sh <program>
set -u
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
PFOR_WORKERS=3 timeout 300 "$1" >"$tmp/out" 2>"$tmp/err"
status=$?
cat "$tmp/err"
[ $status = 139 ] || { echo "exit status $status, expected 139"; exit 1; }
[ ! -s "$tmp/out" ] || { echo "the program went on after the loop"; exit 1; }
grep -q 'crash.c:11: pfor loop failed' "$tmp/err" || { echo "no loop"; exit 1; }
grep -q 'at iteration 37' "$tmp/err" || { echo "no iteration"; exit 1; }
grep -q '1 retry used of 1' "$tmp/err" || { echo "no retry"; exit 1; }
exit 0

#!/bin/sh
# pool_crash.sh - run the pool crash program: exit status 1, nothing printed
# after the loop, and a message naming pool_crash.c's pragma line (23) and
# iteration 37.  Usage: pool_crash.sh <program>
set -u
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
timeout 300 "$1" >"$tmp/out" 2>"$tmp/err"
status=$?
cat "$tmp/err"
[ $status = 1 ] || { echo "exit status $status, expected 1"; exit 1; }
[ ! -s "$tmp/out" ] || { echo "the program went on after the loop"; exit 1; }
grep -q 'pool_crash.c:23: pfor pool map failed at iteration 37 ' "$tmp/err" ||
    { echo "no loop or iteration"; exit 1; }
grep -q 'signal 11' "$tmp/err" || { echo "no signal"; exit 1; }
grep -q '0 retries used of 0' "$tmp/err" || { echo "no retries"; exit 1; }
exit 0

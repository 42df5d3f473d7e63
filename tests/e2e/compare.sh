#!/bin/sh
# compare.sh - run the serial reference (plain cc, pragmas ignored) and the
# pfor build of one e2e program, with several worker counts; outputs must be
# identical.  Usage: compare.sh <reference> <pfor-program>
set -u
ref=$1 prog=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$ref" >"$tmp/ref" || { echo "reference failed"; exit 1; }
for w in 1 2 3 4; do
    PFOR_WORKERS=$w timeout 300 "$prog" >"$tmp/out" 2>"$tmp/err"
    status=$?
    if [ $status -ne 0 ]; then
        echo "pfor build failed with PFOR_WORKERS=$w (status $status):"
        cat "$tmp/err"
        exit 1
    fi
    if ! diff -u "$tmp/ref" "$tmp/out"; then
        echo "output differs from the serial reference (PFOR_WORKERS=$w)"
        exit 1
    fi
done
exit 0

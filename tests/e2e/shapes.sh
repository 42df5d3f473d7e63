#!/bin/sh
# shapes.sh - run a write-shape program (shapes/*.c) against its serial
# reference (plain cc, pragmas ignored) with PFOR_WORKERS 1 to 4, once
# plainly and once with a worker killed mid-loop (PFOR_E2E_CRASH at the
# iteration its " * crash at: N" header line names; the loop's retries(2)
# re-runs the chunk): every output must be the serial one, and the crash
# must have happened.
# Usage: shapes.sh <reference> <pfor-program> <source.c>
set -u
ref=$1 prog=$2 src=$3
at=$(sed -n 's/^ \* crash at: \([0-9]*\).*/\1/p' "$src")
[ -n "$at" ] || { echo "no ' * crash at: N' line in $src"; exit 1; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$ref" >"$tmp/ref" || { echo "reference failed"; exit 1; }
for w in 1 2 3 4; do
    for mode in plain crash; do
        marker=$tmp/crashed.$w
        rm -f "$marker"
        if [ $mode = crash ]; then
            PFOR_E2E_CRASH=$at:$marker PFOR_WORKERS=$w timeout 300 "$prog" \
                >"$tmp/out" 2>"$tmp/err"
        else
            PFOR_WORKERS=$w timeout 300 "$prog" >"$tmp/out" 2>"$tmp/err"
        fi
        status=$?
        if [ $status -ne 0 ]; then
            echo "pfor build failed ($mode, PFOR_WORKERS=$w, status $status):"
            cat "$tmp/err"
            exit 1
        fi
        if ! diff -u "$tmp/ref" "$tmp/out"; then
            echo "output differs from the serial reference ($mode," \
                 "PFOR_WORKERS=$w)"
            exit 1
        fi
        if [ $mode = crash ] && [ ! -e "$marker" ]; then
            echo "no worker crashed at iteration $at (PFOR_WORKERS=$w)"
            exit 1
        fi
    done
done
exit 0

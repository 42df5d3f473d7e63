#!/bin/sh
# crashers.sh - pforc on every input in crashers/ (fuzz findings and hostile
# inputs), and on every pragma text in crashers/clauses/ put in a function:
# it must exit 0 or 1, never die of a signal, within the timeout.
# Usage: crashers.sh <pforc> <crashers dir>
set -u
pforc=$1 dir=$2
status=0
for f in "$dir"/*; do
    [ -f "$f" ] || continue
    for b in process serial openmp "process --preprocessed"; do
        timeout 10 "$pforc" --backend=$b "$f" >/dev/null 2>&1
        rc=$?
        if [ $rc -gt 1 ]; then
            echo "pforc --backend=$b $f: exit status $rc"
            status=1
        fi
    done
done
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
for f in "$dir"/clauses/*; do
    [ -f "$f" ] || continue
    { printf 'void f(int n)\n{\n#pragma '; cat "$f"; printf '\n'
      printf '    for (int i = 0; i < n; i++)\n        ;\n}\n'; } >"$tmp/c.c"
    timeout 10 "$pforc" "$tmp/c.c" >/dev/null 2>&1
    rc=$?
    if [ $rc -gt 1 ]; then
        echo "pforc on the pragma of $f: exit status $rc"
        status=1
    fi
done
exit $status

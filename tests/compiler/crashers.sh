#!/bin/sh
# crashers.sh - pforc on every input in crashers/ (fuzz findings and hostile
# inputs): it must exit 0 or 1, never die of a signal, within the timeout.
# Usage: crashers.sh <pforc> <crashers dir>
set -u
pforc=$1 dir=$2
status=0
for f in "$dir"/*; do
    [ -f "$f" ] || continue
    for b in process serial; do
        timeout 10 "$pforc" --backend=$b "$f" >/dev/null 2>&1
        rc=$?
        if [ $rc -gt 1 ]; then
            echo "pforc --backend=$b $f: exit status $rc"
            status=1
        fi
    done
done
exit $status

#!/bin/sh
# diag.sh - run pforc on a file with errors (or warnings) and compare its
# diagnostics, exactly, with <name>.err; errors must exit 1 and leave an
# existing output file as it was, warnings must exit 0 and replace it.
# Usage: diag.sh <pforc> <input.c>   (<name>.args, when it exists, holds
# more pforc arguments, e.g. --backend=openmp)
set -u
pforc=$1 input=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$(dirname "$input")" || exit 1
name=$(basename "$input" .c)
echo "stale" >"$tmp/out.c"
args=
[ -f "$name.args" ] && args=$(cat "$name.args")
"$pforc" $args -o "$tmp/out.c" "$name.c" 2>"$tmp/err"
status=$?
if [ "${PFOR_UPDATE_GOLDEN:-0}" = 1 ]; then
    cp "$tmp/err" "$name.err"; exit 0
fi
if ! diff -u "$name.err" "$tmp/err"; then
    echo "diagnostics for $name.c differ from $name.err"; exit 1
fi
if grep -q ': error: ' "$name.err"; then
    [ $status = 1 ] || { echo "exit status $status, expected 1"; exit 1; }
    [ "$(cat "$tmp/out.c")" = stale ] ||
        { echo "the existing output file was changed"; exit 1; }
else
    [ $status = 0 ] || { echo "exit status $status, expected 0"; exit 1; }
    [ -s "$tmp/out.c" ] && [ "$(cat "$tmp/out.c")" != stale ] ||
        { echo "no output written"; exit 1; }
fi
exit 0

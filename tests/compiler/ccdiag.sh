#!/bin/sh
# ccdiag.sh - diagnostics the C compiler gives on pforc's output: the
# static assertions generated code carries (a pointer collected without a
# section, a pointer stored into collected storage, & | ^ on a floating
# type, a map argument pointing to storage that is not collected).  Each
# "expect: LINE: TEXT" line of the input must match a line of the
# compiler's output that names the input at that line and holds TEXT, and
# the compile must fail.
# Usage: ccdiag.sh <pforc> <input.c> <include-dir> <cc>
set -u
pforc=$1 input=$2 incdir=$3 cc=$4
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$(dirname "$input")" || exit 1
name=$(basename "$input")
"$pforc" -o "$tmp/out.c" "$name" 2>"$tmp/pforc.err" ||
    { echo "pforc failed:"; cat "$tmp/pforc.err"; exit 1; }
if $cc -std=gnu11 -Wall -Wextra -I"$incdir" -fsyntax-only "$tmp/out.c" \
        >"$tmp/cc.err" 2>&1; then
    echo "the C compiler accepted the output of $name"; exit 1
fi
status=0
sed -n 's/^ \* expect: \([0-9]*\): \(.*\)$/\1	\2/p' "$name" >"$tmp/expect"
[ -s "$tmp/expect" ] || { echo "no expect: lines in $name"; exit 1; }
while IFS='	' read -r line text; do
    if ! grep -F "$name:$line:" "$tmp/cc.err" | grep -qF "$text"; then
        echo "missing: $name:$line: ... $text"
        status=1
    fi
done <"$tmp/expect"
[ $status = 0 ] || { echo "--- the compiler said:"; cat "$tmp/cc.err"; }
exit $status

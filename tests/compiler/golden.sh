#!/bin/sh
# golden.sh - run pforc on a golden input and compare with the expected
# output; then check that the output compiles warning-free.
# Usage: golden.sh <pforc> <input.c> <expected> <include-dir> <cc> [pforc args]
# An argument @OUT@ is replaced by a file name, <name>.pfor.c in a
# temporary directory (pforc then writes there, with -o before it), and
# that directory is removed from the output before the comparison.
# PFOR_UPDATE_GOLDEN=1 rewrites the expected file instead.
set -u
pforc=$1 input=$2 expected=$3 incdir=$4 cc=$5
shift 5
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$(dirname "$input")" || exit 1
name=$(basename "$input")
named=
for a in "$@"; do
    [ "$a" = @OUT@ ] && named=$tmp/gen/${name%.c}.pfor.c
done
mkdir -p "$tmp/gen"
run() {
    if [ -n "$named" ]; then
        set -- $(for a in "$@"; do [ "$a" = @OUT@ ] && echo "$named" || echo "$a"; done)
        rm -f "$named"
        "$pforc" "$@" "$name" >/dev/null || return 1
        sed "s|$tmp/gen/||g" "$named"
    else
        "$pforc" "$@" "$name"
    fi
}
if ! run "$@" >"$tmp/out.c" 2>"$tmp/err"; then
    echo "pforc failed on $name:"; cat "$tmp/err"; exit 1
fi
if [ "${PFOR_UPDATE_GOLDEN:-0}" = 1 ]; then
    cp "$tmp/out.c" "$expected"; exit 0
fi
if ! diff -u "$expected" "$tmp/out.c"; then
    echo "pforc output for $name differs from $(basename "$expected")"
    exit 1
fi
# Running it twice gives the same bytes (deterministic output).
run "$@" >"$tmp/again.c" 2>/dev/null
cmp -s "$tmp/out.c" "$tmp/again.c" || { echo "output not deterministic"; exit 1; }
# The generated C compiles without a warning (-Wcomment: lexical.c keeps a
# continued // comment on purpose), and without -Wshadow or -pedantic ones
# of its own.
if ! $cc -std=gnu11 -Wall -Wextra -Wshadow -Werror -Wno-comment \
        -Wno-unknown-pragmas -I"$incdir" -fsyntax-only -x c \
        "$tmp/out.c"; then
    echo "generated C for $name does not compile warning-free"; exit 1
fi
exit 0

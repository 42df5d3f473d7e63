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
# With an output name, each `#line N "<name>.pfor.c"` is followed by the
# output's own line N.
if [ -n "$named" ]; then
    gen=$(basename "$named")
    awk -v gen="\"$gen\"" '$1 == "#line" && $3 == gen && $2 != NR + 1 {
        print "line " NR ": " $0 " (the next line is " NR + 1 ")"; bad = 1 }
        END { exit bad }' "$tmp/out.c" || { echo "wrong #line back to $gen"; exit 1; }
fi
# Running it twice gives the same bytes (deterministic output).
run "$@" >"$tmp/again.c" 2>/dev/null
cmp -s "$tmp/out.c" "$tmp/again.c" || { echo "output not deterministic"; exit 1; }
# The generated C compiles without a warning of its own, under -Wall
# -Wextra -Wshadow -pedantic, in C11 and GNU C11 (-Wcomment: lexical.c
# keeps a continued // comment on purpose; -Wnewline-eof: nopragma.c ends
# without a newline, as its input does).
omp=
case " $* " in *" --backend=openmp "*) omp=-fopenmp ;; esac
for std in c11 gnu11; do
    if ! $cc $omp -std=$std -Wall -Wextra -Wshadow -pedantic -Werror -Wno-comment \
            -Wno-unknown-pragmas -Wno-newline-eof -I"$incdir" -fsyntax-only \
            -x c "$tmp/out.c"; then
        echo "generated C for $name does not compile warning-free (-std=$std)"
        exit 1
    fi
done
exit 0

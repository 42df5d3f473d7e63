#!/bin/sh
# collapse.sh - build collapse.c with plain cc (the serial nest) and
# through pforc (the collapse(2) lowering), and print each variant's
# median time per iteration, in one run so the ratios compare.
# Usage: [CC=clang] [OPT=-O3] collapse.sh <build dir> [reps]
set -eu
build=$1 reps=${2:-15}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc=${CC:-cc} opt=${OPT:--O2}
$cc $opt -Wno-unknown-pragmas "$here/collapse.c" -o "$tmp/serial"
"$build/bin/pforc" -o "$tmp/gen.c" "$here/collapse.c"
$cc $opt -I"$root/runtime/include" "$tmp/gen.c" -o "$tmp/pfor" \
    "$build/lib/libpfor.a" -lpthread -lm
echo "== serial build (plain cc)"
"$tmp/serial" "$reps"
for w in 1 2; do
    echo "== pforc build, PFOR_WORKERS=$w"
    PFOR_WORKERS=$w "$tmp/pfor" "$reps"
done

#!/bin/sh
# collect_before.sh - bench_collect with an older engine side by side, in
# the same run: builds libpfor's sources of a git revision (default main)
# into a temporary directory, builds bench_collect.c against it, and runs
# this tree's bench_collect with --before pointing at that program.
# Usage: bench/collect_before.sh [build-dir] [revision] [--quick]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
rev=${2:-main}
shift $(( $# > 2 ? 2 : $# ))
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git -C "$here" archive "$rev" runtime | tar -x -C "$tmp"
cc=${CC:-cc}
for src in "$tmp"/runtime/src/*.c; do
    $cc -O2 -g -D_GNU_SOURCE -I"$tmp/runtime/include" -I"$tmp/runtime/src" \
        -c "$src" -o "$tmp/$(basename "$src" .c).o"
done
ar rcs "$tmp/libpfor.a" "$tmp"/*.o
$cc -O2 -g -D_GNU_SOURCE -DPFOR_BENCH_DIR="\"$here/bench\"" \
    -I"$tmp/runtime/include" -I"$here/bench" \
    "$here/bench/bench_collect.c" "$here/bench/benchutil.c" \
    "$tmp/libpfor.a" -lpthread -lm -o "$tmp/bench_collect_before"
"$build/bin/bench_collect" --before "$tmp/bench_collect_before" "$@"

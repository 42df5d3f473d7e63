#!/bin/sh
# pfcc.sh - pfcc like mpicc: two annotated files and a local header built in
# one command, -c then link, --showme, $CC honoured, the serial backend.
# Usage: pfcc.sh <pfcc> <dir with main.c part.c part.h> [extra cc flags]
set -u
pfcc=$1 dir=$2
shift 2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
expect="332833500 970299"

"$pfcc" -O2 "$@" "$dir/main.c" "$dir/part.c" -o "$tmp/prog" ||
    fail "pfcc -O2 main.c part.c -o prog"
[ "$(PFOR_WORKERS=3 "$tmp/prog")" = "$expect" ] || fail "program output"

cd "$tmp" || exit 1
"$pfcc" "$@" -c "$dir/part.c" || fail "pfcc -c"
[ -f part.o ] || fail "-c did not write part.o"
"$pfcc" "$@" -c "$dir/main.c" -o m.o || fail "pfcc -c -o"
"$pfcc" "$@" m.o part.o -o prog2 || fail "pfcc link"
[ "$(./prog2)" = "$expect" ] || fail "linked program output"

"$pfcc" --backend=serial "$@" "$dir/main.c" "$dir/part.c" -o prog3 ||
    fail "serial backend"
[ "$(./prog3)" = "$expect" ] || fail "serial program output"

show=$(CC=my-cc "$pfcc" --showme -O2 "$dir/main.c" -o x)
echo "$show" | grep -q "pforc.*--backend=process.*main" || fail "showme pforc"
echo "$show" | grep -q "^my-cc .*-O2.*main\.[cp]" || fail "showme cc: $show"
echo "$show" | tail -n 1 | grep -q "^my-cc .*-O2.*main\.o.*-o.*x.*libpfor" ||
    fail "showme link: $show"
[ ! -e x ] || fail "--showme ran something"
echo "pfcc: all good"

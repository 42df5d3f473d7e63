#!/bin/sh
# lines.sh - with pfcc, everything the compiler and the debugger say names
# the user's file and line: warnings above the first pragma, inside and
# below the loop, __FILE__, and gdb's `info source` / `info line` / `list`.
# No message names a temporary file.  Needs pforc --preprocessed (it skips
# with status 77 otherwise).
# Usage: lines.sh <pfcc> <dir holding src/lines.c>   ($CC: the compiler)
set -u
pfcc=$1 dir=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$(dirname "$pfcc")/pforc" --help | grep -q -- --preprocessed || {
    echo "SKIP: pforc has no --preprocessed yet"
    exit 77
}
mkdir "$tmp/tmpdir"
export TMPDIR="$tmp/tmpdir"
cp -r "$dir/src" "$tmp/src"
cd "$tmp" || exit 1

"$pfcc" -g -O0 -Wall -Wextra src/lines.c -o lines 2>err || {
    cat err
    fail "build"
}
cat err
grep -q "^src/lines.c:9:[0-9]*: warning: unused variable 'unused_above'" err ||
    grep -q "^src/lines.c:9:[0-9]*: warning: unused variable ‘unused_above’" err ||
    fail "the warning above the first pragma does not name src/lines.c:9"
grep -q "^src/lines.c:19:[0-9]*: warning: unused variable" err ||
    fail "the warning below the loop does not name src/lines.c:19"
grep -q -e "$TMPDIR" -e 'pfcc\.' -e '__pf_' err &&
    fail "a message names pfcc's temporary files or generated names"
[ "$(PFOR_WORKERS=2 ./lines)" = "5050 src/lines.c src/lines.c" ] ||
    fail "__FILE__: $(./lines)"

if ! command -v gdb >/dev/null 2>&1; then
    echo "SKIP: no gdb"
    exit 77
fi
PFOR_WORKERS=1 gdb -nx -batch -ex 'break above' -ex run -ex 'info source' \
    -ex 'info line' -ex 'list 10,10' -ex 'break lines.c:18' \
    -ex 'info breakpoints' ./lines >gdb.out 2>&1
cat gdb.out
grep -q '^Current source file is src/lines.c$' gdb.out || fail "gdb: info source"
grep -q "^Located in $tmp/src/lines.c$" gdb.out || fail "gdb: located in"
grep -q '^Line 10 of "src/lines.c"' gdb.out || fail "gdb: info line"
grep -q '^10[[:space:]].*return x + 1;' gdb.out || fail "gdb: list shows the source"
grep -q 'in main at src/lines.c:18' gdb.out || fail "gdb: a breakpoint in the loop body"
grep -q -e "$TMPDIR" -e 'pfcc\.' gdb.out && fail "gdb names pfcc's temporary files"
echo "lines: the user's file everywhere"

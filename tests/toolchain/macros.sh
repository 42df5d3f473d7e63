#!/bin/sh
# macros.sh - pfcc sees pragmas after preprocessing: _Pragma("pfor ...")
# inside a #define forks (some iterations run in another process),
# schedule(MY_SCHEDULE) and workers(NW) take macros, #if 0 removes a pragma
# and #if _PFOR keeps one; a file defining _GNU_SOURCE before its includes
# still gets GNU declarations.  Needs pforc --preprocessed (it skips with
# status 77 otherwise).
# Usage: macros.sh <pfcc> <dir holding src/macros.c>   ($CC: the compiler)
set -u
pfcc=$1 dir=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$(dirname "$pfcc")/pforc" --help | grep -q -- --preprocessed || {
    echo "SKIP: pforc has no --preprocessed yet"
    exit 77
}
cd "$tmp" || exit 1

"$pfcc" -O2 -Wall -Wextra -Werror "$dir/src/macros.c" -o macros ||
    fail "build macros.c"
PFOR_ADAPT=0 ./macros >out || fail "run"
cat out
cat >expect <<'X'
_Pragma in a macro: forked
schedule(MY_SCHEDULE): 2016
#if around pragmas: forked
X
diff -u expect out || fail "macros.c output"

# The file's own feature macros come before any header pfor adds.
cat >gnu.c <<'X'
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
int main(void)
{
    char *p;
    long s = 0;
#pragma pfor parallel for reduction(+ : s)
    for (int i = 0; i < 10; i++)
        s += i;
    if (asprintf(&p, "%ld", s) < 0)
        return 1;
    puts(p);
    free(p);
    return 0;
}
X
"$pfcc" -Wall -Werror=implicit-function-declaration gnu.c -o gnu ||
    fail "_GNU_SOURCE defined in the file did not reach <stdio.h>"
[ "$(./gnu)" = 45 ] || fail "gnu.c output"
echo "macros: pragmas after preprocessing"

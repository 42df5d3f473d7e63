#!/bin/sh
# preprocessed.sh - pforc --preprocessed on cc -E output, as pfcc runs it:
# cc -E -dD -include pfor_abi.h, pforc, cc -include pfor/abi_macros.h.
# Diagnostics and every #line name the user's files (line markers count),
# no #include is inserted, macros and #if work, _Pragma in a macro works,
# and the program prints what the serial build prints.
# Usage: preprocessed.sh <pforc> <source-dir> <cc> <libpfor.a> [cc flags]
set -u
pforc=$1 srcdir=$2 cc=$3 lib=$4
shift 4
cc="$cc $*"
case $pforc in /*) ;; *) pforc=$(pwd)/$pforc ;; esac
case $srcdir in /*) ;; *) srcdir=$(pwd)/$srcdir ;; esac
case $lib in /*) ;; *) lib=$(pwd)/$lib ;; esac
inc=$srcdir/runtime/include
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$tmp" || exit 1

cat >kinds.h <<'SRC'
/* Macros a pragma uses: expanded by the compiler, not by cc -E. */
#define MY_SCHEDULE dynamic
#define OTHER_SCHEDULE MY_SCHEDULE
#define NW 3
SRC
cat >prog.c <<'SRC'
#include <stdio.h>
#include <math.h>
#include "kinds.h"
#define N 1000
/* (a _Pragma string is not a macro body: it names t itself) */
#define SUM_T_LOOP(n) \
    _Pragma("pfor parallel for reduction(+: t) schedule(auto)") \
    for (int i = 0; i < (n); i++) t += i;

int main(void)
{
    double s = 0;
    long t = 0, u = 0;
#pragma pfor parallel for   reduction(+: s) schedule(MY_SCHEDULE) \
    workers(NW)
    for (int i = 0; i < N; i++)
        s += sqrt((double)i);
#if 0
#pragma pfor parallel for bogus_clause
    for (int i = 0; i < N; i++)
        t++;
#endif
    SUM_T_LOOP(N)
#pragma pfor parallel for reduction(+: u) schedule(OTHER_SCHEDULE, 16)
    for (int i = 0; i < N; i++)
        u += 2 * i;
    printf("%.6f %ld %ld\n", s, t, u);
    return 0;
}
SRC
$cc -Wno-unknown-pragmas prog.c -lm -o ref || fail "serial build"
$cc -E -dD -include pfor_abi.h -I"$inc" prog.c >prog.i || fail "cc -E"
"$pforc" --preprocessed -o prog.pfor.c prog.i || fail "pforc --preprocessed"
grep -q '^#include <pfor_abi.h>' prog.pfor.c && fail "an #include was inserted"
grep '^#line' prog.pfor.c | grep -v '"prog.c"' | grep -v '"prog.pfor.c"' &&
    fail "a #line names another file"
grep -q '^#line [0-9]* "prog.c"' prog.pfor.c || fail "no #line to prog.c"
grep -q 'pfc_loop_new("prog.c", 14)' prog.pfor.c || fail "loop named by prog.c:14"
$cc -std=gnu11 -Wall -Wextra -Wshadow -Werror -I"$inc" \
    -include pfor/abi_macros.h prog.pfor.c "$lib" -lpthread -lm -o prog ||
    fail "the output does not compile warning-free"
./ref >ref.out && ./prog >prog.out || fail "running"
cmp -s ref.out prog.out || fail "output differs: $(cat ref.out) / $(cat prog.out)"
# The serial backend on the same input.
"$pforc" --preprocessed --backend=serial -o prog.serial.c prog.i ||
    fail "--backend=serial --preprocessed"
$cc -Wno-unknown-pragmas -include pfor/abi_macros.h -I"$inc" prog.serial.c \
    -lm -o serial && ./serial >serial.out && cmp -s ref.out serial.out ||
    fail "serial output differs"

# Macros in pragma text are expanded by pforc (cc -E leaves an unknown
# pragma alone): object-like and function-like, # and ##, __VA_ARGS__, a
# macro that names itself, a macro holding clauses.  The output compiles
# with every #define blanked out, as pfcc compiles it.
cat >mac.c <<'SRC'
#include <stdio.h>
#define N 64
#define NW 2
#define KIND dynamic
#define CHUNK(c) ((c) * 2)
#define CAT(a, b) a##b
#define CLAUSES reduction(+: s) schedule(KIND, CHUNK(2))
#define SELF SELF
#define W(...) workers(__VA_ARGS__)
#define STR(x) #x
int SELF = 1;
int w3 = 3;
int main(void)
{
    long s = 0, t = 0;
#pragma pfor parallel for CLAUSES W(NW) if(SELF)
    for (int i = 0; i < N; i++)
        s += i;
#pragma pfor parallel for reduction(+: t) workers(CAT(w, 3)) if(sizeof STR(a "b") == 7)
    for (int i = 0; i < N; i++)
        t += 2 * i;
    printf("%ld %ld\n", s, t);
    return 0;
}
SRC
$cc -Wno-unknown-pragmas mac.c -o macref && ./macref >macref.out ||
    fail "serial mac.c"
$cc -E -dD -include pfor_abi.h -I"$inc" mac.c >mac.i || fail "cc -E mac.c"
"$pforc" --preprocessed -o mac.pfor.c mac.i || fail "pforc mac.i"
grep -q 'pfc_loop_schedule(__pf_loop, PFC_SCHED_DYNAMIC' mac.pfor.c ||
    fail "schedule(KIND) from CLAUSES"
sed 's/^#define .*//; s/^#undef .*//' mac.pfor.c >mac.nodefs.c
$cc -std=gnu11 -Wall -Wextra -Werror -I"$inc" -include pfor/abi_macros.h \
    mac.nodefs.c "$lib" -lpthread -lm -o mac || fail "mac.c without #defines"
./mac >mac.out && cmp -s macref.out mac.out ||
    fail "macro pragmas: $(cat macref.out) / $(cat mac.out)"

# The openmp backend on preprocessed input, when the compiler has OpenMP.
if echo 'int main(void){return 0;}' >omp.c && $cc -fopenmp omp.c -o omp 2>/dev/null
then
    $cc -E -fopenmp -dD -D_PFOR_BACKEND_OPENMP -include pfor_abi.h -I"$inc" \
        prog.c >progo.i || fail "cc -E -fopenmp"
    "$pforc" --preprocessed --backend=openmp -o prog.omp.c progo.i ||
        fail "pforc --preprocessed --backend=openmp"
    $cc -fopenmp -std=gnu11 -Wall -Wextra -Wshadow -Werror -I"$inc" \
        -include pfor/abi_macros.h prog.omp.c "$lib" -lpthread -lm -o progomp ||
        fail "the openmp output does not compile warning-free"
    for t in 1 3; do
        OMP_NUM_THREADS=$t ./progomp >omp.out || fail "running, $t threads"
        cmp -s ref.out omp.out || fail "openmp output differs ($t threads)"
    done
fi

# Diagnostics name the user's file, line and column, with the original
# line and a caret under the token; a clause on a continuation line is on
# its own line.
cat >bad.c <<'SRC'
#include <stddef.h>
void f(int *a, int n)
{
#pragma pfor parallel for collect(a)   schedule(fastest) \
      frobnicate(1)
    for (int i = 0; i < n; i++)
        a[i] = i;
}
SRC
$cc -E -include pfor_abi.h -I"$inc" bad.c >bad.i || fail "cc -E bad.c"
"$pforc" --preprocessed -o bad.pfor.c bad.i 2>err && fail "bad.c accepted"
[ -e bad.pfor.c ] && fail "output written on error"
cat >want <<'SRC'
bad.c:4:49: error: unknown schedule kind 'fastest' (expected static, dynamic, guided, auto or runtime, or a macro defined as one of them before the loop)
    4 | #pragma pfor parallel for collect(a)   schedule(fastest) \
      |                                                 ^~~~~~~
bad.c:5:7: error: unknown pfor clause 'frobnicate'
    5 |       frobnicate(1)
      |       ^~~~~~~~~~
SRC
diff want err || fail "diagnostics on preprocessed input"
# Without the original file, the preprocessed line is shown.
mv bad.c bad.c.away
"$pforc" --preprocessed bad.i 2>err >/dev/null && fail "bad.i accepted"
grep -q '^bad.c:4:' err || fail "no bad.c:4 without the file"
grep -q '| #pragma pfor parallel for collect(a) schedule(fastest) frobnicate(1)$' \
    err || { cat err; fail "the preprocessed line is not shown"; }
mv bad.c.away bad.c

# A compile error in a clause expression points at the user's token.
cat >cerr.c <<'SRC'
#include <stdio.h>
void f(int *a, int n)
{
#pragma pfor parallel for collect(a) workers(no_such_workers)
    for (int i = 0; i < n; i++)
        a[i] = i;
}
SRC
$cc -E -dD -include pfor_abi.h -I"$inc" cerr.c >cerr.i &&
    "$pforc" --preprocessed -o cerr.pfor.c cerr.i || fail "pforc cerr.i"
$cc -I"$inc" -include pfor/abi_macros.h -fsyntax-only cerr.pfor.c 2>err &&
    fail "cerr.c compiled"
grep -q '^cerr.c:4:46: error: .*no_such_workers' err ||
    { cat err; fail "the error is not at cerr.c:4:46"; }
echo "preprocessed: all good"

#!/bin/sh
# cli.sh - pforc's command line: --help, --version, backends, stdin, -o,
# and byte-identical output for files without pragmas.
# Usage: cli.sh <pforc> <source-dir>
set -u
pforc=$1 srcdir=$2
case $pforc in /*) ;; *) pforc=$(pwd)/$pforc ;; esac
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$pforc" --help | grep -q '^usage: pforc' || fail "--help"
"$pforc" --version | grep -q '^pforc [0-9]' || fail "--version"
"$pforc" --backend=mpi "$srcdir/tests/compiler/golden/pf_basic.c" \
    2>/dev/null | grep -q 'pfm_loop_new' || fail "--backend=mpi"
"$pforc" --backend=bogus x.c 2>/dev/null && fail "bogus backend accepted"
# The openmp backend: retries and timeout draw one warning per loop.
cat >"$tmp/rt.c" <<'SRC'
void f(int *a, int n)
{
#pragma pfor parallel for collect(a[0:n]) retries(2) timeout(1.5)
    for (int i = 0; i < n; i++)
        a[i] = i;
#pragma pfor parallel for collect(a[0:n]) timeout(3)
    for (int i = 0; i < n; i++)
        a[i] = 2 * i;
#pragma pfor parallel for collect(a)
    for (int i = 0; i < n; i++)
        a[i] = 3 * i;
}
SRC
"$pforc" --backend=openmp "$tmp/rt.c" >"$tmp/rt.out" 2>"$tmp/e" ||
    fail "--backend=openmp"
grep -q '#pragma omp parallel for' "$tmp/rt.out" || fail "openmp: no omp loop"
[ "$(grep -c 'warning: retries() and timeout() have no effect' "$tmp/e")" = 2 ] ||
    { cat "$tmp/e"; fail "openmp: one warning per loop with retries/timeout"; }
grep -q 'rt.c:3:43: warning' "$tmp/e" && grep -q 'rt.c:6:43: warning' "$tmp/e" ||
    { cat "$tmp/e"; fail "openmp: the warning's place"; }
"$pforc" "$tmp/rt.c" >/dev/null 2>"$tmp/e" && [ ! -s "$tmp/e" ] ||
    fail "process backend: a warning for retries/timeout"
"$pforc" 2>/dev/null && fail "no input accepted"
"$pforc" "$tmp/does-not-exist.c" 2>"$tmp/e" && fail "missing file accepted"
grep -q 'does-not-exist.c' "$tmp/e" || fail "missing file message"

# stdin, and '<stdin>' as the name in #line.
"$pforc" - <"$srcdir/tests/compiler/golden/pf_basic.c" >"$tmp/o" ||
    fail "stdin"
grep -q '#line 6 "<stdin>"' "$tmp/o" || fail "stdin #line"
# -o writes the file; --no-line leaves no #line.
"$pforc" --no-line -o "$tmp/o2.c" "$srcdir/tests/compiler/golden/pf_basic.c" ||
    fail "-o"
grep -q pfc_loop_new "$tmp/o2.c" || fail "-o content"
grep -q '#line' "$tmp/o2.c" && fail "--no-line"
# -o - is standard output.
"$pforc" -o - "$srcdir/tests/compiler/golden/pf_basic.c" >"$tmp/o3" ||
    fail "-o -"
grep -q pfc_loop_new "$tmp/o3" || fail "-o - content"
[ -e ./- ] && fail "-o - created a file named -"

# -o never destroys anything (issue 9 item 1).  bad.c has an error, good.c
# none.
mkdir "$tmp/ow" || exit 1
cat >"$tmp/ow/bad.c" <<'SRC'
void f(int n)
{
#pragma pfor parallel for nonsense(1)
    for (int i = 0; i < n; i++)
        ;
}
SRC
cp "$srcdir/tests/compiler/golden/pf_basic.c" "$tmp/ow/good.c"
# A failing run leaves an existing output byte for byte.
printf 'precious\0bytes\n' >"$tmp/ow/out.c"
cp "$tmp/ow/out.c" "$tmp/ow/out.ref"
"$pforc" -o "$tmp/ow/out.c" "$tmp/ow/bad.c" 2>/dev/null && fail "bad.c accepted"
cmp -s "$tmp/ow/out.c" "$tmp/ow/out.ref" || fail "failing run changed out.c"
# A good run replaces it, keeps its mode, and leaves no temporary behind.
chmod 640 "$tmp/ow/out.c"
"$pforc" -o "$tmp/ow/out.c" "$tmp/ow/good.c" || fail "good.c -o out.c"
grep -q pfc_loop_new "$tmp/ow/out.c" || fail "out.c not replaced"
[ "$(stat -c %a "$tmp/ow/out.c")" = 640 ] || fail "mode of out.c not kept"
[ "$(ls -A "$tmp/ow" | grep -c pforc-)" = 0 ] || fail "temporary left behind"
# -o naming the input: refused, by name or as the same file under another
# name (./, a hard link, stdin), and the source stays as it was.
for src in good.c bad.c; do
    cp "$tmp/ow/$src" "$tmp/ow/$src.ref"
    for o in "$src" "./$src" "$tmp/ow/$src"; do
        (cd "$tmp/ow" && "$pforc" -o "$o" "$src") 2>"$tmp/e" &&
            fail "-o $o $src accepted"
        grep -q 'input file' "$tmp/e" || fail "-o $o $src: message"
        cmp -s "$tmp/ow/$src" "$tmp/ow/$src.ref" || fail "-o $o $src changed it"
    done
    ln "$tmp/ow/$src" "$tmp/ow/hard-$src"
    "$pforc" -o "$tmp/ow/hard-$src" "$tmp/ow/$src" 2>"$tmp/e" &&
        fail "-o hard link accepted"
    grep -q 'the same file' "$tmp/e" || fail "hard link: message"
    "$pforc" -o "$tmp/ow/$src" - <"$tmp/ow/$src" 2>/dev/null &&
        fail "-o input as stdin accepted"
    cmp -s "$tmp/ow/$src" "$tmp/ow/$src.ref" || fail "-o via link changed it"
done
# An existing non-regular file is refused and stays what it was: a FIFO, a
# directory, and (as root) a character device like /dev/null.
mkfifo "$tmp/ow/fifo"
mkdir "$tmp/ow/dir"
targets="fifo dir"
if [ "$(id -u)" = 0 ] && mknod "$tmp/ow/null" c 1 3 2>/dev/null; then
    targets="$targets null"
fi
for t in $targets; do
    for src in good.c bad.c; do
        timeout 10 "$pforc" -o "$tmp/ow/$t" "$tmp/ow/$src" 2>"$tmp/e" &&
            fail "-o $t accepted"
        grep -q 'not a regular file' "$tmp/e" || fail "-o $t: message"
    done
done
[ -p "$tmp/ow/fifo" ] || fail "the FIFO is gone"
[ -d "$tmp/ow/dir" ] && [ -z "$(ls -A "$tmp/ow/dir")" ] || fail "dir changed"
case $targets in *null*)
    [ -c "$tmp/ow/null" ] || fail "the character device is gone" ;;
esac
# A symbolic link is refused (pforc would replace the link, not write
# through it; either could surprise): link and target stay.
printf 'target\n' >"$tmp/ow/target.c"
ln -s target.c "$tmp/ow/link.c"
"$pforc" -o "$tmp/ow/link.c" "$tmp/ow/good.c" 2>"$tmp/e" &&
    fail "-o symlink accepted"
grep -q 'symbolic link' "$tmp/e" || fail "-o symlink: message"
[ -L "$tmp/ow/link.c" ] && [ "$(cat "$tmp/ow/target.c")" = target ] ||
    fail "-o symlink changed the link or its target"
ln -s /dev/null "$tmp/ow/devlink.c"
"$pforc" -o "$tmp/ow/devlink.c" "$tmp/ow/bad.c" 2>/dev/null &&
    fail "-o symlink to /dev/null accepted"
[ -c /dev/null ] || fail "/dev/null is gone"
# A directory that does not exist: an error, nothing created.
"$pforc" -o "$tmp/ow/nodir/out.c" "$tmp/ow/good.c" 2>/dev/null &&
    fail "-o into a missing directory accepted"
[ -e "$tmp/ow/nodir" ] && fail "missing directory created"

# The serial backend strips the pragmas and nothing else.
"$pforc" --backend=serial "$srcdir/tests/compiler/golden/reduction.c" \
    >"$tmp/s.c" 2>/dev/null && fail "serial on a missing file"
f="$srcdir/tests/compiler/golden/pf_reduction.c"
"$pforc" --backend=serial "$f" >"$tmp/s.c" || fail "serial"
grep -q 'pragma pfor' "$tmp/s.c" && fail "serial kept a pragma"
grep -q 'pfc_' "$tmp/s.c" && fail "serial lowered a loop"
[ "$(wc -l <"$tmp/s.c")" = "$(wc -l <"$f")" ] ||
    fail "serial changed the line count"
grep -v 'pragma pfor\|^    reduction' "$f" >"$tmp/a"
grep -v '^ *$' "$tmp/s.c" >"$tmp/b"
grep -v '^ *$' "$tmp/a" | diff - "$tmp/b" >/dev/null ||
    fail "serial changed more than the pragmas"

# #line and columns: a compile error in the body, a bound, the step or a
# clause points at the user's own file, line and column (the caret on the
# token), with -o and on standard output, for gcc and clang alike.
cat >"$tmp/lines.c" <<'SRC'
void f(int *a, int n)
{
    int unused_before;
#pragma pfor parallel for collect(a[0:n]) \
    workers(no_such_workers)
    for (int i = 0;
         i < no_such_bound; i++) {
        a[i] = 1;
        a[i] += no_such_body;
    }
#pragma pfor parallel for reduction(+: no_such_red) if(no_such_if) schedule(dynamic, no_such_chunk) collect(a[0:n])
    for (int i = 0; i < no_such_hi; i += no_such_step)
        a[i] = 2;
    (void)unused_before;
    int after = no_such_after;
}
SRC
(cd "$tmp" && "$pforc" -o lines.gen.c lines.c && "$pforc" lines.c >lines.out.c) ||
    fail "pforc lines.c"
for cc in ${CC:-cc} clang; do
    command -v "$cc" >/dev/null 2>&1 || continue
    for gen in lines.gen.c lines.out.c; do
        $cc -I"$srcdir/runtime/include" -fsyntax-only "$tmp/$gen" \
            2>"$tmp/cc.err" && fail "the broken file compiled"
        for want in "lines.c:5:13:.*no_such_workers" \
                    "lines.c:7:14:.*no_such_bound" \
                    "lines.c:9:17:.*no_such_body" \
                    "lines.c:11:40:.*no_such_red" \
                    "lines.c:11:56:.*no_such_if" \
                    "lines.c:11:86:.*no_such_chunk" \
                    "lines.c:12:25:.*no_such_hi" \
                    "lines.c:12:42:.*no_such_step" \
                    "lines.c:15:17:.*no_such_after"; do
            grep -q "$want" "$tmp/cc.err" ||
                { cat "$tmp/cc.err"; fail "$cc $gen: $want"; }
        done
        # Only the user's file is named, never the generated one.
        grep "error" "$tmp/cc.err" | grep -v '^lines.c:' | grep -v '^[0-9]* error' &&
            fail "$cc $gen: an error names another file"
    done
done

# An operator on integers only, on a double: a compile error naming the
# clause, in the pragma's line (both backends).
cat >"$tmp/xor.c" <<'SRC'
double f(const double *x, int n)
{
    double d = 0;
    unsigned u = 0;
#pragma pfor parallel for reduction(^: d, u)
    for (int i = 0; i < n; i++) {
        d += x[i];
        u ^= (unsigned)i;
    }
    return d + u;
}
SRC
for b in process openmp; do
    (cd "$tmp" && "$pforc" --backend=$b -o xor.gen.c xor.c) || fail "pforc xor.c"
    ${CC:-cc} -I"$srcdir/runtime/include" -fsyntax-only "$tmp/xor.gen.c" \
        2>"$tmp/cc.err" && fail "$b: reduction(^) on a double compiled"
    grep -q 'xor.c:5:.*reduction(^: d).*integer type' \
        "$tmp/cc.err" || { cat "$tmp/cc.err"; fail "$b: the ^ on double message"; }
    grep -q "reduction(^: u)" "$tmp/cc.err" && fail "$b: u is an integer"
done

# Messages about the loop variable name the user's type, not pfor's
# __pf_iv_t.
cat >"$tmp/types.c" <<'SRC'
#include <stdio.h>
void f(int *a, int n)
{
    long j;
#pragma pfor parallel for collect(a[0:n])
    for (int i = 0; i < n; i++)
        a[i] = printf("%s", i);
#pragma pfor parallel for collect(a[0:n])
    for (j = 0; j < n; j++)
        a[j] = printf("%s", j);
}
SRC
(cd "$tmp" && "$pforc" -o types.gen.c types.c) || fail "pforc types.c"
for cc in ${CC:-cc} clang; do
    command -v "$cc" >/dev/null 2>&1 || continue
    LC_ALL=C $cc -Wformat -I"$srcdir/runtime/include" -fsyntax-only "$tmp/types.gen.c" \
        2>"$tmp/cc.err"
    grep -q "types.c:7:.*'int'" "$tmp/cc.err" ||
        { cat "$tmp/cc.err"; fail "$cc: no 'int' at types.c:7"; }
    grep -Eq "types.c:10:.*'long( int)?'" "$tmp/cc.err" ||
        { cat "$tmp/cc.err"; fail "$cc: no 'long' at types.c:10"; }
    grep -q "__pf_" "$tmp/cc.err" && fail "$cc: a message names __pf_"
done

# Files without pfor pragmas come out byte for byte.
for f in "$srcdir"/compiler/*.c "$srcdir"/compiler/*.h \
         "$srcdir"/compiler/*.l "$srcdir"/compiler/*.y \
         "$srcdir"/runtime/src/*.c "$srcdir"/runtime/include/pfor/*.h \
         "$srcdir"/tests/compiler/golden/nopragma.c; do
    "$pforc" "$f" >"$tmp/same" || fail "pforc $f"
    cmp -s "$f" "$tmp/same" || fail "not byte-identical: $f"
done
# A file of random bytes (no pragma) too.
head -c 65536 /dev/urandom >"$tmp/rand.c"
"$pforc" "$tmp/rand.c" >"$tmp/same" 2>/dev/null || fail "random bytes"
cmp -s "$tmp/rand.c" "$tmp/same" || fail "random bytes not identical"
echo "cli: all good"

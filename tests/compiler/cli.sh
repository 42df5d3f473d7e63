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
for b in openmp; do
    "$pforc" --backend=$b "$srcdir/tests/compiler/golden/pf_basic.c" \
        >"$tmp/o" 2>"$tmp/e" && fail "--backend=$b accepted"
    grep -q "the $b backend is not available" "$tmp/e" || fail "$b message"
    [ -s "$tmp/o" ] && fail "--backend=$b wrote output"
done
"$pforc" --backend=mpi "$srcdir/tests/compiler/golden/pf_basic.c" \
    2>/dev/null | grep -q 'pfm_loop_new' || fail "--backend=mpi"
"$pforc" --backend=bogus x.c 2>/dev/null && fail "bogus backend accepted"
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

# #line: a compile error in the body, the bound or a clause points at the
# user's own file and line.
cc=${CC:-cc}
cat >"$tmp/lines.c" <<'SRC'
void f(int *a, int n)
{
    int unused_before;
#pragma pfor parallel for collect(a) \
    workers(no_such_workers)
    for (int i = 0;
         i < no_such_bound; i++) {
        a[i] = 1;
        a[i] += no_such_body;
    }
    (void)unused_before;
    int after = no_such_after;
}
SRC
(cd "$tmp" && "$pforc" -o lines.gen.c lines.c) || fail "pforc lines.c"
$cc -I"$srcdir/runtime/include" -fsyntax-only "$tmp/lines.gen.c" \
    2>"$tmp/cc.err" && fail "the broken file compiled"
for want in "lines.c:4:.*no_such_workers" "lines.c:7:.*no_such_bound" \
            "lines.c:9:.*no_such_body" "lines.c:12:.*no_such_after"; do
    grep -q "$want" "$tmp/cc.err" || { cat "$tmp/cc.err"; fail "#line: $want"; }
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

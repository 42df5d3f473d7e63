#!/bin/sh
# cli.sh - pforc's command line: --help, --version, backends, stdin, -o,
# and byte-identical output for files without pragmas.
# Usage: cli.sh <pforc> <source-dir>
set -u
pforc=$1 srcdir=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$pforc" --help | grep -q '^usage: pforc' || fail "--help"
"$pforc" --version | grep -q '^pforc [0-9]' || fail "--version"
for b in openmp mpi; do
    "$pforc" --backend=$b "$srcdir/tests/compiler/golden/pf_basic.c" \
        >"$tmp/o" 2>"$tmp/e" && fail "--backend=$b accepted"
    grep -q "the $b backend is not available" "$tmp/e" || fail "$b message"
    [ -s "$tmp/o" ] && fail "--backend=$b wrote output"
done
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

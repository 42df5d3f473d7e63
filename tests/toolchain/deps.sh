#!/bin/sh
# deps.sh - pfcc's dependency files are the ones cc writes: the same file
# names and targets for -c, -c -o, -S and linking, -MF/-MT/-MQ/-MP as
# given, the user's files and headers as prerequisites (pfor's own headers
# besides), never a temporary path.  Then a Makefile project built with
# `make CC=pfcc` and -MMD: a second make does nothing, a touched header
# rebuilds exactly the objects that include it.
# Usage: deps.sh <pfcc> <make project dir>   ($CC: the compiler to match)
set -u
pfcc=$1 proj=$2
cc=${CC:-cc}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
mkdir "$tmp/tmpdir"
export TMPDIR="$tmp/tmpdir"
incdir=$("$pfcc" --showme:compile | sed 's/^-I//')

# One rule per line, continuations joined, pfor's headers left out.
norm() {
    sed -e ':a' -e '/\\$/N; s/\\\n/ /; ta' "$1" |
        awk -v inc="$incdir" '{
            out = ""
            for (i = 1; i <= NF; i++)
                if (index($i, inc) != 1) out = out " " $i
            if (out != "") print out
        }'
}

# The same sources twice: cc builds in ref/, pfcc in got/.
for d in ref got; do
    mkdir -p "$tmp/$d/foo" "$tmp/$d/out" "$tmp/$d/deps"
    printf '#include <stdio.h>\n#include "h.h"\nint main(void)\n{\n    long s = 0;\n#pragma pfor parallel for reduction(+ : s)\n    for (int i = 0; i < X; i++)\n        s += i;\n    printf("%%ld\\n", s);\n    return 0;\n}\n' >"$tmp/$d/foo/bar.c"
    printf '#define X 10\n' >"$tmp/$d/foo/h.h"
    printf 'int baz(void) { return 1; }\n' >"$tmp/$d/baz.c"
done

superset=0
check() { # <description> <cc arguments...>
    what=$1
    shift
    for d in ref got; do
        (cd "$tmp/$d" && rm -rf ./*.d out/* deps/* &&
            if [ $d = ref ]; then
                $cc -Wno-unknown-pragmas "$@" >/dev/null 2>"$tmp/$d.err"
            else
                "$pfcc" "$@" >/dev/null 2>"$tmp/$d.err"
            fi) || { cat "$tmp/$d.err"; fail "$what: $d build failed"; }
        (cd "$tmp/$d" && find . -name '*.d' | sort) >"$tmp/$d.list"
    done
    diff "$tmp/ref.list" "$tmp/got.list" >/dev/null ||
        fail "$what: dependency files $(cat "$tmp/got.list"), cc writes $(cat "$tmp/ref.list")"
    [ -s "$tmp/ref.list" ] || fail "$what: cc wrote no dependency file"
    while read -r f; do
        grep -q "$TMPDIR" "$tmp/got/$f" && fail "$what: $f names a temporary file"
        grep -q 'pfcc\.' "$tmp/got/$f" && fail "$what: $f names pfcc's files"
        norm "$tmp/ref/$f" >"$tmp/ref.d"
        norm "$tmp/got/$f" >"$tmp/got.d"
        if [ "$superset" = 1 ]; then
            # -MD lists system headers too, and pfor's include some: the
            # same targets, cc's prerequisites and system headers besides.
            tr ' ' '\n' <"$tmp/ref.d" | sort -u >"$tmp/ref.w"
            tr ' ' '\n' <"$tmp/got.d" | sort -u >"$tmp/got.w"
            [ -z "$(comm -23 "$tmp/ref.w" "$tmp/got.w")" ] ||
                fail "$what: $f lacks $(comm -23 "$tmp/ref.w" "$tmp/got.w")"
            extra=$(comm -13 "$tmp/ref.w" "$tmp/got.w" | grep -v '^/usr/')
            [ -z "$extra" ] || fail "$what: $f has more: $extra"
            [ "$(awk 'NR == 1 {print $1}' "$tmp/ref.d")" = "$(awk 'NR == 1 {print $1}' "$tmp/got.d")" ] ||
                fail "$what: $f: other targets than cc's"
        elif ! diff -u "$tmp/ref.d" "$tmp/got.d"; then
            fail "$what: $f differs from cc's"
        fi
    done <"$tmp/got.list"
}

check "-c" -MMD -c foo/bar.c
check "-c -o" -MMD -c foo/bar.c -o out/x.o
check "-c -o without suffix" -MMD -c foo/bar.c -o out/x
check "-S" -MMD -S foo/bar.c
check "-S -o" -MMD -S foo/bar.c -o out/y.s
check "link -o" -MMD foo/bar.c -o prog
check "link" -MMD foo/bar.c
check "link, two inputs" -MMD foo/bar.c baz.c -o prog2
check "-c, two inputs" -MMD -c foo/bar.c baz.c
check "-MF -MT" -MMD -MF deps/x.d -MT custom -c foo/bar.c
check "-MT twice, -MQ" -MMD -MT one -MT two -MQ '$(obj)' -c foo/bar.c
check "-MP" -MMD -MP -c foo/bar.c -o out/x.o
check "-MMD -MF, linking" -MMD -MF deps/z.d foo/bar.c -o prog
superset=1
check "-MD, joined -MF" -MD -MFdeps/y.d -c foo/bar.c
check "-MD -MP" -MD -MP foo/bar.c -o prog
echo "dependency files: as cc writes them"

# The Makefile project: `make CC=pfcc` passes CC=pfcc to pfcc's own
# environment too (pfcc must not call itself); PFOR_CC names the compiler.
export PFOR_CC="$cc"
cp -r "$proj" "$tmp/proj"
cd "$tmp/proj" || exit 1
find . -type f -exec touch -d 2020-01-01 {} +
expect="998001 499500 2000"
make CC="$pfcc" >"$tmp/make1.log" 2>&1 || { cat "$tmp/make1.log"; fail "make"; }
[ "$(PFOR_WORKERS=3 ./prog)" = "$expect" ] || fail "program output"
for d in main.d sum/sum.d plain.d; do
    [ -f $d ] || fail "no $d"
    grep -q "$TMPDIR" $d && fail "$d names a temporary file: $(cat $d)"
done
[ "$(norm main.d | sed -n 1p)" = " main.o: main.c config.h plain.h sum/sum.h" ] ||
    fail "main.d: $(cat main.d)"
[ "$(norm sum/sum.d | sed -n 1p)" = " sum/sum.o: sum/sum.c sum/sum.h" ] ||
    fail "sum.d: $(cat sum/sum.d)"
make -q CC="$pfcc" || fail "a second make would rebuild: $(make -n CC="$pfcc")"

# Which objects a make after touching $1 rebuilds (sources are from 2020).
rebuilt() {
    touch "$1"
    make CC="$pfcc" >"$tmp/make2.log" 2>&1 || { cat "$tmp/make2.log"; fail "make after touching $1"; }
    for o in main.o sum/sum.o plain.o; do
        grep -q -- "-o $o " "$tmp/make2.log" && printf '%s ' $o
    done
    grep -q -- "-o prog" "$tmp/make2.log" && printf 'prog'
    echo
}
r=$(rebuilt sum/sum.h)
[ "$r" = "main.o sum/sum.o prog" ] || fail "touching sum/sum.h rebuilt: $r"
r=$(rebuilt config.h)
[ "$r" = "main.o prog" ] || fail "touching config.h rebuilt: $r"
r=$(rebuilt plain.h)
[ "$r" = "main.o plain.o prog" ] || fail "touching plain.h rebuilt: $r"
# A header that is gone (renamed in the project) does not stop make (-MP).
sed -i 's/#include "config.h"/#define N 1000/' main.c
mv config.h config.h.old
make CC="$pfcc" >"$tmp/make3.log" 2>&1 || { cat "$tmp/make3.log"; fail "make after removing config.h"; }
[ "$(./prog)" = "$expect" ] || fail "program output after removing config.h"
[ -z "$(ls -A "$TMPDIR")" ] || fail "temporary files left: $(ls -A "$TMPDIR")"
echo "make CC=pfcc with -MMD: rebuilds what it must, nothing else"

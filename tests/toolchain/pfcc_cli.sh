#!/bin/sh
# pfcc_cli.sh - pfcc behaves as cc does on the command line: no arguments,
# --version, --help, --showme*, backends, -c -S -E -fsyntax-only, -x c,
# standard input, objects and archives mixed in, several inputs, file names
# with spaces and quotes, CC with arguments, CC=pfcc, exit statuses, and
# temporary files that never sit beside the user's and are always removed
# (success, failure, SIGTERM).
# Usage: pfcc_cli.sh <pfcc> <pfor version> <release yyyymm>   ($CC: compiler)
set -u
pfcc=$1 version=$2 release=$3
cc=${CC:-cc}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() {
    echo "FAIL: $*"
    [ -s "$tmp/w/err" ] && { echo "last stderr:"; head -n 20 "$tmp/w/err"; }
    exit 1
}
mkdir "$tmp/tmpdir" "$tmp/w"
export TMPDIR="$tmp/tmpdir"
cd "$tmp/w" || exit 1
no_temps() {
    [ -z "$(ls -A "$TMPDIR")" ] || fail "$1: temporary files left: $(ls -A "$TMPDIR")"
}

# No arguments: the usage on stderr, status 1, no link attempt.
"$pfcc" >out 2>err && fail "pfcc with no arguments succeeded"
grep -q '^usage: pfcc' err || fail "no usage: $(cat err)"
[ ! -s out ] || fail "usage on stdout"
grep -q 'undefined reference' err && fail "pfcc alone linked"
# Flags but no input: cc's own complaint, not pfor's libraries.
"$pfcc" -O2 >out 2>err && fail "pfcc -O2 succeeded"
grep -q 'undefined reference' err && fail "pfcc -O2 linked: $(cat err)"
"$pfcc" --help | grep -q '^usage: pfcc' || fail "--help"

# --version: pfcc, pfor's version and the compiler pfcc calls.
"$pfcc" --version >out || fail "--version"
head -n 1 out | grep -q "^pfcc (pfor) $version, _PFOR $release" ||
    fail "--version first line: $(head -n 1 out)"
first=$($cc --version | head -n 1)
grep -qxF "compiler: $cc: $first" out || fail "--version compiler: $(cat out)"
CC="$cc -O1" "$pfcc" --version | grep -qxF "compiler: $cc -O1: $first" ||
    fail "--version with CC holding flags"

# --showme:compile / --showme:link: flags for doing it by hand.
inc=$("$pfcc" --showme:compile)
[ -f "${inc#-I}/pfor.h" ] || fail "--showme:compile: $inc"
"$pfcc" --showme:link | grep -q 'libpfor' || fail "--showme:link"
"$pfcc" --backend=openmp --showme:compile | grep -q -- '-fopenmp' ||
    fail "--showme:compile for openmp"

# Backends.
"$pfcc" --backend=cuda -c x.c 2>err && fail "unknown backend accepted"
grep -q "unknown backend 'cuda'" err || fail "unknown backend message: $(cat err)"
libdir=$(dirname "$("$pfcc" --showme:link | awk '{print $1}')")
if [ ! -e "$libdir/libpfor_mpi.a" ] && [ ! -e "$libdir/libpfor_mpi.so" ]; then
    "$pfcc" --backend=mpi -c x.c 2>err && fail "mpi accepted without libpfor_mpi"
    grep -q 'the mpi backend is not built' err || fail "mpi message: $(cat err)"
fi
show=$("$pfcc" --backend=openmp --showme -O2 x.c -o x)
[ "$(echo "$show" | grep -c -- '-fopenmp')" -ge 2 ] ||
    fail "openmp: -fopenmp not on the compile and link commands: $show"
echo "$show" | grep -q -- '--backend=openmp' || fail "openmp: pforc backend"

# A program printing _PFOR and the backend macro.
cat >macros.c <<'X'
#include <stdio.h>
int main(void)
{
#if defined(_PFOR_BACKEND_PROCESS)
    const char *b = "process";
#elif defined(_PFOR_BACKEND_SERIAL)
    const char *b = "serial";
#else
    const char *b = "none";
#endif
    long s = 0;
#pragma pfor parallel for reduction(+ : s)
    for (int i = 0; i < 100; i++)
        s += i;
    printf("%ld %ld %s\n", (long)_PFOR, s, b);
    return 0;
}
X
"$pfcc" macros.c -o m 2>err || fail "build macros.c"
[ "$(./m)" = "$release 4950 process" ] || fail "_PFOR: $(./m)"
"$pfcc" --backend=serial macros.c -o ms 2>err || fail "serial build"
[ "$(./ms)" = "$release 4950 serial" ] || fail "serial _PFOR: $(./ms)"
rm -f a.out
"$pfcc" macros.c 2>err || fail "no -o"
[ -x a.out ] || fail "no a.out"
# -E only preprocesses (the pragma stays), with pfor's macros defined.
"$pfcc" -E macros.c >e.i || fail "-E"
grep -q "printf(\"%ld %ld %s\\\\n\", (long)$release" e.i || fail "-E: _PFOR"
grep -q '#pragma pfor parallel for' e.i || fail "-E ran pforc"
"$pfcc" -E --backend=serial macros.c | grep -q '"serial"' || fail "-E serial"
# -S and -c write where cc would; -fsyntax-only writes nothing.
"$pfcc" -S macros.c 2>err && [ -s macros.s ] || fail "-S"
"$pfcc" -c macros.c 2>err && [ -s macros.o ] || fail "-c"
"$pfcc" macros.o -o m2 2>err && [ "$(./m2)" = "$release 4950 process" ] ||
    fail "link an object"
rm -f macros.o
"$pfcc" -fsyntax-only macros.c 2>err || fail "-fsyntax-only"
[ ! -e macros.o ] || fail "-fsyntax-only wrote an object"
printf 'int main(void) { return nosuch; }\n' >bad.c
"$pfcc" -fsyntax-only bad.c 2>/dev/null && fail "-fsyntax-only missed an error"
"$pfcc" -c bad.c 2>err && fail "a compile error gave status 0"
grep -q 'nosuch' err || fail "the compiler's message is not shown"
[ ! -e bad.o ] || fail "an object after a compile error"
no_temps "compile error"
# A bad pragma: pforc's message names the user's file, status 1.
printf 'int main(void)\n{\n    int s = 0;\n#pragma pfor parallel for nosuchclause\n    for (int i = 0; i < 3; i++)\n        s += i;\n    return s;\n}\n' >badpragma.c
"$pfcc" -c badpragma.c 2>err && fail "a bad pragma gave status 0"
grep -q '^badpragma.c:4:[0-9]*: error: .*nosuchclause' err ||
    fail "pforc's message: $(cat err)"
[ ! -e badpragma.o ] || fail "an object after a pforc error"
no_temps "pforc error"

# Several inputs; objects and an archive mixed in; -x c; standard input.
printf 'long twice(long x) { return 2 * x; }\n' >lib1.c
printf 'long thrice(long x);\n#include <stdio.h>\nlong twice(long x);\nint main(void)\n{\n    long s = 0;\n#pragma pfor parallel for reduction(+ : s)\n    for (long i = 0; i < 10; i++)\n        s += twice(i);\n    printf("%%ld %%ld\\n", s, thrice(s));\n    return 0;\n}\n' >main.c
printf 'long thrice(long x) { return 3 * x; }\n' >lib2.c
$cc -c lib2.c -o lib2.o && ar rcs libthree.a lib2.o || fail "make an archive"
"$pfcc" -O2 main.c lib1.c -L. -lthree -o p1 2>err && [ "$(./p1)" = "90 270" ] ||
    fail "two inputs and -l"
"$pfcc" -c lib1.c 2>err && "$pfcc" main.c lib1.o libthree.a -o p2 2>err &&
    [ "$(./p2)" = "90 270" ] || fail "objects and an archive mixed in"
cp main.c main.txt
"$pfcc" -x c main.txt -x none lib1.o libthree.a -o p3 2>err &&
    [ "$(./p3)" = "90 270" ] || fail "-x c on a .txt file"
"$pfcc" -x c - -x none lib1.o libthree.a -o p4 <main.c 2>err && [ "$(./p4)" = "90 270" ] ||
    fail "standard input"
"$pfcc" -c main.c lib1.c -o x.o 2>err && fail "-c -o with two inputs"
grep -q "cannot specify '-o'" err || fail "-c -o message: $(cat err)"

# Names with spaces and quotes; CC holding flags; CC=pfcc.
mkdir "my dir"
cp main.c "my dir/it's main.c"
"$pfcc" "my dir/it's main.c" lib1.c libthree.a -o "my dir/p 5" 2>err &&
    [ "$("./my dir/p 5")" = "90 270" ] || fail "names with spaces and quotes"
CC="$cc -DTHREE_TIMES=1" "$pfcc" main.c lib1.c libthree.a -o p6 2>err &&
    [ "$(./p6)" = "90 270" ] || fail "CC with a flag"
CC=$pfcc "$pfcc" -c lib1.c 2>err || fail "CC=pfcc (pfcc called itself?)"
CC=$pfcc PFOR_CC="$cc" "$pfcc" --version | grep -qxF "compiler: $cc: $first" ||
    fail "PFOR_CC does not win over CC=pfcc"
CC=no-such-cc PFOR_CC="$cc" "$pfcc" main.c lib1.c libthree.a -o p7 2>err &&
    [ "$(./p7)" = "90 270" ] || fail "PFOR_CC"

# Nothing of pfcc's beside the user's files, nothing left in TMPDIR.
ls -A | grep -v -e '\.[cosia]$' -e '^p[0-9]$' -e '^m2*s*$' -e '^a\.out$' \
    -e '^main\.txt$' -e '^my dir$' -e '^err$' -e '^out$' >"$tmp/stray"
[ ! -s "$tmp/stray" ] || fail "files beside the user's: $(cat "$tmp/stray")"
no_temps "successful builds"

# A signal: pfcc stops its compiler, removes its files, dies of it.
cat >slowcc <<X
#!/bin/sh
case " \$* " in
*" -c "*) echo \$\$ >"$tmp/w/slowcc.pid"; exec sleep 300 ;;
esac
exec $cc "\$@"
X
chmod +x slowcc
CC=./slowcc "$pfcc" -c main.c &
pid=$!
i=0
while [ ! -s slowcc.pid ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
[ -s slowcc.pid ] || fail "the slow compiler never started"
kill -TERM $pid
wait $pid 2>/dev/null
status=$?
[ $status = 143 ] || fail "pfcc after SIGTERM: status $status, expected 143"
kill -0 "$(cat slowcc.pid)" 2>/dev/null && fail "the compiler survived SIGTERM"
no_temps "SIGTERM"
echo "pfcc: behaves as cc does"

#!/bin/sh
# headers.sh - pfor's public headers compile cleanly under
# -std=c99/c11/c17/gnu11 -pedantic -Wall -Wextra -Wshadow -Werror with gcc
# and clang: pfor.h with pfor_abi.h, and each header alone (each is
# self-contained).  Users who build with -Werror must never see a warning
# from pfor's own headers.
# Usage: headers.sh <include dir> [compiler...]   (default: gcc clang)
set -u
inc=$1
shift
[ $# -gt 0 ] || set -- gcc clang
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
flags="-pedantic -Wall -Wextra -Wshadow -Werror -fsyntax-only -I$inc"

printf '#include <pfor.h>\n#include <pfor_abi.h>\nint main(void)\n{\n    return pf_version() ? 0 : 1;\n}\n' >"$tmp/all.c"
n=0
for h in "$inc"/pfor.h "$inc"/pfor_abi.h "$inc"/pfor/*.h; do
    n=$((n + 1))
    printf '#include "%s"\n#include "%s" /* twice: guarded */\nint pfor_header_test_%d;\n' \
        "$h" "$h" $n >"$tmp/h$n.c"
done
tested=0
for cc in "$@"; do
    command -v "$cc" >/dev/null 2>&1 || { echo "no $cc: skipped"; continue; }
    for std in c99 c11 c17 gnu11; do
        # shellcheck disable=SC2086
        $cc -std=$std $flags "$tmp/all.c" 2>"$tmp/err" ||
            { cat "$tmp/err"; fail "$cc -std=$std: pfor.h + pfor_abi.h"; }
        i=0
        for h in "$inc"/pfor.h "$inc"/pfor_abi.h "$inc"/pfor/*.h; do
            i=$((i + 1))
            # shellcheck disable=SC2086
            $cc -std=$std $flags "$tmp/h$i.c" 2>"$tmp/err" ||
                { cat "$tmp/err"; fail "$cc -std=$std: $h alone"; }
        done
    done
    tested=$((tested + 1))
done
[ $tested -gt 0 ] || fail "no compiler to test with"
echo "headers: clean under -pedantic -Wall -Wextra -Wshadow ($n headers)"

#!/bin/sh
# strict.sh - a program with pfor loops builds with pfcc under -std=c11 and
# -std=c99 -pedantic -Wall -Wextra -Wshadow -Werror: neither pfor's headers
# nor the generated code draw a warning of their own.  Needs pforc
# --preprocessed (it skips with status 77 otherwise).
# Usage: strict.sh <pfcc> <dir holding src/strict.c>   ($CC: the compiler)
set -u
pfcc=$1 dir=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$(dirname "$pfcc")/pforc" --help | grep -q -- --preprocessed || {
    echo "SKIP: pforc has no --preprocessed yet"
    exit 77
}
for std in c11 c99 gnu11; do
    "$pfcc" -std=$std -pedantic -Wall -Wextra -Wshadow -Werror -O2 \
        "$dir/src/strict.c" -o "$tmp/strict" || fail "-std=$std"
    [ "$(PFOR_WORKERS=3 "$tmp/strict")" = "249750.0 1000 249500.25" ] ||
        fail "-std=$std: output $("$tmp/strict")"
done
echo "strict: clean under -pedantic -Wall -Wextra -Wshadow -Werror"

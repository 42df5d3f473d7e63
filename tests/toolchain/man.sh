#!/bin/sh
# man.sh - the man pages render without a warning (groff -ww, man
# --warnings), carry pfor's version, and name every option that pfcc
# --help and pforc --help list.
# Usage: man.sh <source dir> <bin dir> <pfor version>
set -u
src=$1 bin=$2 version=$3
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
for page in pfcc pforc; do
    f=$src/compiler/$page.1
    [ -f "$f" ] || fail "no $f"
    groff -ww -man -Tutf8 -z "$f" 2>"$tmp/err" || fail "groff $page.1"
    [ ! -s "$tmp/err" ] || { cat "$tmp/err"; fail "groff warns on $page.1"; }
    if command -v man >/dev/null 2>&1; then
        MANWIDTH=80 man --warnings -l "$f" >"$tmp/out" 2>"$tmp/err" ||
            fail "man -l $page.1"
        [ ! -s "$tmp/err" ] || { cat "$tmp/err"; fail "man warns on $page.1"; }
        grep -q "^NAME" "$tmp/out" || fail "man -l $page.1 rendered nothing"
    fi
    grep -q "^\.TH $(echo "$page" | tr a-z A-Z) 1 .*\"pfor $version\"" "$f" ||
        fail "$page.1 does not say pfor $version in .TH"
    # Every long option of the program's --help is in its page (groff
    # writes - as \-).
    "$bin/$page" --help | grep -o -- '--[a-z][a-z:-]*' | sort -u |
        while read -r opt; do
            esc=$(echo "$opt" | sed 's/-/\\\\-/g')
            grep -q -- "$esc" "$f" || { echo "$opt"; }
        done >"$tmp/missing"
    [ ! -s "$tmp/missing" ] || fail "$page.1 lacks $(cat "$tmp/missing")"
done
echo "man pages: clean, versioned, complete"

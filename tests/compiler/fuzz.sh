#!/bin/sh
# fuzz.sh - a short libFuzzer run of pforc over the golden and diagnostics
# inputs (crashers/ is checked by its own test).  New inputs go to a temporary
# corpus, the source tree is not touched; a crash, leak or timeout leaves its
# input in $PFOR_FUZZ_ARTIFACTS (default: a temporary directory, printed).
# Usage: fuzz.sh <fuzz_pforc binary> [seconds, default 30]
set -u
fuzzer=$1 seconds=${2:-30}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d) || exit 1
art=${PFOR_FUZZ_ARTIFACTS:-$work/artifacts}
mkdir -p "$work/corpus" "$art"
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=16384 -print_final_stats=1 -artifact_prefix="$art/" \
    "$work/corpus" "$here/golden" "$here/diag" 2>&1 |
    tail -n 25
status=$?
found=$(ls "$art" 2>/dev/null | wc -l)
if [ "$found" -ne 0 ]; then
    echo "fuzz.sh: findings in $art (add them to tests/compiler/crashers):"
    ls -l "$art"
    exit 1
fi
rm -rf "$work"
exit 0

#!/bin/sh
# fuzz.sh - a time-boxed libFuzzer run, seeded from the corpus kept in the
# repository (tests/compiler/corpus/<target>/) and any further seed
# directories.  New inputs go to a temporary corpus: the source tree is not
# touched, unless PFOR_FUZZ_MERGE=1, which merges (minimised) what the run
# found into the repository's corpus.  A crash, leak or timeout leaves its
# input in $PFOR_FUZZ_ARTIFACTS (default: a temporary directory, printed);
# such an input belongs in tests/compiler/crashers/ (whole files) or
# crashers/clauses/ (pragma texts) as a regression test.
# Usage: fuzz.sh <fuzz binary> <seconds> <corpus dir> [seed dir...]
set -u
fuzzer=$1 seconds=$2 corpus=$3
shift 3
work=$(mktemp -d) || exit 1
art=${PFOR_FUZZ_ARTIFACTS:-$work/artifacts}
mkdir -p "$work/corpus" "$art"
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=16384 -print_final_stats=1 -artifact_prefix="$art/" \
    "$work/corpus" "$corpus" "$@" 2>&1 | tail -n 12
found=$(ls "$art" 2>/dev/null | wc -l)
if [ "$found" -ne 0 ]; then
    echo "fuzz.sh: findings in $art (add them to tests/compiler/crashers):"
    ls -l "$art"
    exit 1
fi
if [ "${PFOR_FUZZ_MERGE:-0}" = 1 ]; then
    "$fuzzer" -merge=1 "$corpus" "$work/corpus" 2>&1 | tail -n 2
fi
rm -rf "$work"
exit 0

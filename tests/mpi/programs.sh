#!/bin/sh
# programs.sh - drive programs.c under mpirun with 1, 2 and 3 ranks:
#   crash/exit/abort in iteration 737 (on the rank that runs it): bounded
#   time, pfor's message naming programs.c:17, the rank and its
#   iterations, the serial program's exit status, no rank left behind;
#   output: printed once (what the serial run prints), exit status 3;
#   PFOR_MPI_OUTPUT=all: every rank's lines, prefixed;
#   user-init, late-init: programs calling MPI_Init/MPI_Finalize work.
# Usage: programs.sh <programs binary>
set -u
prog=$1
here=$(cd "$(dirname "$0")" && pwd)
run() { timeout 120 sh "$here/mpirun.sh" "$@"; }
# Under AddressSanitizer the crash must reach pfor's handler and then the
# default action (ASan would report it itself and exit 1 instead).
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}handle_segv=0:handle_sigbus=0:handle_sigfpe=0"
export ASAN_OPTIONS
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; cat "$tmp/err" 2>/dev/null | head -40; exit 1; }
passed=0

for np in 1 2 3; do
    for mode in crash exit abort; do
        start=$(date +%s)
        run $np "$prog" $mode >"$tmp/out" 2>"$tmp/err"
        status=$?
        took=$(( $(date +%s) - start ))
        case $mode in
            crash) want=139; sig="killed by signal 11 (Segmentation fault)";;
            exit) want=3; sig="exit status 3";;
            abort) want=134; sig="killed by signal 6 (Aborted)";;
        esac
        [ $status = $want ] || fail "$mode np=$np: exit status $status, expected $want"
        [ $took -lt 60 ] || fail "$mode np=$np: took ${took}s"
        # iteration 737 of 1000 is on rank np-1 for a static even split
        r=$((np - 1))
        grep -q "pfor: programs.c:17: pfor loop failed on rank $r of $np" "$tmp/err" ||
            fail "$mode np=$np: no report naming the loop and rank $r"
        grep -q "iterations" "$tmp/err" || fail "$mode np=$np: no iterations"
        grep -q "$sig" "$tmp/err" || fail "$mode np=$np: no '$sig'"
        [ "$mode" = exit ] || grep -q "stretch from iteration" "$tmp/err" ||
            fail "$mode np=$np: no iteration"
        grep -q "after the loop" "$tmp/out" && fail "$mode np=$np: went on"
        [ "$(grep -c 'before the loop' "$tmp/out")" = 1 ] ||
            fail "$mode np=$np: output before the loop not printed once"
        sleep 0.2
        if pgrep -f "$prog $mode" >/dev/null; then
            pgrep -af "$prog $mode"
            fail "$mode np=$np: a rank outlived the job"
        fi
        passed=$((passed + 1))
    done

    run $np "$prog" region-crash >"$tmp/out" 2>"$tmp/err"
    status=$?
    [ $status = 139 ] || fail "region-crash np=$np: exit status $status"
    grep -q "pfor: programs.c:64: pfor region failed on rank $((np - 1)) of $np" \
        "$tmp/err" || fail "region-crash np=$np: no report naming the region"
    grep -q "after the region" "$tmp/out" && fail "region-crash np=$np: went on"
    passed=$((passed + 1))

    run $np "$prog" output >"$tmp/out" 2>"$tmp/err"
    status=$?
    [ $status = 3 ] || fail "output np=$np: exit status $status, expected 3"
    printf 'start\nsum 4999950000\nend\n' >"$tmp/want"
    diff -u "$tmp/want" "$tmp/out" || fail "output np=$np: stdout differs"
    [ "$(grep -c 'a line on stderr' "$tmp/err")" = 1 ] ||
        fail "output np=$np: stderr not once"
    passed=$((passed + 1))

    PFOR_MPI_OUTPUT=all run $np "$prog" output >"$tmp/out" 2>"$tmp/err"
    for r in $(seq 0 $((np - 1))); do
        grep -q "^\[rank $r\] sum 4999950000$" "$tmp/out" ||
            fail "output=all np=$np: no prefixed line of rank $r"
        grep -q "^\[rank $r\] a line on stderr$" "$tmp/err" ||
            fail "output=all np=$np: no prefixed stderr of rank $r"
    done
    passed=$((passed + 1))

    for mode in user-init late-init; do
        run $np "$prog" $mode >"$tmp/out" 2>"$tmp/err" ||
            fail "$mode np=$np: exit status $?"
        grep -q "^sum 499500" "$tmp/out" || fail "$mode np=$np: wrong output"
        passed=$((passed + 1))
    done
done
echo "$passed passed, 0 failed"
exit 0

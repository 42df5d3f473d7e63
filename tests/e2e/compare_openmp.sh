#!/bin/sh
# compare_openmp.sh - one annotated program built three ways: plain cc
# (pragmas ignored: the serial reference), the process backend, and the
# openmp backend (pforc --backend=openmp, cc -fopenmp).  The openmp build
# must print what the process build prints, bit for bit (its reductions
# keep the engine's blocks and order), with OMP_NUM_THREADS 1 to 4
# and unset; and what the serial build prints unless the program is listed as
# printing a floating-point reduction whose last digits the serial order
# changes (then only the process build is the reference).
# Usage: compare_openmp.sh <serial> <process> <openmp> [fp]
set -u
ref=$1 proc=$2 omp=$3 fp=${4:-}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$ref" >"$tmp/ref" 2>/dev/null || { echo "serial reference failed"; exit 1; }
PFOR_WORKERS=2 timeout 300 "$proc" >"$tmp/proc" 2>"$tmp/err" ||
    { echo "process build failed:"; cat "$tmp/err"; exit 1; }
if [ -z "$fp" ] && ! diff -u "$tmp/ref" "$tmp/proc"; then
    echo "the process build differs from the serial reference"; exit 1
fi
for t in 1 2 3 4 unset; do
    if [ $t = unset ]; then
        (unset OMP_NUM_THREADS; timeout 300 "$omp" >"$tmp/out" 2>"$tmp/err")
    else
        OMP_NUM_THREADS=$t timeout 300 "$omp" >"$tmp/out" 2>"$tmp/err"
    fi
    status=$?
    if [ $status -ne 0 ]; then
        echo "openmp build failed with OMP_NUM_THREADS=$t (status $status):"
        cat "$tmp/err"
        exit 1
    fi
    if ! diff -u "$tmp/proc" "$tmp/out"; then
        echo "openmp output differs from the process build (OMP_NUM_THREADS=$t)"
        exit 1
    fi
done
exit 0

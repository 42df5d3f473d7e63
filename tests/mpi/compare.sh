#!/bin/sh
# compare.sh - an e2e program built with pforc --backend=mpi prints, under
# mpirun with 1, 2 and 3 ranks, what its serial build (plain cc, pragmas
# ignored) prints, and exits 0.  Usage: compare.sh <reference> <mpi-program>
# PFOR_MPI_COMPARE_NP lists the rank counts (default "1 2 3"; the
# sanitizer build runs 2 only: its other tests cover 1 and 3).
set -u
ref=$1 prog=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$ref" >"$tmp/ref" || { echo "reference failed"; exit 1; }
for np in ${PFOR_MPI_COMPARE_NP:-1 2 3}; do
    timeout 300 sh "$here/mpirun.sh" $np "$prog" >"$tmp/out" 2>"$tmp/err"
    status=$?
    if [ $status -ne 0 ]; then
        echo "mpi build failed with $np rank(s) (status $status):"
        cat "$tmp/err"
        exit 1
    fi
    if ! diff -u "$tmp/ref" "$tmp/out"; then
        echo "output differs from the serial reference ($np ranks)"
        exit 1
    fi
done
echo "$(echo ${PFOR_MPI_COMPARE_NP:-1 2 3} | wc -w) passed, 0 failed"
exit 0

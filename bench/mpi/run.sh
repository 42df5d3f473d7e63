#!/bin/sh
# run.sh - the mpi backend's figures in one run, side by side: serial, the
# process engine (2 workers) and mpi (2 ranks) on Monte Carlo pi (2e8) and
# Jacobi 2-D (500x500, 500 steps); loop overhead (empty body, one
# reduction) against MPI_Allreduce of one double alone; the dynamic
# counter against a rank-0 dispatcher; collected-write detection.
# Usage: bench/mpi/run.sh [build-dir] [--quick]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
quick=${2:-}
bin=$build/bin/bench_mpi
mpirun="sh $here/../../tests/mpi/mpirun.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
PFOR_WORKERS=2 "$bin" serial $quick >"$tmp/serial"
PFOR_WORKERS=2 "$bin" process $quick >"$tmp/process"
$mpirun 2 "$bin" mpi $quick >"$tmp/mpi"
cat "$tmp/serial" "$tmp/process" "$tmp/mpi" >"$tmp/all"
get() { awk -v b="$1" -v w="$2" '$1 == b && $2 == w { print $NF }' "$tmp/all"; }
echo "workload         serial(s)  process(s) ratio   mpi-2(s)  ratio"
for w in pi jacobi; do
    s=$(get serial $w) p=$(get process $w) m=$(get mpi $w)
    awk -v w=$w -v s=$s -v p=$p -v m=$m 'BEGIN {
        printf "%-16s %9.3f  %9.3f  %5.2fx  %9.3f  %5.2fx\n", w, s, p, p / s, m, m / s }'
done
echo "results (must agree):"
grep -h " pi \| jacobi " "$tmp/all" | awk '{ print "  " $1, $2, $3 }'
echo "loop of 1000 iterations, per loop (us): serial / process / mpi-2"
for w in empty reduce; do
    printf "  %-8s %8.2f %10.2f %8.2f\n" $w "$(get serial $w)" \
        "$(get process $w)" "$(get mpi $w)"
done
echo "  MPI_Allreduce of one double alone, 2 ranks: $(get mpi allreduce) us"
$mpirun 2 "$bin" dispatch $quick
PFOR_MPI_DYNAMIC=rank0 $mpirun 2 "$bin" dispatch $quick
for m in uffd twin; do
    PFOR_MPI_COLLECT=$m $mpirun 2 "$bin" collect $quick | grep -v "^collect fork" || true
done
$mpirun 2 "$bin" collect $quick | grep "^collect fork" || true

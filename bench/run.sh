#!/usr/bin/env bash
# run.sh - run every benchmark, each side by side with its peers (raw
# pipes, Python's multiprocessing, OpenMP) in the same run.
# Usage: bench/run.sh [--quick]      (build first: scripts/build.sh plain)
# The machine is shared and noisy: every figure is a median of several
# runs, and the ratios within one run are what to compare.
set -u
cd "$(dirname "$0")/.."
bin=build/bin
quick=0
[ "${1:-}" = "--quick" ] && quick=1
run() {
  echo
  echo "=== $* ==="
  "$@" || echo "(exit status $?)"
}
if [ ! -x "$bin/bench_pipe" ]; then
  echo "build first: scripts/build.sh plain" >&2
  exit 1
fi
echo "pfor benchmarks on $(nproc) CPUs, load: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ $quick = 1 ]; then
  run $bin/bench_pipe --quick
  run $bin/bench_queue --quick
  run $bin/bench_lock 200000 3
  run $bin/bench_pool --no-python
  run $bin/bench_manager
  run $bin/bench_loop --quick
  [ -x $bin/bench_openmp ] && run $bin/bench_openmp --quick
  run $bin/bench_pforc
else
  run $bin/bench_pipe
  run $bin/bench_queue
  run $bin/bench_lock
  run $bin/bench_pool
  run $bin/bench_manager
  run $bin/bench_loop
  [ -x $bin/bench_openmp ] && run $bin/bench_openmp
  run $bin/bench_pforc
fi

#!/bin/sh
# mpirun.sh - the one place that says how pfor's tests and benchmarks start
# Open MPI on this kind of machine.  Usage: mpirun.sh NP program [args...]
#   --allow-run-as-root  CI and the containers run as root
#   --oversubscribe      3 ranks on 2 cores
#   --mca btl self,vader shared memory only: no probing of network devices
#                        (the two-host test passes its own flags)
#   --mca mpi_yield_when_idle 1
#                        a rank waiting in MPI yields its core: 3 ranks on
#                        2 cores, or 2 on a machine other jobs share, would
#                        otherwise spin against the rank they wait for
# Extra flags: PFOR_MPIRUN_FLAGS (e.g. "--mca btl self,tcp").  Where CMA
# single-copy transfers are refused (some containers), also export
# OMPI_MCA_btl_vader_single_copy_mechanism=none; here they work.
# Under AddressSanitizer, Open MPI's own allocations at exit are not ours:
# LSAN_OPTIONS points at tests/mpi/lsan.supp, with the slow unwinder: Open
# MPI unloads its plugins at finalize, so the first frames of what they
# leak are "<unknown module>"; the full stack reaches libopen-pal or
# libmpi, which the suppressions name.
set -u
np=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
root=
[ "$(id -u)" = 0 ] && root=--allow-run-as-root
LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0:fast_unwind_on_malloc=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
# shellcheck disable=SC2086
exec mpirun $root --oversubscribe --mca btl self,vader \
    --mca mpi_yield_when_idle 1 \
    ${PFOR_MPIRUN_FLAGS:-} -x LSAN_OPTIONS -np "$np" "$@"

#!/usr/bin/env bash
# valgrind.sh - memcheck over the runtime tests and pforc: zero errors and
# zero definite or indirect leaks, or a non-zero exit.
# Usage: scripts/valgrind.sh [build-dir]      (a plain build: scripts/build.sh plain)
#
# What runs (docs/faults.md says why this subset):
# - the runtime test programs below, each under memcheck; forked children
#   run under it too but are silent (--child-silent-after-fork): a child's
#   memory is its parent's, and blocks held only by the stacks of the
#   parent's other threads would read as lost there.  Errors inside
#   forked workers are the sanitizer build's to find.
# - pforc on every golden and diagnostic input of tests/compiler, with the
#   same arguments as their tests.
# Not under valgrind: the loop tests (valgrind computes long double as
# double, and their cursor and timing checks assume native speed),
# test_queue and the fault suite's queue rounds (tens of minutes there),
# test_pipe (its 64 MiB message outlives its timeouts).
set -u
cd "$(dirname "$0")/.."
dir=${1:-build}
export PFTEST_UNDER_VALGRIND=1
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
vg=(valgrind -q --error-exitcode=99 --leak-check=full
    --show-leak-kinds=definite,indirect
    --errors-for-leak-kinds=definite,indirect
    --suppressions="$log/pfor.supp")

# A loop worker ships each page of collected storage it wrote whole
# (runtime/src/writeset.c, write_pages), so the bytes of that page around
# the collected array (malloc's headers, neighbouring or freed blocks) go
# to the memfd too.  They are mapped and readable, and the parent's merge
# copies back only the bytes inside the collected ranges; memcheck sees a
# syscall reading bytes malloc has not handed out.  Its Param suppressions
# match the parameter's name exactly, hence one per iovec of a batch.
for k in $(seq 0 1023); do
  printf '{\n  pfor-writeset-page-%d\n  Memcheck:Param\n  pwritev(vector[%d])\n  ...\n  fun:write_pages\n}\n' "$k" "$k"
done >"$log/pfor.supp"
# The merge's before-image of a page several workers shipped is a copy of
# the parent's whole page (copy_page_raw), around the collected array too.
printf '{\n  pfor-writeset-before-image\n  Memcheck:Addr8\n  fun:copy_page_raw\n}\n' \
  >>"$log/pfor.supp"

tests=(test_errors test_process test_pool test_pool_abi test_pool_faults
       test_inject test_fork test_shared test_sync test_random test_manager
       test_fault)

# One test program under memcheck; its log is kept when it fails.
run_test() {
  local t=$1
  local start=$SECONDS
  PFOR_FAULT_ROUNDS=3 PFOR_FAULT_ROUND_LIMIT=900 \
    PFOR_FAULT_ONLY=loop,map,imap,async \
    "${vg[@]}" --child-silent-after-fork=yes "$dir/bin/$t" \
    >"$log/$t.out" 2>&1
  local rc=$?
  echo "valgrind: $t: exit $rc, $((SECONDS - start)) s"
  [ $rc -eq 0 ] || { grep -v '^--[0-9]*--' "$log/$t.out" | tail -60; }
  return $rc
}

# pforc on one input: it may succeed or report errors (exit 0 or 1), but
# memcheck must find nothing (99) and it must not crash.
run_pforc() {
  local input=$1; shift
  (cd "$(dirname "$input")" &&
     "${vg[@]}" "$OLDPWD/$dir/bin/pforc" "$@" "$(basename "$input")" \
       >/dev/null 2>"$log/pforc.$$.err")
  local rc=$?
  if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
    echo "valgrind: pforc $* $input: exit $rc"
    cat "$log/pforc.$$.err"
    return 1
  fi
  return 0
}
export -f run_test run_pforc
export dir log
export vg_string="${vg[*]}"

status=0
start=$SECONDS
# Two at a time: the machine has two cores.
printf '%s\n' "${tests[@]}" |
  xargs -P2 -I{} bash -c 'vg=($vg_string); run_test "$@"' _ {} || status=1
for input in tests/compiler/golden/*.c tests/compiler/diag/*.c; do
  echo "$input"
done | xargs -P2 -I{} bash -c 'vg=($vg_string); run_pforc "$@"' _ {} ||
  status=1
for input in tests/compiler/golden/*.c; do
  [ -e "$input.serial" ] && echo "$input"
done | xargs -P2 -I{} bash -c 'vg=($vg_string); run_pforc "$@" --backend=serial' _ {} ||
  status=1
pforc_inputs=$(ls tests/compiler/golden/*.c tests/compiler/diag/*.c | wc -l)
echo "valgrind: $pforc_inputs pforc inputs, ${#tests[@]} test programs," \
     "$((SECONDS - start)) s, status $status"
exit $status

#!/usr/bin/env bash
# test.sh - Quick start, second command: install what is missing, build,
# and run the whole test suite twice: a plain gcc build, then a clang build
# with AddressSanitizer + UndefinedBehaviorSanitizer; then valgrind's
# memcheck over the runtime tests and pforc (scripts/valgrind.sh, on the
# plain build).  PFOR_TEST_FLAVOURS="plain" runs only one of them.  Then it
# builds (without running) every CMake build type with gcc and clang, with
# -Werror; PFOR_TEST_MATRIX=0 leaves that out.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
status=0
for flavour in ${PFOR_TEST_FLAVOURS:-plain sanitize valgrind}; do
  echo "=== pfor tests: $flavour build ==="
  if [ "$flavour" = valgrind ]; then
    scripts/build.sh plain
    scripts/valgrind.sh build || status=1
    continue
  fi
  scripts/build.sh "$flavour"
  dir=build; [ "$flavour" = sanitize ] && dir=build-sanitize
  # Every suite prints its CUnit run summary (-V); failures show in full.
  if ! (cd "$dir" && ctest -V --output-on-failure -j2 --timeout 900); then
    status=1
  fi
done

# The build-type matrix: Debug, Release, RelWithDebInfo and MinSizeRel with
# gcc and clang, built with -Werror (optimisation levels bring warnings of
# their own, such as gcc's at -O3), not run.  gcc RelWithDebInfo is the
# plain build above.  Release cells build everything (the tests' generated
# code at -O3 included); the others the product: the libraries, pforc,
# the tour and the benchmarks' loop engine.  One line per cell; a failed
# cell shows its errors.
product=(pfor_static pfor_shared pforc pfor-demo bench_loop)
if [ "${PFOR_TEST_MATRIX:-1}" != 0 ]; then
  mkdir -p build-types
  for cc in gcc clang; do
    for type in Debug Release RelWithDebInfo MinSizeRel; do
      [ "$cc-$type" = gcc-RelWithDebInfo ] && continue
      log=build-types/$cc-$type.log
      start=$(date +%s)
      what=()
      [ "$type" = Release ] || what=("${product[@]}")
      if scripts/build.sh type "$cc" "$type" "${what[@]}" >"$log" 2>&1; then
        echo "=== pfor build: $cc $type: ok ($(( $(date +%s) - start )) s) ==="
      else
        echo "=== pfor build: $cc $type: FAILED (log: $log) ==="
        grep -E 'error|Error' "$log" | head -n 20 || tail -n 20 "$log"
        status=1
      fi
    done
  done
fi
exit $status

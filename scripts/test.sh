#!/usr/bin/env bash
# test.sh - Quick start, second command: install what is missing, build,
# and run the whole test suite twice: a plain gcc build, then a clang build
# with AddressSanitizer + UndefinedBehaviorSanitizer; then valgrind's
# memcheck over the runtime tests and pforc (scripts/valgrind.sh, on the
# plain build).  PFOR_TEST_FLAVOURS="plain" runs only one of them.
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
exit $status

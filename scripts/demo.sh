#!/usr/bin/env bash
# demo.sh - Quick start, first command: install what is missing, build the
# tour, run it.  The build's own output goes to build/demo-build.log (shown
# on failure); VERBOSE=1 shows it as it goes.
set -euo pipefail
cd "$(dirname "$0")/.."
log=build/demo-build.log
if [ "${VERBOSE:-0}" = 1 ]; then
  scripts/deps.sh
  scripts/build.sh plain pfor-demo
else
  mkdir -p build
  echo "pfor: installing what is missing and building the tour" \
       "(log: $log; VERBOSE=1 shows it)..."
  if ! { scripts/deps.sh && scripts/build.sh plain pfor-demo; } >"$log" 2>&1
  then
    echo "pfor: the build failed; the end of $log:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
fi
exec build/bin/pfor-demo

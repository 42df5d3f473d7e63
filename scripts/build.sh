#!/usr/bin/env bash
# build.sh - configure and build one flavour of pfor into its build tree,
# with -Werror (development and CI builds; a plain cmake configure has it off).
# Usage: scripts/build.sh [plain|sanitize]     plain -> build/ (gcc,
#          RelWithDebInfo), sanitize -> build-sanitize/ (clang + ASan + UBSan)
#        scripts/build.sh type <cc> <build type>   -> build-types/<cc>-<type>/
#          (one cell of CI's build-type matrix: Debug, Release,
#          RelWithDebInfo, MinSizeRel with gcc and clang)
set -euo pipefail
cd "$(dirname "$0")/.."
flavour=${1:-plain}
jobs=$(nproc 2>/dev/null || echo 2)
case "$flavour" in
  plain)
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPFOR_WERROR=ON \
      >/dev/null
    cmake --build build -j"$jobs" ;;
  sanitize)
    CC=clang cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug \
      -DPFOR_SANITIZE=ON -DPFOR_WERROR=ON >/dev/null
    cmake --build build-sanitize -j"$jobs" ;;
  type)
    [ $# -eq 3 ] || { echo "usage: $0 type <cc> <build type>" >&2; exit 2; }
    dir=build-types/$2-$3
    CC=$2 cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$3" -DPFOR_WERROR=ON \
      >/dev/null
    cmake --build "$dir" -j"$jobs" ;;
  *) echo "usage: $0 [plain|sanitize] | $0 type <cc> <build type>" >&2
     exit 2 ;;
esac

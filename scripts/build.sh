#!/usr/bin/env bash
# build.sh - configure and build one flavour of pfor into its build tree,
# with -Werror (development and CI builds; a plain cmake configure has it off).
# Usage: scripts/build.sh [plain|sanitize] [target...]   plain -> build/
#          (gcc, RelWithDebInfo), sanitize -> build-sanitize/ (clang + ASan +
#          UBSan); the targets (default: all) are what cmake --build builds
#        scripts/build.sh type <cc> <build type> [target...]
#          -> build-types/<cc>-<type>/ (one cell of CI's build-type matrix:
#          Debug, Release, RelWithDebInfo, MinSizeRel with gcc and clang)
set -euo pipefail
cd "$(dirname "$0")/.."
flavour=${1:-plain}
[ $# -gt 0 ] && shift
jobs=$(nproc 2>/dev/null || echo 2)
targets=()
if [ "$flavour" != type ]; then
  for t in "$@"; do targets+=(--target "$t"); done
elif [ $# -gt 2 ]; then
  for t in "${@:3}"; do targets+=(--target "$t"); done
  set -- "$1" "$2"
fi
case "$flavour" in
  plain)
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPFOR_WERROR=ON \
      >/dev/null
    cmake --build build -j"$jobs" "${targets[@]}" ;;
  sanitize)
    CC=clang cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug \
      -DPFOR_SANITIZE=ON -DPFOR_WERROR=ON >/dev/null
    cmake --build build-sanitize -j"$jobs" "${targets[@]}" ;;
  type)
    [ $# -eq 2 ] || { echo "usage: $0 type <cc> <build type>" >&2; exit 2; }
    dir=build-types/$1-$2
    CC=$1 cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$2" -DPFOR_WERROR=ON \
      >/dev/null
    cmake --build "$dir" -j"$jobs" "${targets[@]}" ;;
  *) echo "usage: $0 [plain|sanitize] [target...] | $0 type <cc> <type>" >&2
     exit 2 ;;
esac

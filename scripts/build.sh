#!/usr/bin/env bash
# build.sh - configure and build one flavour of pfor into its build tree.
# Usage: scripts/build.sh [plain|sanitize]   (plain -> build/, sanitize ->
# build-sanitize/, compiled with clang + ASan + UBSan)
set -euo pipefail
cd "$(dirname "$0")/.."
flavour=${1:-plain}
jobs=$(nproc 2>/dev/null || echo 2)
case "$flavour" in
  plain)
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build -j"$jobs" ;;
  sanitize)
    CC=clang cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug \
      -DPFOR_SANITIZE=ON >/dev/null
    cmake --build build-sanitize -j"$jobs" ;;
  *) echo "usage: $0 [plain|sanitize]" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# deps.sh - install the Debian packages pfor needs, only those missing.
# Usage: scripts/deps.sh [extra-package ...]
set -euo pipefail

# clang only recommends its sanitizer/libFuzzer runtimes (libclang-rt-dev)
# and OpenMP (libomp-dev), and we install without recommends: name them.
# gdb and groff-base: the toolchain tests (gdb names the user's lines; the
# man pages render cleanly).  Open MPI (openmpi-bin: mpirun; libopenmpi-dev:
# mpicc, headers) for the mpi backend, libpfor_mpi and its tests; iproute2
# for the two-host test; valgrind and procps for the memcheck run.
packages=(cmake make gcc clang libclang-rt-dev libomp-dev pkg-config flex
          bison libcunit1-dev python3 python3-joblib gdb groff-base
          openmpi-bin libopenmpi-dev iproute2 valgrind procps "$@")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "pfor: installing missing packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=sudo
  else
    echo "pfor: run as root, or install them yourself:" >&2
    echo "  apt-get install ${missing[*]}" >&2
    exit 1
  fi
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

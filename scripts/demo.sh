#!/usr/bin/env bash
# demo.sh - Quick start, first command: install what is missing, build
# everything, run the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh plain
exec build/bin/pfor-demo

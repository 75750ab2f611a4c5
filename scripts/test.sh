#!/usr/bin/env bash
# Builds xcairo and runs every test (unit, corpus against cairo-run's recordings) under ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)" "$@"

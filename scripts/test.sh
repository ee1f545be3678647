#!/usr/bin/env bash
# Builds and runs every test: unit, integration (real processes on loopback), fuzz corpus
# regression. Usage: scripts/test.sh [dev|asan]   (default dev)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
scripts/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset" -j "$(nproc)"
ctest --preset "$preset" -j "$(nproc)"

#!/usr/bin/env bash
# Builds and starts the demo: the reference platform on loopback with demo data (and, once the
# kiosk application lands, the kiosk UI on simulated devices).
# Usage: scripts/demo.sh [PORT]   (default 8780)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8780}"
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release -j "$(nproc)" --target kiosk-platform
state="${XDG_STATE_HOME:-$HOME/.local/state}/nanhai-kiosk"
mkdir -p "$state"
echo "Demo platform: http://127.0.0.1:$port/api/v1/health  (database: $state/demo.db)"
echo "Demo kiosk terminal: X-Terminal-Id NH-KIOSK-0001, X-Terminal-Key dev-only-kiosk-key-0001"
exec build/release/platform/kiosk-platform --db "$state/demo.db" --listen "127.0.0.1:$port" --seed-demo

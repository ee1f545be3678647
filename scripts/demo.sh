#!/usr/bin/env bash
# Builds and starts the kiosk demo: the kiosk window on simulated devices, with the reference
# platform on loopback with demo data (started by the kiosk itself).
# Drive the simulated devices from another terminal through the control socket whose path the
# kiosk prints at start, e.g.  echo 'card insert citizen' | socat - UNIX-CONNECT:SOCKET
# Without a display: the screens are rendered by a demo script into PNGs instead, then the
# platform alone keeps running on 127.0.0.1:8780 for the API.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release -j "$(nproc)" --target kiosk kiosk-platform
export KIOSK_PLATFORM_BIN="$PWD/build/release/platform/kiosk-platform"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec build/release/kiosk/app/kiosk --demo
fi
shots="${TMPDIR:-/tmp}/nanhai-kiosk-demo-shots"
echo "No display: rendering the demo screens to $shots instead of opening a window."
build/release/kiosk/app/kiosk --headless --demo --script tests/scripts/shots.kiosk --shots "$shots"
echo "Screens written to $shots. Starting the demo platform alone on 127.0.0.1:8780 (Ctrl-C stops)."
state="${XDG_STATE_HOME:-$HOME/.local/state}/nanhai-kiosk"
mkdir -p "$state"
exec "$KIOSK_PLATFORM_BIN" --db "$state/demo-platform.db" --listen 127.0.0.1:8780 --seed-demo

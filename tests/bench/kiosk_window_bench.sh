#!/usr/bin/env bash
# The windowed kiosk as a hall runs it, measured from outside under Xvfb: time from starting
# `kiosk --demo` to its first frame (the widget map appears after the first presented frame;
# the platform child starts on the way), peak RSS after a booking's screens, and the CPU the
# idle kiosk uses over 10 s. Prints one line; run it 3 times and take medians
# (docs/benchmarks.md). Needs: Xvfb, xdotool, a release build.
#   tests/bench/kiosk_window_bench.sh [build/release]
set -euo pipefail
build="${1:-build/release}"
kiosk="$build/kiosk/app/kiosk"
platform="$build/platform/kiosk-platform"
dir="$(mktemp -d)"
trap 'kill $kpid $xpid 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$dir"' EXIT
exec 3> "$dir/display"
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp > "$dir/xvfb.log" 2>&1 &
xpid=$!
for _ in $(seq 100); do [ -s "$dir/display" ] && break; sleep 0.05; done
export DISPLAY=":$(head -1 "$dir/display")"
start=$(date +%s%N)
XDG_STATE_HOME="$dir" KIOSK_WIDGET_MAP="$dir/widgets.txt" KIOSK_PLATFORM_BIN="$platform" "$kiosk" --demo > "$dir/kiosk.log" 2>&1 &
kpid=$!
until [ -s "$dir/widgets.txt" ]; do sleep 0.005; done
first_frame_ms=$(( ($(date +%s%N) - start) / 1000000 ))
click() {  # widget id
  read -r _ x y w h _ < <(grep "^$1 " "$dir/widgets.txt")
  xdotool mousemove $((x + w / 2)) $((y + h / 2)); sleep 0.15; xdotool mousedown 1; sleep 0.1; xdotool mouseup 1; sleep 0.6
}
echo 'card insert citizen' | socat - UNIX-CONNECT:"$dir/nanhai-kiosk/sim.sock" > /dev/null; sleep 1.5
click home.appointments; click appointments.new; click appointments.items.SCJG-002; click appointments.halls.NH-DISTRICT
click title.finish
sleep 2  # settle, then measure idle
ticks() { awk '{print $14 + $15}' "/proc/$kpid/stat"; }
t0=$(ticks); sleep 10; t1=$(ticks)
hz=$(getconf CLK_TCK)
idle_cpu=$(awk -v d=$((t1 - t0)) -v hz="$hz" 'BEGIN { printf "%.2f", 100 * d / hz / 10 }')
peak_rss=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$kpid/status")
echo "first_frame_ms=$first_frame_ms peak_rss_mib=$peak_rss idle_cpu_percent=$idle_cpu"

#!/usr/bin/env bash
# Installs every Debian 12 package the project needs to build, test and run its demo.
# Idempotent: packages already present are left alone; safe to run on every CI run.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang libclang-rt-14-dev clang-format clang-tidy
  # platform (reference back end) and its client
  libcpp-httplib-dev nlohmann-json3-dev libsqlite3-dev libsodium-dev libssl-dev libcurl4-openssl-dev
  libexpected-dev libfmt-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev googletest libbenchmark-dev curl ca-certificates
  # kiosk UI (SDL2 + Dear ImGui) and CJK fonts
  libsdl2-dev libimgui-dev libstb-dev libfreetype-dev libpng-dev fonts-wqy-microhei fonts-noto-cjk
  # devices
  libusb-1.0-0-dev libpcsclite-dev pcscd libzxing-dev umockdev libumockdev-dev vsmartcard-vpcd socat
  # UI tests under a real X server
  xvfb xauth x11-apps netpbm xdotool
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"

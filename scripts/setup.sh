#!/usr/bin/env bash
# Installs the Debian 12 packages Vitae builds and tests with. Idempotent and
# non-interactive; safe to run on every build.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache git
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
  qml6-module-qtqml-workerscript qml6-module-qttest qml6-module-qtmultimedia
  qml6-module-qtqml qml6-module-qtquick-shapes
  libgl-dev libegl-dev libvulkan-dev libxkbcommon-dev
  libsodium-dev libqrcodegencpp-dev libzxing-dev libsqlcipher-dev
  zlib1g-dev libssl-dev libqpdf-dev
  xvfb xauth poppler-utils qpdf fonts-dejavu-core fonts-noto-core
  qtkeychain-qt6-dev gnome-keyring dbus-daemon
  xdg-utils desktop-file-utils shared-mime-info appstream librsvg2-bin dpkg-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The interoperability tests (tests/interop) run the Digital Credentials
# Consortium's and the OpenWallet Foundation's libraries under Node.js, at the
# versions pinned in tests/interop/package-lock.json. This is the only step
# that downloads (from the npm registry); the tests themselves run offline.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends nodejs npm
fi
# Reinstalled only when the lock file is newer than the install or the
# install does not satisfy it, so running this again needs no network.
interop="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/interop"
if [ ! "$interop/node_modules/.package-lock.json" -nt "$interop/package-lock.json" ] \
   || ! npm ls --prefix "$interop" --all >/dev/null 2>&1; then
  npm ci --prefix "$interop" --no-audit --no-fund
fi

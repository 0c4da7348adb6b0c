#!/usr/bin/env bash
# Builds Vitae-x86_64.AppImage with linuxdeploy and its Qt plugin.
#
# Written for a release machine and NOT run on the development machine: it
# needs linuxdeploy-x86_64.AppImage and linuxdeploy-plugin-qt-x86_64.AppImage
# (https://github.com/linuxdeploy) on PATH or in $LINUXDEPLOY_DIR, which this
# script does not download. Build on the oldest distribution you support:
# the AppImage runs on systems with the same glibc or newer.
#
# An AppImage does not register link schemes by itself: the desktop entry
# inside it (x-scheme-handler/openid-credential-offer, ...) takes effect when
# the learner integrates it (appimaged, AppImageLauncher, or by copying the
# .desktop file to ~/.local/share/applications with Exec pointing to the
# AppImage).
set -euo pipefail

source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
build_dir="${BUILD_DIR:-$source_dir/build-appimage}"
appdir="$build_dir/AppDir"
tools="${LINUXDEPLOY_DIR:-}"
linuxdeploy="${tools:+$tools/}linuxdeploy-x86_64.AppImage"

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_INSTALL_PREFIX=/usr -DVITAE_BUILD_TESTS=OFF
cmake --build "$build_dir" -j"$(nproc)"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build_dir"

# The Qt plugin copies Qt's libraries and plugins, and the QML modules that
# the pages in qml/ import (found by scanning them).
export QML_SOURCES_PATHS="$source_dir/qml"
# Only the xcb platform plugin is bundled (XWayland covers Wayland sessions);
# see linuxdeploy-plugin-qt's EXTRA_PLATFORM_PLUGINS to add native Wayland.
export OUTPUT="Vitae-x86_64.AppImage"
"$linuxdeploy" --appdir "$appdir" \
    --desktop-file "$appdir/usr/share/applications/io.github.vitae.Vitae.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/io.github.vitae.Vitae.png" \
    --plugin qt --output appimage

echo "Built $OUTPUT"

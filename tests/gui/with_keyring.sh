#!/bin/sh
# Runs a command against a real but throwaway Secret Service: a private
# D-Bus session (dbus-run-session) with gnome-keyring-daemon serving a fresh
# login keyring under a temporary HOME. The learner's own keyring, bus and
# home are never touched. When the session ends the bus goes, and the
# keyring daemon, which watches it, exits with it.
set -eu

work=$(mktemp -d "${TMPDIR:-/tmp}/vitae-keyring.XXXXXX")
cleanup() { rm -rf "$work"; }
trap cleanup EXIT INT TERM

export HOME="$work/home"
export XDG_RUNTIME_DIR="$work/run"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# No desktop: QtKeychain then picks the Secret Service (libsecret).
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION

# --unlock reads the new login keyring's password from stdin and creates it
# unlocked, so nothing prompts; --daemonize returns once it serves the bus.
status=0
dbus-run-session -- sh -c '
    printf "throwaway keyring password" |
        gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null || exit 77
    "$@"
' sh "$@" || status=$?
exit "$status"

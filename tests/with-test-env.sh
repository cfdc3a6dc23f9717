#!/usr/bin/env bash
# Runs a command with a throwaway HOME, its own D-Bus session and an unlocked gnome-keyring (a real
# Secret Service for QtKeychain), offscreen. Never touches the real home or keyring.
#   tests/with-test-env.sh build/tests/bench/soak_onboarding --n 1000
set -euo pipefail
TMP_HOME=$(mktemp -d)
trap 'rm -rf "$TMP_HOME"' EXIT
export HOME=$TMP_HOME XDG_RUNTIME_DIR=$TMP_HOME/run XDG_DATA_HOME=$TMP_HOME/data XDG_CONFIG_HOME=$TMP_HOME/config
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
mkdir -m700 "$XDG_RUNTIME_DIR"
unset DISPLAY
dbus-run-session -- bash -c 'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' soak "$@"

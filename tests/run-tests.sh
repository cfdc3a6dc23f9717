#!/usr/bin/env bash
# Runs ctest headless with a throwaway HOME, its own D-Bus session and an unlocked gnome-keyring
# (a real Secret Service for QtKeychain). Never touches the real home or keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=$(realpath "${BUILD_DIR:-build}")
TMP_HOME=$(mktemp -d)
trap 'rm -rf "$TMP_HOME"' EXIT
export HOME=$TMP_HOME XDG_RUNTIME_DIR=$TMP_HOME/run XDG_DATA_HOME=$TMP_HOME/data XDG_CONFIG_HOME=$TMP_HOME/config
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
mkdir -m700 "$XDG_RUNTIME_DIR"
unset DISPLAY
export BUILD_DIR CTEST_ARGS=${CTEST_ARGS:-} # e.g. CTEST_ARGS="-R tst_cli" for a subset
dbus-run-session -- bash -c '
  echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --timeout 600 $CTEST_ARGS
'

#!/usr/bin/env bash
# Runs a command with a throwaway HOME, its own D-Bus session and an unlocked gnome-keyring (a real
# Secret Service for QtKeychain), offscreen. Never touches the real home or keyring.
#   tests/with-test-env.sh build/tests/bench/soak_onboarding --n 1000
set -euo pipefail
source "$(dirname "$0")/test-env.sh"
dbus-run-session -- bash -c "$UNLOCK_KEYRING"'; exec "$@"' test-env "$@"

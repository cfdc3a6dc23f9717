#!/usr/bin/env bash
# Runs ctest headless with a throwaway HOME, its own D-Bus session and an unlocked gnome-keyring
# (a real Secret Service for QtKeychain). Never touches the real home or keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=$(realpath "${BUILD_DIR:-build}")
source tests/test-env.sh
export BUILD_DIR CTEST_ARGS=${CTEST_ARGS:-} # e.g. CTEST_ARGS="-R tst_cli" for a subset
status=0
dbus-run-session -- bash -c "$UNLOCK_KEYRING"'
  ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --timeout 600 $CTEST_ARGS
' || status=$?

# After the suite, nothing the tests left under the throwaway HOME (settings, SQLite stores with their
# -wal files, logs, the keyring's files) may hold a test secret or a token. Binary-safe; only file names
# are printed, never the match. The secrets: the emulator's demo service principals and the tests' own.
SECRETS=(tenantdesk-demo-secret Wz-secret-4471 'Sup3r-Secret-Pa55word!' dialog-secret-never-on-disk-7a41
    unavailable-keychain-secret-4f0c2b7e not-the-secret-42 wrong-secret-6d1f0a93c2)
patterns=()
for s in "${SECRETS[@]}"; do patterns+=(-e "$s"); done
leaks=$( (grep -rlasF -D skip "${patterns[@]}" "$TMP_HOME"
    grep -rlasE -D skip 'eyJ[A-Za-z0-9_-]{10,}\.' "$TMP_HOME") | sort -u || true)
if [ -n "$leaks" ]; then
    echo "A test secret or a token was left in these files under the test HOME:" >&2
    echo "${leaks//$TMP_HOME/\$HOME}" >&2
    [ "$status" -ne 0 ] || status=1
else
    echo "No test secret or token under the test HOME."
fi
exit "$status"

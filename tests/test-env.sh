# Sourced by run-tests.sh and with-test-env.sh: a throwaway HOME (removed on exit) with its own runtime
# directory, offscreen Qt, no DISPLAY. The caller starts its D-Bus session and keyring in it.
TMP_HOME=$(mktemp -d)
trap 'rm -rf "$TMP_HOME"' EXIT
export HOME=$TMP_HOME XDG_RUNTIME_DIR=$TMP_HOME/run XDG_DATA_HOME=$TMP_HOME/data XDG_CONFIG_HOME=$TMP_HOME/config
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
mkdir -m700 "$XDG_RUNTIME_DIR"
unset DISPLAY
# The command that unlocks a fresh gnome-keyring (a real Secret Service for QtKeychain) inside the session.
UNLOCK_KEYRING='echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null'

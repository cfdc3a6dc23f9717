#!/usr/bin/env bash
# ctest tst_emulator_msal: starts pbi-emulator with --tls and runs check.mjs (MSAL for Node) against it.
# Exits 77 (ctest's SKIP_RETURN_CODE) when node, tests/emulator/msal/node_modules (npm ci, done by
# .ci/deps) or the emulator's --tls is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
emulator=${1:?usage: run-check.sh PATH/TO/pbi-emulator}
command -v node >/dev/null || { echo "SKIP: node is not installed"; exit 77; }
[ -d "$here/node_modules/@azure/msal-node" ] || { echo "SKIP: run 'npm ci' in $here first"; exit 77; }
help=$("$emulator" --help 2>&1 || true)
grep -q -- '--tls' <<<"$help" || { echo "SKIP: this pbi-emulator has no --tls"; exit 77; }

dir=$(mktemp -d)
"$emulator" --tls --seed demo --state "$dir/state.json" >"$dir/stdout" 2>"$dir/stderr" &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT
for _ in $(seq 200); do
  grep -q . "$dir/stdout" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$dir/stderr"; echo "FAIL: the emulator did not start"; exit 1; }
  sleep 0.1
done
info=$(head -n 1 "$dir/stdout")
field() { node -e 'process.stdout.write(String(JSON.parse(process.argv[1])[process.argv[2]] ?? ""))' "$info" "$1"; }
login=$(field loginUrl)
ca=$(field caCertFile)
[ -n "$ca" ] || { echo "FAIL: no caCertFile in the startup line"; exit 1; }
CLIENT_SECRET=$(field clientSecret) node "$here/check.mjs" "$login/$(field tenantId)" "$(field clientId)" "$ca"

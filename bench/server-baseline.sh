#!/usr/bin/env bash
# Lakegate server baseline, embedded mode, in one run:
#   1. time from `java -jar` to /actuator/health UP: first start (PostgreSQL initdb) and a restart;
#   2. resident memory after start: the JVM and the embedded PostgreSQL;
#   3. requests/s with 16 concurrent clients for GET /api/v1/environments next to GET /actuator/health,
#      and their ratio (our per-request cost: authentication, authorization and the query).
# Usage: bench/server-baseline.sh [seconds-per-load-run]   (needs wrk: installed with apt-get if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-15}"

JAVA_HOME="$(bin/java-home)"
export JAVA_HOME
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f server/target/lakegate.jar ] || ./mvnw -q -B package -DskipTests

DATA=$(mktemp -d /tmp/lakegate-bench.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$DATA"; }
trap cleanup EXIT

start() {
  local started=$(date +%s%N)
  "$JAVA_HOME/bin/java" -jar server/target/lakegate.jar --server.port="$PORT" --lakegate.data-dir="$DATA" \
    --lakegate.demo.enabled=true >>"$DATA/server.log" 2>&1 &
  PID=$!
  until curl -sf "$BASE/actuator/health" | grep -q '"UP"'; do
    kill -0 "$PID" 2>/dev/null || { echo "server died; log:"; tail -50 "$DATA/server.log"; exit 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
}

stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

FIRST_MS=$(start)
stop
RESTART_MS=$(start)
sleep 2
JVM_RSS=$(rss_kb "$PID")
PG_RSS=0
for pid in $(pgrep -f "postgres.*$DATA" || true); do PG_RSS=$((PG_RSS + $(rss_kb "$pid"))); done

TOKEN=$(curl -sf -XPOST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"john","password":"demo"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
ENVIRONMENTS=$(curl -sf "$BASE/api/v1/environments" -H "Authorization: Bearer $TOKEN" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')

load() { wrk -t2 -c16 -d"${DURATION}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
# warm-up: JIT, connection pools
wrk -t2 -c16 -d5s "$BASE/actuator/health" >/dev/null
wrk -t2 -c16 -d5s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/environments" >/dev/null
HEALTH_RPS=$(load "$BASE/actuator/health")
ENV_RPS=$(load -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/environments")

printf '\nLakegate server baseline (%s cores, %ss per load run, 16 connections)\n' "$(nproc)" "$DURATION"
printf '  first start to healthy (initdb)   %6d ms\n' "$FIRST_MS"
printf '  restart to healthy                %6d ms   (aim < 10000 ms: %s)\n' "$RESTART_MS" \
  "$([ "$RESTART_MS" -lt 10000 ] && echo met || echo missed)"
printf '  resident memory: JVM %d MiB, PostgreSQL %d MiB\n' $((JVM_RSS / 1024)) $((PG_RSS / 1024))
printf '  GET /actuator/health              %10.0f req/s\n' "$HEALTH_RPS"
printf '  GET /api/v1/environments (%d)      %10.0f req/s\n' "$ENVIRONMENTS" "$ENV_RPS"
python3 -c "r=$ENV_RPS/$HEALTH_RPS; print(f'  ratio environments/health          {r:10.2f}   (aim >= 0.5: {\"met\" if r >= 0.5 else \"missed\"})')"

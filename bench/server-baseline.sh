#!/usr/bin/env bash
# Lakegate server baseline, embedded mode, in one run:
#   1. time from launch to /actuator/health UP: `java -jar` first start (PostgreSQL initdb) and restart,
#      and a restart through ./lakegate (unpacked jar with a JVM start-up cache), the README's run command;
#   2. resident memory after start: the JVM and the embedded PostgreSQL;
#   3. requests/s with 16 concurrent clients for GET /api/v1/environments next to GET /actuator/health,
#      and their ratio (our per-request cost: authentication, authorization and the query).
# Usage: bench/server-baseline.sh [seconds-per-load-run] [rounds]   (needs wrk: installed with apt-get if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10}"
ROUNDS="${2:-3}"

JAVA_HOME="$(bin/java-home)"
export JAVA_HOME
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f server/target/lakegate.jar ] || ./mvnw -q -B package -DskipTests

DATA=$(mktemp -d)
chmod 755 "$DATA"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$DATA"; }
trap cleanup EXIT

# starts the server in the background with the given launcher; sets PID and STARTUP_MS (until health is UP)
start() {
  local started=$(date +%s%N)
  "$@" --server.port="$PORT" --lakegate.data-dir="$DATA" --lakegate.demo.enabled=true >>"$DATA/server.log" 2>&1 &
  PID=$!
  until curl -sf "$BASE/actuator/health" | grep -q '"UP"'; do
    kill -0 "$PID" 2>/dev/null || { echo "server died; log:"; tail -50 "$DATA/server.log"; exit 1; }
    sleep 0.05
  done
  STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

JAR=("$JAVA_HOME/bin/java" -jar server/target/lakegate.jar)
./lakegate prepare   # unpacks the jar and records the start-up cache, if not done yet
start "${JAR[@]}"
FIRST_MS=$STARTUP_MS
stop
start "${JAR[@]}"
JAR_RESTART_MS=$STARTUP_MS
stop
start ./lakegate
RESTART_MS=$STARTUP_MS
sleep 2
JVM_RSS=$(rss_kb "$PID")
PG_RSS=0
for pid in $(pgrep -f "postgres.*$DATA" || true); do PG_RSS=$((PG_RSS + $(rss_kb "$pid"))); done

TOKEN=$(curl -sf -XPOST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"john","password":"demo"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
ENVIRONMENTS=$(curl -sf "$BASE/api/v1/environments" -H "Authorization: Bearer $TOKEN" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')

rps() { wrk -t2 -c16 -d"${DURATION}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
# warm-up until the JIT has settled (the numbers climb for the first half minute), then alternate the two
# endpoints so that both see the same machine; the medians of ROUNDS runs each are compared
for _ in 1 2 3; do
  rps "$BASE/actuator/health" >/dev/null
  rps -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/environments" >/dev/null
done
HEALTH=(); ENVS=()
for _ in $(seq "$ROUNDS"); do
  HEALTH+=("$(rps "$BASE/actuator/health")")
  ENVS+=("$(rps -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/environments")")
done
HEALTH_RPS=$(median "${HEALTH[@]}")
ENV_RPS=$(median "${ENVS[@]}")

printf '\nLakegate server baseline (%s cores, 16 connections, median of %s runs of %ss)\n' "$(nproc)" "$ROUNDS" "$DURATION"
printf '  java -jar, first start (initdb)   %6d ms\n' "$FIRST_MS"
printf '  java -jar, restart                %6d ms\n' "$JAR_RESTART_MS"
printf '  ./lakegate, restart               %6d ms   (aim < 10000 ms: %s)\n' "$RESTART_MS" \
  "$([ "$RESTART_MS" -lt 10000 ] && echo met || echo missed)"
printf '  resident memory: JVM %d MiB, PostgreSQL %d MiB\n' $((JVM_RSS / 1024)) $((PG_RSS / 1024))
printf '  GET /actuator/health              %10.0f req/s   (runs: %s)\n' "$HEALTH_RPS" "${HEALTH[*]}"
printf '  GET /api/v1/environments (%d)      %10.0f req/s   (runs: %s)\n' "$ENVIRONMENTS" "$ENV_RPS" "${ENVS[*]}"
python3 -c "r=$ENV_RPS/$HEALTH_RPS; print(f'  ratio environments/health          {r:10.2f}   (aim >= 0.5: {\"met\" if r >= 0.5 else \"missed\"})')"

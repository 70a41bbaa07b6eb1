#!/usr/bin/env bash
# Lakegate datasets benchmark, embedded mode, in one run:
#   1. upload of a 1 GiB file through the API (raw body, streamed) next to `cp` of the same file on the same
#      disk, with the JVM's peak resident memory during the upload (flat memory: it must not grow with the file);
#   2. a crawl of 1,000 CSV files in 50 directories (50 tables), from the request to the finished job.
# Usage: bench/datasets.sh [size-in-MiB]   (default 1024)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MIB="${1:-1024}"

JAVA_HOME="$(bin/java-home)"
export JAVA_HOME
[ -f server/target/lakegate.jar ] || ./mvnw -q -B package -DskipTests

DATA=$(mktemp -d)
chmod 755 "$DATA"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$DATA"; }
trap cleanup EXIT

"$JAVA_HOME/bin/java" -jar server/target/lakegate.jar --server.port="$PORT" --lakegate.data-dir="$DATA" \
  --lakegate.demo.enabled=true >>"$DATA/server.log" 2>&1 &
PID=$!
until curl -sf "$BASE/actuator/health" | grep -q '"UP"'; do
  kill -0 "$PID" 2>/dev/null || { echo "server died; log:"; tail -50 "$DATA/server.log"; exit 1; }
  sleep 0.1
done

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
TOKEN=$(curl -sf -XPOST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"john","password":"demo"}' | json '["access_token"]')
AUTH=(-H "Authorization: Bearer $TOKEN")
ORG=$(curl -sf "${AUTH[@]}" "$BASE/api/v1/organizations" | json '["items"][0]["uri"]')
ENV=$(curl -sf "${AUTH[@]}" "$BASE/api/v1/environments?term=Data%20Science" | json '["items"][0]["uri"]')
DATASET=$(curl -sf "${AUTH[@]}" -XPOST "$BASE/api/v1/datasets" -H 'Content-Type: application/json' -d "{
  \"environmentUri\": \"$ENV\", \"name\": \"bench\", \"ownerTeam\": \"DataScienceTeam\",
  \"confidentiality\": \"UNCLASSIFIED\", \"topics\": [\"Bench\"], \"tags\": [\"bench\"]}" | json '["uri"]')
LOCATION=$(curl -sf "${AUTH[@]}" "$BASE/api/v1/datasets/$DATASET" | json '["storageLocation"]')

# 1. upload vs cp, same source file, same target disk (the data directory)
SOURCE="$DATA/source.bin"
head -c "$((SIZE_MIB * 1024 * 1024))" /dev/urandom >"$SOURCE"
sync
seconds() { python3 -c "print(($2 - $1) / 1e9)"; }
start=$(date +%s%N); cp "$SOURCE" "$DATA/copy.bin"; sync; end=$(date +%s%N)
CP_S=$(seconds "$start" "$end")
rm -f "$DATA/copy.bin"

PEAK_FILE="$DATA/peak"
( peak=0; while kill -0 "$PID" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status" 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss && echo "$peak" >"$PEAK_FILE"
    sleep 0.05; done ) &
SAMPLER=$!
BEFORE_KB=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
start=$(date +%s%N)
curl -sf "${AUTH[@]}" -XPOST -H 'Content-Type: application/octet-stream' -T "$SOURCE" \
  "$BASE/api/v1/datasets/$DATASET/uploads?prefix=big&filename=big.bin" >/dev/null
sync; end=$(date +%s%N)
UPLOAD_S=$(seconds "$start" "$end")
kill "$SAMPLER" 2>/dev/null || true
PEAK_KB=$(cat "$PEAK_FILE" 2>/dev/null || echo "$BEFORE_KB")
cmp -s "$SOURCE" "$LOCATION/big/big.bin" || { echo "uploaded file differs from the source"; exit 1; }
rm -f "$SOURCE"

# 2. crawl of 1,000 CSV files in 50 directories
python3 - "$LOCATION" <<'PY'
import os, random, sys
root = sys.argv[1]
random.seed(7)
for d in range(50):
    directory = os.path.join(root, "crawl", f"table_{d:02d}")
    os.makedirs(directory, exist_ok=True)
    for f in range(20):
        with open(os.path.join(directory, f"part-{f:03d}.csv"), "w") as out:
            out.write("id,name,amount,day\n")
            for r in range(100):
                out.write(f"{r},name {r},{random.random() * 1000:.2f},2024-01-{1 + r % 28:02d}\n")
PY
start=$(date +%s%N)
JOB=$(curl -sf "${AUTH[@]}" -XPOST -H 'Content-Type: application/json' -d '{"prefix":"crawl"}' \
  "$BASE/api/v1/datasets/$DATASET/crawls" | json '["uri"]')
until STATUS=$(curl -sf "${AUTH[@]}" "$BASE/api/v1/datasets/$DATASET/jobs/$JOB" | json '["status"]') && \
      [ "$STATUS" = SUCCEEDED ] || [ "$STATUS" = FAILED ]; do sleep 0.05; done
end=$(date +%s%N)
CRAWL_S=$(seconds "$start" "$end")
CREATED=$(curl -sf "${AUTH[@]}" "$BASE/api/v1/datasets/$DATASET/jobs/$JOB" | json '["result"]["created"].__len__()')

printf '\nLakegate datasets benchmark (%s cores)\n' "$(nproc)"
python3 - <<PY
size = $SIZE_MIB
cp, up = $CP_S, $UPLOAD_S
print(f"  cp of {size} MiB                 {size / cp:8.0f} MiB/s  ({cp:.2f} s)")
print(f"  upload of {size} MiB via the API  {size / up:8.0f} MiB/s  ({up:.2f} s)")
ratio = cp / up
print(f"  ratio upload/cp                  {ratio:8.2f}        (aim >= 0.7: {'met' if ratio >= 0.7 else 'missed'})")
print(f"  JVM resident memory: {$BEFORE_KB // 1024} MiB before, {$PEAK_KB // 1024} MiB peak during the upload")
print(f"  crawl of 1,000 CSV files in 50 directories: {$CRAWL_S:.2f} s, status $STATUS, {$CREATED} tables created")
PY

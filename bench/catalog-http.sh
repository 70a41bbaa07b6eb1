#!/usr/bin/env bash
# Catalog search of a running server, in one run: PostgreSQL and the server jar (heap $LAKEGATE_BENCH_HEAP,
# default 1g) of its own, N synthetic assets written into the database with COPY, then a full reindex through
# the API (assets/s), 1,000 mixed faceted searches over HTTP (p50, p90, p99) next to the same searches as
# ILIKE SQL over the same rows, and the server's peak heap. Everything runs in a temporary directory, removed afterwards.
# ILIKE takes seconds a query over a million assets: LAKEGATE_BENCH_ILIKE_QUERIES (default 1000) runs an even sample.
# Usage: bench/catalog-http.sh [assets]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
ASSETS="${1:-1000000}"
HEAP="${LAKEGATE_BENCH_HEAP:-1g}"
ILIKE_QUERIES="${LAKEGATE_BENCH_ILIKE_QUERIES:-1000}"
JAR=server/target/lakegate.jar

JAVA_HOME="$(bin/java-home)"
export JAVA_HOME
if [ ! -f "$JAR" ] || [ -n "$(find pom.xml server/pom.xml server/src/main ui/pom.xml ui/package-lock.json ui/index.html ui/src -newer "$JAR" -print -quit)" ]; then
  ./mvnw -q -B package -DskipTests
fi
CLASSPATH="$(bench/server-classpath.sh)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# PostgreSQL refuses to run as root: then it runs as nobody, who must reach its directory inside
chmod 711 "$WORK"
"$JAVA_HOME/bin/java" -Xmx512m \
  -cp "$CLASSPATH" \
  io.lakegate.bench.CatalogHttpBench "$WORK" "$ASSETS" "$HEAP" "$ILIKE_QUERIES"

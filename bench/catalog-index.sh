#!/usr/bin/env bash
# Catalog index at scale, in one run, in-process: a full reindex of N synthetic assets (assets/s), then 1,000
# mixed faceted queries (p50, p90, p99), hostile queries, and upsert-to-searchable times.
# Usage: bench/catalog-index.sh [assets]   (default 1000000)
#   index under $LAKEGATE_BENCH_DATA (default a temporary directory), removed afterwards; heap $LAKEGATE_BENCH_HEAP (default 1g)
set -euo pipefail
cd "$(dirname "$0")/.."
ASSETS="${1:-1000000}"
HEAP="${LAKEGATE_BENCH_HEAP:-1g}"

JAVA_HOME="$(bin/java-home)"
export JAVA_HOME
CLASSPATH="$(bench/server-classpath.sh)"
DATA="${LAKEGATE_BENCH_DATA:-$(mktemp -d)}"
INDEX="$DATA/catalog-index"
trap 'rm -rf "$INDEX"' EXIT
rm -rf "$INDEX"
"$JAVA_HOME/bin/java" -Xmx"$HEAP" -Xms"$HEAP" --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  -cp "$CLASSPATH" \
  io.lakegate.bench.CatalogIndexBench "$INDEX" "$ASSETS"
echo "index size on disk: $(du -sh "$INDEX" | cut -f1)"

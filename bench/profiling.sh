#!/usr/bin/env bash
# Profiling of a 10-million-row Parquet table next to DuckDB's own SUMMARIZE of the same file, in one run:
# both on one sandboxed DuckDB connection with the query engine's default settings (2 GB memory limit, all
# cores, configuration locked), each timed for a number of rounds, alternating; prints the medians and the
# ratio profiler/SUMMARIZE (aim <= 2). The file (about 400 MB) is generated once and kept for the next runs.
# Usage: bench/profiling.sh [rounds]      data: $LAKEGATE_BENCH_DATA, default ${TMPDIR:-/tmp}/lakegate-bench-profiling
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
DATA="${LAKEGATE_BENCH_DATA:-${TMPDIR:-/tmp}/lakegate-bench-profiling}"

JAVA_HOME="$(bin/java-home)"
export JAVA_HOME
./mvnw -q -B -pl server test-compile
./mvnw -q -B -pl server dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
  -cp "server/target/test-classes:server/target/classes:$(cat server/target/bench-classpath.txt)" \
  io.lakegate.bench.ProfilingBench "$DATA" "$ROUNDS"

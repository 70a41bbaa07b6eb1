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
CLASSPATH="$(bench/server-classpath.sh)"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
  -cp "$CLASSPATH" \
  io.lakegate.bench.ProfilingBench "$DATA" "$ROUNDS"

#!/usr/bin/env bash
# Worksheets benchmark, in one run against Lakegate as its own process (demo mode, embedded PostgreSQL), over a
# generated 10-million-row Parquet fact table (10 files) and a 1,000-row dimension table in a dataset of john's:
#   1. the set-up a query costs: `select 1` through the API (p50, p90 of 200, which also warm Lakegate's JVM), and
#      in-process a sandbox over the dataset's tables opened, `select 1` stored and closed (aim: p50 <= 20 ms), and a
#      team's warm sandbox taken, `select 1` stored and given back;
#   2. five analytic queries (filter, group-by, join, top-N, window) through the worksheet API next to DuckDB over
#      JDBC on the same files, with Lakegate's default engine settings, alternating, median of 7 rounds after 3 of
#      warm-up, and the ratio API / JDBC (aim: median ratio <= 1.2);
#   3. 8 users of 4 teams (each granted the dataset by a share) running small queries for 20 s (queries/s, p50, p99).
# The data directory (about 300 MB) is deleted after a successful run.
# Usage: bench/worksheets.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA_HOME="$(bin/java-home)"
export JAVA_HOME
CLASSPATH="$(bench/server-classpath.sh)"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
  -cp "$CLASSPATH" \
  io.lakegate.bench.WorksheetBench

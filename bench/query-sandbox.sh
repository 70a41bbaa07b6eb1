#!/usr/bin/env bash
# Query sandbox set-up time, in one run: QuerySandboxes.open with 1, 10 and 100 tables (p50, p90, max over many
# opens), and a first small query in an open sandbox.
# Usage: bench/query-sandbox.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA_HOME="$(bin/java-home)"
export JAVA_HOME
CLASSPATH="$(bench/server-classpath.sh)"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
  -cp "$CLASSPATH" \
  io.lakegate.query.SandboxOpenBenchmark

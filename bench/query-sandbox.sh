#!/usr/bin/env bash
# Query sandbox set-up time, in one run: QuerySandboxes.open with 1, 10 and 100 tables (p50, p90, max over many
# opens), and a first small query in an open sandbox.
# Usage: bench/query-sandbox.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA_HOME="$(bin/java-home)"
export JAVA_HOME
./mvnw -q -B -o test-compile -pl server
CLASSPATH_FILE=$(mktemp)
trap 'rm -f "$CLASSPATH_FILE"' EXIT
./mvnw -q -B -o dependency:build-classpath -pl server -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
  -cp "server/target/test-classes:server/target/classes:$(cat "$CLASSPATH_FILE")" \
  io.lakegate.query.SandboxOpenBenchmark

#!/usr/bin/env bash
# Compiles the server and its tests, and prints the class path the benchmarks run with (tests, classes, dependencies).
# The ui module is built in the same reactor without npm (benchmarks do not serve the web UI), so nothing has to be
# installed into the local Maven repository first.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(bin/java-home)"
export JAVA_HOME
./mvnw -q -B -pl server -am -Dskip.npm test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt >&2
echo "server/target/test-classes:server/target/classes:$(cat server/target/bench-classpath.txt)"

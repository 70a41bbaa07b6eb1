#!/usr/bin/env bash
# Share benchmark, in one run against Lakegate as its own process (demo mode, embedded PostgreSQL):
#   1. access after approval: for 100 shares (each a consumption principal asking for one table), the time from
#      the approve call's answer to the principal's first successful preview, and from the call to it (p50, p99);
#   2. processing throughput: 1,000 submitted shares approved by 8 concurrent clients with wait=false, from the
#      first approval to the last share Processed (shares per second).
# Usage: bench/shares.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA_HOME="$(bin/java-home)"
export JAVA_HOME
CLASSPATH="$(bench/server-classpath.sh)"
"$JAVA_HOME/bin/java" -cp "$CLASSPATH" \
  io.lakegate.bench.ShareBench

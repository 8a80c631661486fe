#!/usr/bin/env bash
# Throughput of one worker's rewrite stage against a model with latency L (default 2 s) and max-in-flight M
# (default 64), compared with the bound M/L, plus the worker's RSS. Everything on 127.0.0.1; stops by itself.
#   deploy/bench/rewrite-throughput.sh [-Dbench.maxInFlight=64] [-Dbench.latencyMs=2000] [-Dbench.waves=6]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx1g "$@" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.copydesk.bench.RewriteThroughputBench

#!/usr/bin/env bash
# Ingest's text handling on pathological bodies (runs of one character, unclosed quotes and brackets, thousands of
# _ and *, deep nesting, combining marks, lone surrogates...) at 40,000 and 200,000 characters: today's code against
# the code before issue 8, timed in the same run, with the ratio. Single-threaded, local, stops by itself.
#   deploy/bench/ingest-text.sh [-Dbench.deadlineSeconds=30]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -Xss1m -Xmx1g "$@" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.copydesk.ingest.IngestTextBench

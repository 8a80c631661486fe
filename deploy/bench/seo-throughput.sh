#!/usr/bin/env bash
# Records/s of the SEO stage end to end (the packaged worker reading articles.rewritten, publishing) against a plain
# kafka-clients consume->produce loop over the same payloads and partitions, and the ratio (target >= 50 %).
# Everything on 127.0.0.1 (in-process broker, worker as a child process); bounded in records and by a deadline.
#   deploy/bench/seo-throughput.sh [-Dbench.records=4000] [-Dbench.warmUp=4000]
#   BENCH_WORKER_COPYDESK_SEO_MAX_IN_FLIGHT=32 deploy/bench/seo-throughput.sh   # any worker setting, by env
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx1g "$@" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.copydesk.bench.SeoThroughputBench

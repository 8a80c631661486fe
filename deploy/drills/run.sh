#!/usr/bin/env bash
# The drill suite of issue 9: broker restart, worker SIGKILL, SIGTERM under load, a worker joining and leaving,
# a model outage then 429s, hostile inputs. Each drill runs on a fresh Kafka broker (child process, data under
# target/drills/) with the packaged worker as child processes and the OpenAI-compatible stub; an auditor reads every
# output topic and accounts for each input x locale. Prints the table and writes target/drills/drill-table.md.
# Loopback only, every wait bounded, stops by itself; exits non-zero if an input was lost or an older version
# published over a newer one.
#   deploy/drills/run.sh [--quick] [--only N[,M...]]     (full run: under 20 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
if [[ ! -f target/quarkus-app/quarkus-run.jar || -n "$(find src/main pom.xml -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]]; then
  mvn -B -q package -DskipTests
fi
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/drills-classpath.txt
exec java -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "target/test-classes:target/classes:$(cat target/drills-classpath.txt)" \
  dev.copydesk.drills.Drills "$@"

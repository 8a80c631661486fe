#!/usr/bin/env bash
# Sends dead letters of one reason back to their source topic, after a fix (README: "Replay and re-drive").
#
#   deploy/redrive.sh --reason <code> [--since <time>] [--dry-run]
#   deploy/redrive.sh --help
#
# Runs the worker's jar as a command: it never starts the worker, joins no consumer group and calls no model. It
# reads the worker's configuration (KAFKA_BOOTSTRAP_SERVERS, COPYDESK_TOPICS_*, ...), so run it with the worker's
# environment. COPYDESK_JAR names the jar (default: target/quarkus-app/quarkus-run.jar of this checkout); JAVA_OPTS
# is passed to java. Exit status: 0 done, 1 failed (e.g. broker unreachable), 2 bad arguments.
set -euo pipefail
jar="${COPYDESK_JAR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/quarkus-app/quarkus-run.jar}"
if [[ ! -f "$jar" ]]; then
  echo "redrive.sh: no jar at $jar: build it (mvn -B package -DskipTests) or set COPYDESK_JAR" >&2
  exit 1
fi
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec java ${JAVA_OPTS:-} -jar "$jar" redrive "$@"

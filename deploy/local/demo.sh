#!/usr/bin/env bash
# Runs copydesk end to end on this machine, no Docker, no cloud account:
# builds the worker if needed, starts a local Kafka broker (child process, 127.0.0.1), starts the worker, sends the
# sample raw article(s), prints the published article(s) and the metrics, then stops everything it started.
#
#   deploy/local/demo.sh [SAMPLE.json ...]        (default: deploy/local/samples/*.json)
#
# Without COPYDESK_LLM_BASE_URL the worker runs its passthrough engine (no rewrite, honestly marked for review).
# With COPYDESK_LLM_BASE_URL, COPYDESK_LLM_MODEL and COPYDESK_LLM_API_KEY set (any OpenAI-compatible server), or
# COPYDESK_LLM_PROVIDER=ollama, the same command performs the real rewrite.
# Environment: KAFKA_PORT (9092), DEMO_HTTP_PORT (8089), DEMO_TIMEOUT_S (600).
set -euo pipefail

readonly HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly ROOT="$(cd "$HERE/../.." && pwd)"
readonly RUN_DIR="$HERE/.run"
readonly JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
export KAFKA_PORT="${KAFKA_PORT:-9092}"
readonly HTTP_PORT="${DEMO_HTTP_PORT:-8089}"
readonly TIMEOUT_S="${DEMO_TIMEOUT_S:-600}"
readonly WORKER_LOG="$RUN_DIR/worker.log"

log() { echo "demo: $*"; }

worker_pid=""
started_kafka=false
cleanup() {
  if [[ -n "$worker_pid" ]] && kill -0 "$worker_pid" 2>/dev/null; then
    log "stopping the worker"
    kill "$worker_pid" 2>/dev/null || true
    wait "$worker_pid" 2>/dev/null || true
  fi
  if $started_kafka; then
    "$HERE/kafka.sh" stop
  fi
}
trap cleanup EXIT

samples=("$@")
if [[ ${#samples[@]} -eq 0 ]]; then
  samples=("$HERE"/samples/*.json)
fi

mkdir -p "$RUN_DIR"
if [[ ! -f "$JAR" ]] || [[ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]]; then
  log "building the worker (mvn package)"
  mvn -B -q -f "$ROOT/pom.xml" package -DskipTests
fi

if timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$KAFKA_PORT" 2>/dev/null; then
  log "using the broker already listening on 127.0.0.1:$KAFKA_PORT"
else
  "$HERE/kafka.sh" start
  started_kafka=true
fi

log "starting the worker (log: $WORKER_LOG)"
# The local profile: one broker, so topics with one replica (README, Operations).
KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" QUARKUS_HTTP_PORT="$HTTP_PORT" \
  java -Xmx1g -Dquarkus.profile=local -jar "$JAR" >"$WORKER_LOG" 2>&1 &
worker_pid=$!

deadline=$((SECONDS + 90))
until curl -fs "http://127.0.0.1:$HTTP_PORT/q/health/ready" >/dev/null 2>&1; do
  if ! kill -0 "$worker_pid" 2>/dev/null || ((SECONDS > deadline)); then
    tail -n 30 "$WORKER_LOG" >&2
    log "the worker did not become ready; see $WORKER_LOG" >&2
    exit 1
  fi
  sleep 1
done
grep -m1 "rewrite engine:" "$WORKER_LOG" | sed 's/^.*rewrite engine/demo: rewrite engine/' || true

java -cp "$RUN_DIR/lib/*" "$HERE/DemoClient.java" "127.0.0.1:$KAFKA_PORT" "$TIMEOUT_S" "${samples[@]}"

echo
log "worker meters (http://127.0.0.1:$HTTP_PORT/q/metrics):"
curl -fs "http://127.0.0.1:$HTTP_PORT/q/metrics" | grep -E '^copydesk_' || true

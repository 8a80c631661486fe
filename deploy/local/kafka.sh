#!/usr/bin/env bash
# A single-node Kafka (KRaft) on 127.0.0.1 for local demos, run as a plain Java child process: no Docker.
#
#   deploy/local/kafka.sh start | stop | status
#
# Environment: KAFKA_PORT (default 9092), KAFKA_CONTROLLER_PORT (default 9093).
# Everything it creates lives in deploy/local/.run/ (git-ignored): lib/, data/, server.properties,
# kafka.pid and kafka.log. Delete .run/data to start from an empty broker.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly HERE
readonly RUN_DIR="$HERE/.run"
readonly LIB_DIR="$RUN_DIR/lib"
readonly DATA_DIR="$RUN_DIR/data"
readonly CONFIG="$RUN_DIR/server.properties"
readonly PID_FILE="$RUN_DIR/kafka.pid"
readonly LOG_FILE="$RUN_DIR/kafka.log"
readonly KAFKA_JAR="kafka_2.13-4.1.2.jar"
readonly KAFKA_PORT="${KAFKA_PORT:-9092}"
readonly KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
readonly START_TIMEOUT_S=60
readonly STOP_TIMEOUT_S=20

log() { echo "kafka.sh: $*"; }
die() { echo "kafka.sh: $*" >&2; exit 1; }

readonly JAVA_CMD=(java -Xmx512m -Dlog4j2.configurationFile="$HERE/log4j2.yaml" -cp "$LIB_DIR/*")

# The pid is only ours while it still runs kafka.Kafka; after a reboot it may belong to anything.
running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(<"$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka' || return 1
  echo "$pid"
}

# The port of the running broker, which KAFKA_PORT in the current shell may not match.
running_port() {
  sed -n 's|^advertised\.listeners=PLAINTEXT://127\.0\.0\.1:\([0-9]*\)$|\1|p' "$CONFIG" 2>/dev/null
}

port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

ensure_lib() {
  [[ -f "$LIB_DIR/$KAFKA_JAR" ]] && return
  log "copying Kafka jars into $LIB_DIR (first start only)"
  # Copy into a scratch folder first so that an interrupted download never looks complete.
  local staging="$LIB_DIR.partial"
  rm -rf "$staging"
  if ! mvn -B -q -f "$HERE/kafka-lib.pom.xml" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$staging" >"$RUN_DIR/mvn-lib.log" 2>&1 \
      || [[ ! -f "$staging/$KAFKA_JAR" ]]; then
    cat "$RUN_DIR/mvn-lib.log" >&2
    die "copying the Kafka jars failed (log above, also in $RUN_DIR/mvn-lib.log)"
  fi
  rm -rf "$LIB_DIR"
  mv "$staging" "$LIB_DIR"
}

write_config() {
  sed -e "s|@LOG_DIRS@|$DATA_DIR|" \
      -e "s|127\.0\.0\.1:9092|127.0.0.1:$KAFKA_PORT|g" \
      -e "s|127\.0\.0\.1:9093|127.0.0.1:$KAFKA_CONTROLLER_PORT|g" \
      "$HERE/server.properties" >"$CONFIG"
}

ensure_formatted() {
  [[ -f "$DATA_DIR/meta.properties" ]] && return
  local cluster_id
  cluster_id="$("${JAVA_CMD[@]}" kafka.tools.StorageTool random-uuid | tail -n 1)"
  log "formatting $DATA_DIR (cluster id $cluster_id)"
  "${JAVA_CMD[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$CONFIG" >>"$LOG_FILE" 2>&1 \
    || die "formatting the storage failed; see $LOG_FILE"
}

wait_until_listening() {
  local pid="$1" deadline=$((SECONDS + START_TIMEOUT_S))
  until port_open "$KAFKA_PORT"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      tail -n 20 "$LOG_FILE" >&2 || true
      die "the broker exited during startup; see $LOG_FILE"
    fi
    if ((SECONDS >= deadline)); then
      die "port $KAFKA_PORT not open after ${START_TIMEOUT_S}s (pid $pid still running); see $LOG_FILE"
    fi
    sleep 0.5
  done
}

start() {
  local pid
  if pid="$(running_pid)"; then
    log "already running (pid $pid) on 127.0.0.1:$(running_port)"
    return
  fi
  port_open "$KAFKA_PORT" && die "127.0.0.1:$KAFKA_PORT is taken by another process; set KAFKA_PORT"
  port_open "$KAFKA_CONTROLLER_PORT" && die "127.0.0.1:$KAFKA_CONTROLLER_PORT is taken by another process; set KAFKA_CONTROLLER_PORT"

  mkdir -p "$RUN_DIR"
  ensure_lib
  write_config
  ensure_formatted

  nohup "${JAVA_CMD[@]}" kafka.Kafka "$CONFIG" >>"$LOG_FILE" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PID_FILE"
  wait_until_listening "$pid"
  log "started (pid $pid), bootstrap servers 127.0.0.1:$KAFKA_PORT, log $LOG_FILE"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    log "not running"
    return
  fi
  kill -TERM "$pid"
  local deadline=$((SECONDS + STOP_TIMEOUT_S))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "no clean stop after ${STOP_TIMEOUT_S}s, killing pid $pid"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

status() {
  local pid port
  if pid="$(running_pid)"; then
    port="$(running_port)"
    if port_open "$port"; then
      log "running (pid $pid), listening on 127.0.0.1:$port"
    else
      log "running (pid $pid), not listening on 127.0.0.1:$port yet"
    fi
  else
    log "stopped"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: $0 start|stop|status" ;;
esac

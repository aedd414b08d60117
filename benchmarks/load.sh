#!/usr/bin/env bash
# End-to-end load (README "Benchmarks" → "End-to-end load (time to flag)"): builds, starts the service on free
# loopback ports with a temporary data directory, runs LoadDriver against it, stops the service.
# Run from the repository root. Extra arguments go to LoadDriver, e.g.
#   benchmarks/load.sh --associations 2 --rate 2 --seconds 60 --file ../shared/data/dicom/original/wg04/RG2_UNC.dcm
# SKIP_BUILD=1 uses the jars already built; KEEP_LOGS=DIR keeps the service's (and storescp's) log there;
# SERVICE_LOG_LEVEL=INFO logs more of org.fxtriage than the default WARN.
#
# --results (or --results=N for N destinations) also measures results delivery (README "Benchmarks" →
# "Results delivery (inference done → PACS)"): N dcmtk storescp processes act as the PACS (each on a free port,
# files into the temporary directory), the service sends its results to them with the quiet delay set to 0,
# and after the run LoadDriver waits for the outbox to drain and reports delivery times, encode times, dead
# letters and whether each storescp holds every SENT object exactly once. RESULTS_QUIET_DELAY=SECONDS runs the
# service with that quiet delay instead of 0 (e.g. 10, the default, to see the goal directly; the report adds
# the difference to the default to the figures either way). storescp 3.6.7 has no bind option:
# it listens on all interfaces, on an ephemeral port, for the duration of the run only; we send over loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS=0
DRIVER_ARGS=()
for a in "$@"; do
  case "$a" in
    --results) RESULTS=1 ;;
    --results=*) RESULTS=${a#--results=} ;;
    *) DRIVER_ARGS+=("$a") ;;
  esac
done
[[ "$RESULTS" =~ ^[0-9]+$ ]] || { echo "--results=N: N is a number of destinations, got '$RESULTS'" >&2; exit 2; }
QUIET=${RESULTS_QUIET_DELAY:-0}
[[ "$QUIET" =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "RESULTS_QUIET_DELAY is in seconds, got '$QUIET'" >&2; exit 2; }
if (( RESULTS > 0 )); then
  command -v storescp >/dev/null || { echo "--results needs dcmtk's storescp: apt-get install dcmtk" >&2; exit 2; }
fi

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -B -q -o -pl service,benchmarks -am -DskipTests package
fi

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
HTTP_PORT=$(free_port)
DICOM_PORT=$(free_port)
DATA_DIR=$(mktemp -d)
PASSWORD="load-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
LOG="$DATA_DIR/service.log"
PIDS=()
stop() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  if [[ -n "${KEEP_LOGS:-}" ]]; then mkdir -p "$KEEP_LOGS" && cp "$DATA_DIR"/*.log "$KEEP_LOGS"/ 2>/dev/null || true; fi
  rm -rf "$DATA_DIR"
}
trap stop EXIT

DESTINATIONS=()
for i in $(seq 1 "$RESULTS"); do
  port=$(free_port)
  aet=STORESCP
  if (( i > 1 )); then aet=STORESCP$i; fi
  mkdir -p "$DATA_DIR/pacs$i"
  # +uf: a unique file per received object, so an object stored twice shows as two files.
  storescp +uf -aet "$aet" -od "$DATA_DIR/pacs$i" "$port" >"$DATA_DIR/storescp$i.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 100); do (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done
  DESTINATIONS+=("$aet@127.0.0.1:$port")
  DRIVER_ARGS+=(--results-received "$aet@127.0.0.1:$port=$DATA_DIR/pacs$i")
done
RESULTS_ENV=()
if (( RESULTS > 0 )); then
  QUIET_MS=$(awk -v s="$QUIET" 'BEGIN {printf "%d", s * 1000}')
  RESULTS_ENV=(FXTRIAGE_RESULTS_DESTINATIONS="$(IFS=,; echo "${DESTINATIONS[*]}")" FXTRIAGE_RESULTS_QUIET_DELAY="${QUIET_MS}ms")
  DRIVER_ARGS+=(--results-quiet-delay "$QUIET")
  echo "results to ${DESTINATIONS[*]} (dcmtk storescp), quiet delay $QUIET s"
fi

env "${RESULTS_ENV[@]}" FXTRIAGE_DATA_DIR="$DATA_DIR" FXTRIAGE_HTTP_PORT=$HTTP_PORT FXTRIAGE_DICOM_PORT=$DICOM_PORT \
  FXTRIAGE_DICOM_BIND_HOST=127.0.0.1 MICRONAUT_SERVER_HOST=127.0.0.1 \
  FXTRIAGE_ADMIN_PASSWORD="$PASSWORD" FXTRIAGE_LOG_LEVEL="${SERVICE_LOG_LEVEL:-WARN}" \
  java ${SERVICE_JAVA_OPTS:-} -jar service/target/service.jar >"$LOG" 2>&1 &
SERVICE_PID=$!
PIDS=("$SERVICE_PID" "${PIDS[@]}")

for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$HTTP_PORT/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVICE_PID" 2>/dev/null; then echo "service exited:"; tail -50 "$LOG"; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$HTTP_PORT/health" >/dev/null || { echo "service not healthy after 180 s"; tail -50 "$LOG"; exit 1; }
echo "service pid $SERVICE_PID on 127.0.0.1 http $HTTP_PORT dicom $DICOM_PORT; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

set +e
# The dicom-gateway jar carries its own logback.xml: name ours, so logback does not report the clash at start-up.
java -Dlogback.configurationFile=benchmarks/target/classes/logback.xml -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
  org.fxtriage.bench.load.LoadDriver \
  --target "127.0.0.1:$HTTP_PORT:$DICOM_PORT" --user admin --password "$PASSWORD" --service-pid "$SERVICE_PID" "${DRIVER_ARGS[@]}"
RC=$?
set -e
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# The service logs at WARN here: anything it logged is worth seeing before the directory goes.
if grep -qE ' (WARN|ERROR) ' "$LOG"; then
  echo "service log: $(grep -cE ' (WARN|ERROR) ' "$LOG") WARN/ERROR line(s), the last 20:"
  grep -E ' (WARN|ERROR) ' "$LOG" | tail -20
fi
exit $RC

#!/usr/bin/env bash
# End-to-end load (README "Benchmarks" → "End-to-end load (time to flag)"): builds, starts the service on free
# loopback ports with a temporary data directory, runs LoadDriver against it, stops the service.
# Run from the repository root. Extra arguments go to LoadDriver, e.g.
#   benchmarks/load.sh --associations 2 --rate 2 --seconds 60 --file ../shared/data/dicom/original/wg04/RG2_UNC.dcm
# SKIP_BUILD=1 uses the jars already built.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -B -q -o -pl service,benchmarks -am -DskipTests package
fi

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
HTTP_PORT=$(free_port)
DICOM_PORT=$(free_port)
DATA_DIR=$(mktemp -d)
PASSWORD="load-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
LOG="$DATA_DIR/service.log"

FXTRIAGE_DATA_DIR="$DATA_DIR" FXTRIAGE_HTTP_PORT=$HTTP_PORT FXTRIAGE_DICOM_PORT=$DICOM_PORT \
  FXTRIAGE_DICOM_BIND_HOST=127.0.0.1 MICRONAUT_SERVER_HOST=127.0.0.1 \
  FXTRIAGE_ADMIN_PASSWORD="$PASSWORD" FXTRIAGE_LOG_LEVEL=WARN \
  java ${SERVICE_JAVA_OPTS:-} -jar service/target/service.jar >"$LOG" 2>&1 &
SERVICE_PID=$!
stop() {
  kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
  rm -rf "$DATA_DIR"
}
trap stop EXIT

for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$HTTP_PORT/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVICE_PID" 2>/dev/null; then echo "service exited:"; tail -50 "$LOG"; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$HTTP_PORT/health" >/dev/null || { echo "service not healthy after 180 s"; tail -50 "$LOG"; exit 1; }
echo "service pid $SERVICE_PID on 127.0.0.1 http $HTTP_PORT dicom $DICOM_PORT; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

set +e
java -cp "benchmarks/target/classes:benchmarks/target/lib/*" org.fxtriage.bench.load.LoadDriver \
  --target "127.0.0.1:$HTTP_PORT:$DICOM_PORT" --user admin --password "$PASSWORD" --service-pid "$SERVICE_PID" "$@"
RC=$?
set -e
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $RC

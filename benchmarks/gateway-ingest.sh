#!/usr/bin/env bash
# Gateway ingest benchmark: our C-STORE SCP (fsync + atomic rename + journal per instance) against
# dcmtk storescp (--fork, writing files normally, no fsync) on this machine, same files, same sender
# (dcmtk storescu, new SOP Instance UID per image with +II so nothing is a duplicate).
#
#   benchmarks/gateway-ingest.sh [runs] [images-per-association]
#
# Prints, per file and concurrency (1 and 4 associations), the median over the runs of files/s and
# MB/s for both receivers and the ratio ours/storescp. Needs dcmtk and a built gateway
# (mvn -B -q -DskipTests package). Loopback only. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
PER_ASSOC=${2:-20}
SHARED=${FXTRIAGE_SHARED:-../shared}
FILES=("$SHARED/data/dicom/original/wg04/RG2_UNC.dcm" "$SHARED/data/dicom/original/wg04/RG2_JPLL.dcm")
JAR=dicom-gateway/target/dicom-gateway.jar
WORK=benchmarks/target/gateway-ingest
OUR_PORT=${OUR_PORT:-21112}
SCP_PORT=${SCP_PORT:-21113}

command -v storescu >/dev/null || { echo "dcmtk (storescu, storescp) is required: apt-get install dcmtk" >&2; exit 2; }
[ -f "$JAR" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }
for f in "${FILES[@]}"; do [ -f "$f" ] || { echo "missing sample $f" >&2; exit 2; }; done

rm -rf "$WORK"; mkdir -p "$WORK/ours" "$WORK/storescp"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# Ours: product defaults, except loopback, the ports above and a low free-space floor.
FXTRIAGE_LOG_LEVEL=WARN java -jar "$JAR" --bind-host 127.0.0.1 --port "$OUR_PORT" --storage-dir "$WORK/ours" \
  --min-free-disk 64MB --max-associations 8 >"$WORK/ours.log" 2>&1 &
pids+=($!)
# storescp: one child process per association (its way to serve several at once), all syntaxes.
storescp --fork +xa -od "$WORK/storescp" "$SCP_PORT" >"$WORK/storescp.log" 2>&1 &
pids+=($!)
for port in "$OUR_PORT" "$SCP_PORT"; do
  for _ in $(seq 100); do (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done
done

# One run: $conc storescu processes, each one association sending $PER_ASSOC images. Prints seconds.
run() { # aet port file conc
  local aet=$1 port=$2 file=$3 conc=$4 ts_flag=()
  case "$file" in *JPLL*) ts_flag=(-xs) ;; esac
  local start end
  start=$(date +%s.%N)
  local ps=()
  for _ in $(seq "$conc"); do
    storescu -q "${ts_flag[@]}" +II -aec "$aet" --repeat "$PER_ASSOC" 127.0.0.1 "$port" "$file" &
    ps+=($!)
  done
  local rc=0
  for p in "${ps[@]}"; do wait "$p" || rc=1; done
  end=$(date +%s.%N)
  [ $rc = 0 ] || { echo "storescu failed against port $port" >&2; exit 1; }
  echo "$start $end" | awk '{printf "%.4f\n", $2 - $1}'
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.4f\n", (a[NR/2]+a[NR/2+1])/2}'; }

echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); storage: $(df -h "$WORK" | awk 'NR==2 {print $1}')"
echo "runs=$RUNS, images per association=$PER_ASSOC (median seconds per run -> files/s, MB/s)"
printf '%-14s %5s | %9s %8s | %9s %8s | %6s\n' file assoc "ours f/s" "MB/s" "scp f/s" "MB/s" ratio
for file in "${FILES[@]}"; do
  bytes=$(stat -c %s "$file")
  for conc in 1 4; do
    # Warm-up (JIT, page cache), discarded.
    run FXTRIAGE "$OUR_PORT" "$file" "$conc" >/dev/null
    run ANY-SCP "$SCP_PORT" "$file" "$conc" >/dev/null
    ours=(); scp=()
    for _ in $(seq "$RUNS"); do # interleaved, so drift on a noisy machine hits both alike
      ours+=("$(run FXTRIAGE "$OUR_PORT" "$file" "$conc")")
      scp+=("$(run ANY-SCP "$SCP_PORT" "$file" "$conc")")
      rm -rf "$WORK/storescp"/* 2>/dev/null || true
    done
    n=$((conc * PER_ASSOC))
    mo=$(printf '%s\n' "${ours[@]}" | median); ms=$(printf '%s\n' "${scp[@]}" | median)
    awk -v f="$(basename "$file" .dcm)" -v c="$conc" -v n="$n" -v b="$bytes" -v o="$mo" -v s="$ms" 'BEGIN {
      printf "%-14s %5d | %9.1f %8.1f | %9.1f %8.1f | %6.2f\n", f, c, n/o, n*b/o/1e6, n/s, n*b/s/1e6, s/o }'
  done
done
echo "stored by ours: $(find "$WORK/ours" -name '*.dcm' | wc -l) files (journal: $(wc -l <"$WORK/ours/journal/instances.tsv") records)"

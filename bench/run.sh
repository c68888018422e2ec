#!/usr/bin/env bash
# Load test of the analyst views with wrk, against a Parley started here on localhost.
#
#   bench/run.sh [sample|100x|all]        (default: all)
#
# For each dataset: starts the packaged application on a fresh embedded database
# (bench/.data/NAME), loads the dataset, warms up, then measures each URL for $DURATION
# with $CONNECTIONS connections and prints requests/s and p99. Raw wrk output goes to
# bench/results/. Only localhost is ever targeted; every run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8082}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-30s}
WHICH=${1:-all}
BASE="http://localhost:$PORT"
URLS=(
  "compare-3-plans /compare?versions=us-28-point-plan@1,e3-counter-proposal@1,ukraine-20-point-plan@1"
  "positions /positions"
)

command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 1; }
if [[ "${BENCH_100X:-import}" == sql ]]; then
  command -v psql >/dev/null || { echo "BENCH_100X=sql needs psql: apt-get install postgresql-client" >&2; exit 1; }
fi
JAR=$(ls target/parley-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [[ -z "$JAR" ]]; then
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/parley-*.jar | grep -v '\.original$' | head -1)
fi
mkdir -p bench/results bench/.data

APP_PID=""
stop_app() {
  if [[ -n "$APP_PID" ]]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
  fi
}
trap stop_app EXIT

start_app() { # name [dataset file]
  local name=$1 file=${2:-}
  rm -rf "bench/.data/$name"
  local args=(--server.port="$PORT" --parley.database.embedded.data-directory="bench/.data/$name"
    --logging.level.root=WARN --logging.level.org.parley=INFO)
  if [[ -n "$file" ]]; then
    args+=(--import="$file" --parley.sample-data.enabled=false)
  fi
  java -jar "$JAR" "${args[@]}" >"bench/results/$name-app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 900); do
    if curl -sf "$BASE/actuator/health" >/dev/null; then
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "application failed, see bench/results/$name-app.log" >&2; exit 1; }
    sleep 1
  done
  echo "application did not start within 15 minutes" >&2
  exit 1
}

measure() { # dataset name
  local dataset=$1
  for entry in "${URLS[@]}"; do
    local label=${entry%% *} path=${entry#* }
    curl -sf -o /dev/null "$BASE$path" || { echo "$path does not answer 200" >&2; exit 1; }
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE$path" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$path" | tee "bench/results/$dataset-$label.txt" >/dev/null
    local rps p99
    rps=$(awk '/^Requests\/sec/ {print $2}' "bench/results/$dataset-$label.txt")
    p99=$(awk '$1 == "99%" {print $2}' "bench/results/$dataset-$label.txt")
    printf '%-8s %-22s %10s req/s   p99 %s\n' "$dataset" "$label" "$rps" "$p99"
  done
  # the comparison built from the database on every request (a new asOf date each time)
  local path=${URLS[0]#* }
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/uncached.lua "$BASE$path" \
    | tee "bench/results/$dataset-compare-uncached.txt" >/dev/null
  printf '%-8s %-22s %10s req/s   p99 %s\n' "$dataset" "compare-3-plans-uncached" \
    "$(awk '/^Requests\/sec/ {print $2}' "bench/results/$dataset-compare-uncached.txt")" \
    "$(awk '$1 == "99%" {print $2}' "bench/results/$dataset-compare-uncached.txt")"
}

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after $WARMUP warm-up); $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "$WHICH" == sample || "$WHICH" == all ]]; then
  start_app sample
  measure sample
  stop_app
fi
if [[ "$WHICH" == 100x || "$WHICH" == all ]]; then
  if [[ "${BENCH_100X:-import}" == sql ]]; then
    # faster: let the application load the sample, then copy it 100 times in SQL
    start_app 100x
    db_port=$(sed -n 4p "bench/.data/100x/postmaster.pid")
    psql -q -h localhost -p "$db_port" -U postgres -d postgres -v times=100 -f bench/multiply.sql
  else
    # the natural way: a dataset file in the project's format, through the importer (~2 min)
    [[ -f bench/data/dataset-100x.yaml ]] || python3 bench/generate-dataset.py --times 100 --out bench/data/dataset-100x.yaml
    start_app 100x bench/data/dataset-100x.yaml
  fi
  measure 100x
  stop_app
fi

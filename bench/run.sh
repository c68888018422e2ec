#!/usr/bin/env bash
# Load test of every reading page with wrk, as ratios measured in one run, against a
# Parley started here on localhost; nginx serving the saved compare page is the limit.
#
#   bench/run.sh [sample|100x|all]        (default: all)
#
# For each dataset: starts the packaged application on a fresh embedded database
# (bench/.data/NAME) and loads the data; finds the URLs (a page of each kind, linked from the
# list pages), skips those that do not answer 200 (routes other work may not have added
# yet); warms each URL up; then runs $ROUNDS rounds, each measuring every URL for
# $DURATION in turn, so that drift on the shared machine hits all of them alike. Prints and
# writes (bench/results/DATE-NAME.md) a table of requests/s, p99 and the ratios to the
# cached /compare of the same round, to nginx serving the same bytes and, with `all`, of
# 100x to the sample. Records the conditions: commit, load average before and after, row
# counts, JVM flags, resident memory of the JVM and of its PostgreSQL at idle and after
# the load. Only localhost is ever targeted; every run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8082}
NGINX_PORT=${NGINX_PORT:-8089}
CONNECTIONS=${CONNECTIONS:-16}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000}
WHICH=${1:-all}
BASE="http://localhost:$PORT"
COMPARE="/compare?versions=us-28-point-plan@1,e3-counter-proposal@1,ukraine-20-point-plan@1"
STAMP=$(date -u +%Y%m%d-%H%M)
OUT=bench/results
MD="$OUT/$STAMP-$WHICH.md"

command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is required: apt-get install postgresql-client" >&2; exit 1; }
NGINX=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)
[[ -n "$NGINX" ]] || echo "nginx not found (apt-get install nginx-light): no × nginx column" >&2
JAR=$(ls target/parley-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [[ -z "$JAR" ]]; then
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/parley-*.jar | grep -v '\.original$' | head -1)
fi
mkdir -p "$OUT" bench/.data

APP_PID="" NGINX_DIR=""
stop_all() {
  if [[ -n "$APP_PID" ]]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
  fi
  if [[ -n "$NGINX_DIR" && -f "$NGINX_DIR/nginx.pid" ]]; then
    kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
    sleep 0.5
  fi
}
trap stop_all EXIT

start_app() { # name
  local name=$1
  rm -rf "bench/.data/$name"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" \
    --parley.database.embedded.data-directory="bench/.data/$name" \
    --logging.level.root=WARN --logging.level.org.parley=INFO >"$OUT/$name-app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    curl -sf "$BASE/actuator/health" >/dev/null && return 0
    kill -0 "$APP_PID" 2>/dev/null || { echo "application failed, see $OUT/$name-app.log" >&2; exit 1; }
    sleep 1
  done
  echo "application did not start within 10 minutes" >&2
  exit 1
}

db() { # name sql...
  local dir=bench/.data/$1
  shift
  PGPASSWORD=$(cat "$dir/parley-password") psql -q -X -h localhost -p "$(sed -n 4p "$dir/postmaster.pid")" \
    -U postgres -d postgres "$@"
}

# Resident memory in MB: the JVM (VmRSS, and its peak VmHWM), and the embedded PostgreSQL
# (postmaster and its children, proportional set size so shared buffers count once).
memory() { # name
  local jvm hwm pg=0 master
  jvm=$(awk '/^VmRSS/ {print int($2/1024)}' "/proc/$APP_PID/status")
  hwm=$(awk '/^VmHWM/ {print int($2/1024)}' "/proc/$APP_PID/status")
  master=$(head -1 "bench/.data/$1/postmaster.pid")
  for p in "$master" $(pgrep -P "$master"); do
    pg=$((pg + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo "JVM RSS ${jvm} MB (peak ${hwm} MB), PostgreSQL PSS $((pg / 1024)) MB"
}

first_link() { # page pattern -> first href on the page matching the pattern
  curl -s "$BASE$1" | grep -o "href=\"$2\"" | head -1 | sed 's/^href="//; s/"$//; s/&amp;/\&/g' || true
}

# label path [wrk options...]; the pages measured, in this order in every round
declare -a LABELS PATHS
add() { LABELS+=("$1"); PATHS+=("$2"); }
find_urls() {
  LABELS=() PATHS=()
  add compare "$COMPARE"
  add overview /
  add proposals /proposals
  add proposal /proposals/us-28-point-plan
  add version /proposals/us-28-point-plan/versions/1
  add point "$(first_link /proposals/us-28-point-plan/versions/1 '/proposals/us-28-point-plan/versions/1/points/[^"]*')"
  add parties /parties
  add party "$(first_link /parties '/parties/[^"/]*')"
  add topics /topics
  add topic "$(first_link /topics '/topics/[^"/]*')"
  add events /events
  add event "$(first_link /events '/events/[a-z0-9][^"/?]*')"
  add sources /sources
  add source "$(first_link /sources '/sources/[a-z0-9][^"/?]*')"
  add diff "/diff?from=us-28-point-plan@1&to=us-28-point-plan@2"
  add positions /positions
  add search "/search?q=ceasefire"
  add api /api/v1/proposals
  add feed /feed
}

# wrk once: prints "requests/s p99-in-ms"
run_wrk() { # duration path [headers...]
  local d=$1 url=$BASE$2
  [[ $2 == nginx:* ]] && url=${2#nginx:}
  shift 2
  local args=()
  for h in "$@"; do
    if [[ $h == lua ]]; then args+=(-s bench/uncached.lua); else args+=(-H "$h"); fi
  done
  wrk -t1 -c"$CONNECTIONS" -d"$d" --timeout 10s --latency "${args[@]}" "$url" | awk '
    $1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
                  p99 = (u == "us") ? v / 1000 : (u == "s") ? v * 1000 : (u == "m") ? v * 60000 : v }
    /^Requests\/sec/ { rps = $2 }
    END { printf "%s %.1f\n", rps, p99 }'
}

start_nginx() { # directory holding compare.html(.gz)
  [[ -n "$NGINX" ]] || return 0
  NGINX_DIR=$(mktemp -d /tmp/parley-bench-nginx.XXXXXX)
  cp "$1"/compare.html "$1"/compare.html.gz "$NGINX_DIR/"
  cat >"$NGINX_DIR/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  # tcp_nopush (TCP_CORK) held back the last segment of some responses until the client's delayed
  # ACK (p99 42 ms): nginx served the 119 KB page at 38,000 requests/s with it, 55,000 without
  sendfile on; tcp_nopush off; keepalive_requests 100000;
  client_body_temp_path $NGINX_DIR; proxy_temp_path $NGINX_DIR; fastcgi_temp_path $NGINX_DIR;
  uwsgi_temp_path $NGINX_DIR; scgi_temp_path $NGINX_DIR;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $NGINX_DIR;
    gzip_static on; gzip_vary on;
    location / { }
  }
}
EOF
  "$NGINX" -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR" 2>"$NGINX_DIR/start.log" &
  for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/compare.html" && return 0; sleep 0.1; done
  echo "nginx did not start: $(cat "$NGINX_DIR/start.log" "$NGINX_DIR/error.log" 2>/dev/null)" >&2
  NGINX=""
}

# settle: wait for an idle machine before each measurement (bench/settle.sh)
. bench/settle.sh

declare -A RPS P99 BYTES   # key: dataset/label
declare -a ROWS            # labels measured, in order (union over datasets)
add_row() { local r; for r in "${ROWS[@]}"; do [[ $r == "$1" ]] && return; done; ROWS+=("$1"); }

measure() { # dataset
  local ds=$1 saved=$OUT/.pages-$ds
  mkdir -p "$saved"
  find_urls
  local -a run_labels=() run_paths=() run_headers=()
  local i code
  for i in "${!LABELS[@]}"; do
    local label=${LABELS[$i]} path=${PATHS[$i]}
    if [[ -n "${ONLY:-}" && ! $label =~ ^($ONLY)$ ]]; then continue; fi
    if [[ -z "$path" ]]; then echo "  $label: no link found, skipped"; continue; fi
    code=$(curl -s -o "$saved/$label.body" -w '%{http_code}' "$BASE$path")
    if [[ $code != 200 ]]; then echo "  $label ($path): $code, skipped"; continue; fi
    BYTES[$ds/$label]=$(stat -c %s "$saved/$label.body")
    run_labels+=("$label") run_paths+=("$path") run_headers+=("")
  done
  # the compare page's bytes, for nginx, and the variants of the cached hit
  [[ -f $saved/compare.body ]] || curl -s -o "$saved/compare.body" "$BASE$COMPARE"
  cp "$saved/compare.body" "$saved/compare.html"
  gzip -6 -c "$saved/compare.html" >"$saved/compare.html.gz"
  BYTES[$ds/compare-gzip]=$(curl -s -H 'Accept-Encoding: gzip' "$BASE$COMPARE" | wc -c)
  run_labels+=(compare-gzip) run_paths+=("$COMPARE") run_headers+=("Accept-Encoding: gzip")
  local etag
  etag=$(curl -s -D - -o /dev/null "$BASE$COMPARE" | awk 'tolower($1) == "etag:" {sub(/\r$/, ""); $1 = ""; sub(/^ /, ""); print}')
  if [[ -n "$etag" && $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$BASE$COMPARE") == 304 ]]; then
    run_labels+=(compare-304) run_paths+=("$COMPARE") run_headers+=("If-None-Match: $etag")
  else
    echo "  compare-304: no ETag/304, skipped"
  fi
  # the comparison rebuilt on every request: an ignored "rebuild" parameter keeps each request out of the cache
  run_labels+=(compare-rebuilt) run_paths+=("$COMPARE") run_headers+=("lua")
  start_nginx "$saved"
  if [[ -n "$NGINX" ]]; then
    run_labels+=(nginx nginx-gzip) run_paths+=("nginx:http://127.0.0.1:$NGINX_PORT/compare.html" "nginx:http://127.0.0.1:$NGINX_PORT/compare.html")
    run_headers+=("" "Accept-Encoding: gzip")
  fi

  echo "  warm-up: $WARMUP per URL"
  # the rebuilt comparison too: unwarmed, its first round measured the JIT (57 requests/s, then 77)
  for i in "${!run_labels[@]}"; do
    run_wrk "$WARMUP" "${run_paths[$i]}" ${run_headers[$i]:+"${run_headers[$i]}"} >/dev/null
  done
  echo "  idle after warm-up: $(memory "$ds")"
  MEM_IDLE[$ds]=$(memory "$ds")
  local round r
  for round in $(seq 1 "$ROUNDS"); do
    for i in "${!run_labels[@]}"; do
      local label=${run_labels[$i]}
      settle
      r=$(run_wrk "$DURATION" "${run_paths[$i]}" ${run_headers[$i]:+"${run_headers[$i]}"})
      RPS[$ds/$label]+="${r% *} " P99[$ds/$label]+="${r#* } "
      add_row "$label"
      printf '  round %d %-16s %10s req/s  p99 %8s ms\n' "$round" "$label" "${r% *}" "${r#* }"
    done
  done
  MEM_LOAD[$ds]=$(memory "$ds")
  echo "  after the load: ${MEM_LOAD[$ds]}"
  ROWCOUNTS[$ds]=$(db "$ds" -At -F' ' -c "select 'proposals', count(*) from proposal union all
    select 'versions', count(*) from proposal_version union all select 'points', count(*) from point union all
    select 'point links', count(*) from point_link union all select 'positions', count(*) from position" | paste -sd, | sed 's/,/, /g')
  if [[ -n "$NGINX_DIR" && -f "$NGINX_DIR/nginx.pid" ]]; then kill "$(cat "$NGINX_DIR/nginx.pid")"; sleep 0.5; fi
}

mean() { tr ' ' '\n' <<<"$1" | awk 'NF { s += $1; n++ } END { if (n) printf "%.0f", s / n }'; }
maxof() { tr ' ' '\n' <<<"$1" | awk 'NF && $1 > m { m = $1 } END { printf "%.1f", m }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b != "" && b > 0) printf (a / b < 0.1 ? "%.3f" : "%.2f"), a / b }'; }

declare -A MEM_IDLE MEM_LOAD ROWCOUNTS LOAD_BEFORE LOAD_AFTER
DATASETS=()
[[ $WHICH == sample || $WHICH == all ]] && DATASETS+=(sample)
[[ $WHICH == 100x || $WHICH == all ]] && DATASETS+=(100x)
for ds in "${DATASETS[@]}"; do
  echo "== $ds: starting (JAVA_OPTS=$JAVA_OPTS)"
  start_app "$ds"
  if [[ $ds == 100x ]]; then
    # the application loaded the sample; copy it 99 more times in SQL (seconds)
    db 100x -v times=100 -f bench/multiply.sql
  fi
  LOAD_BEFORE[$ds]=$(cut -d' ' -f1-3 /proc/loadavg)
  measure "$ds"
  LOAD_AFTER[$ds]=$(cut -d' ' -f1-3 /proc/loadavg)
  stop_all
done

{
  echo "# Benchmark $STAMP ($WHICH)"
  echo
  echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)'), $(nproc) CPUs, $(uname -r)"
  echo "- wrk -t1 -c$CONNECTIONS, $ROUNDS interleaved rounds × $DURATION per URL after $WARMUP warm-up each; requests/s is the mean of the rounds, p99 the worst round"
  echo "- java: $(java -version 2>&1 | head -1); JAVA_OPTS: \`$JAVA_OPTS\`"
  for ds in "${DATASETS[@]}"; do
    echo "- $ds: ${ROWCOUNTS[$ds]}; load average before ${LOAD_BEFORE[$ds]}, after ${LOAD_AFTER[$ds]}"
    echo "  - memory idle (after warm-up): ${MEM_IDLE[$ds]}; after the load: ${MEM_LOAD[$ds]}"
  done
  echo
  echo "× compare: the page's rate over the cached /compare rate (goal ≥ 0.8). × nginx: the same bytes"
  echo "from nginx (goal ≥ 0.25 for a cached hit). 100×/sample: goal ≥ 0.7. compare-gzip, -304,"
  echo "-rebuilt: the cached compare with Accept-Encoding: gzip, a conditional GET answered 304,"
  echo "a new ignored "rebuild" parameter on every request (bench/uncached.lua)."
  echo
  head="| page |" sep="|---|"
  for ds in "${DATASETS[@]}"; do head+=" $ds req/s | p99 ms | bytes | × compare |"; sep+="---:|---:|---:|---:|"; done
  head+=" × nginx |"; sep+="---:|"
  [[ ${#DATASETS[@]} == 2 ]] && { head+=" 100×/sample |"; sep+="---:|"; }
  echo "$head"; echo "$sep"
  for label in "${ROWS[@]}"; do
    line="| $label |"
    for ds in "${DATASETS[@]}"; do
      m=$(mean "${RPS[$ds/$label]:-}")
      line+=" $m | $(maxof "${P99[$ds/$label]:-}") | ${BYTES[$ds/$label]:-} | $(ratio "$m" "$(mean "${RPS[$ds/compare]:-}")") |"
    done
    ds=${DATASETS[0]}
    case $label in
      compare) n=$(ratio "$(mean "${RPS[$ds/compare]}")" "$(mean "${RPS[$ds/nginx]:-}")") ;;
      compare-gzip) n=$(ratio "$(mean "${RPS[$ds/compare-gzip]}")" "$(mean "${RPS[$ds/nginx-gzip]:-}")") ;;
      *) n="" ;;
    esac
    line+=" $n |"
    [[ ${#DATASETS[@]} == 2 ]] && line+=" $(ratio "$(mean "${RPS[100x/$label]:-}")" "$(mean "${RPS[sample/$label]:-}")") |"
    echo "$line"
  done
} >"$MD"
echo
cat "$MD"
echo
echo "written to $MD"

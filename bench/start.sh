#!/usr/bin/env bash
# Start-up time of the packaged application: launch -> first 200 of / that shows sample data.
#
#   bench/start.sh [plain|cds|aot|cds-c1|plain-c1 ...]     (default: plain cds aot)
#
# For each mode: a first start on a fresh data directory (initdb, migrations, sample import)
# and a second start on the same directory; ROUNDS times each, interleaved with the other
# modes. Modes:
#   plain     java $JAVA_OPTS -jar target/parley-*.jar
#   cds       the jar extracted by Spring Boot (java -Djarmode=tools -jar ... extract) with
#             an AppCDS archive from a training run (-XX:ArchiveClassesAtExit and
#             -Dspring.context.exit=onRefresh), made once in bench/.cds
#   aot       the extracted jar on a JDK 25 ($AOT_JAVA) with its ahead-of-time cache
#             (-XX:AOTCache, JEP 483/514/515: classes loaded and linked, method profiles),
#             recorded by a training run that serves a few pages and is stopped; bench/.aot
#   *-c1      the same with -XX:TieredStopAtLevel=1 (C1 only: quicker start, lower peak
#             throughput; see docs/performance.md)
# JAVA_OPTS: JVM flags (default: the memory settings of docs/performance.md); APP_ARGS: more
# application arguments (e.g. --spring.data.jpa.repositories.bootstrap-mode=deferred).
# Only localhost is targeted; every wait is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8083}
ROUNDS=${ROUNDS:-2}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000}
MODES=("${@:-plain cds aot}")
read -r -a MODES <<<"${MODES[*]}"
BASE="http://localhost:$PORT"
MARK=${MARK:-us-28-point-plan}   # a slug of the sample data, linked from the overview

JAR=$(ls target/parley-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
[[ -n "$JAR" ]] || { ./mvnw -B -q -DskipTests package; JAR=$(ls target/parley-*.jar | grep -v '\.original$' | head -1); }
mkdir -p bench/.data bench/results
CDS=bench/.cds
CDS_JAR="$CDS/app/$(basename "$JAR")"
AOT=bench/.aot
AOT_JAR="$AOT/app/$(basename "$JAR")"
AOT_JAVA=${AOT_JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}

APP_PID=""
stop_app() {
  if [[ -n "$APP_PID" ]]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
  fi
}
trap stop_app EXIT

# Extracts the jar and records the class archive, when the jar is newer than the archive.
prepare_cds() {
  if [[ ! -f "$CDS/app.jsa" || "$JAR" -nt "$CDS/app.jsa" ]]; then
    rm -rf "$CDS" && mkdir -p "$CDS"
    java -Djarmode=tools -jar "$JAR" extract --destination "$CDS/app" >/dev/null
    rm -rf bench/.data/cds-training
    # the training run starts the whole context (database, import) and exits after refresh
    java $JAVA_OPTS -XX:ArchiveClassesAtExit="$CDS/app.jsa" -Dspring.context.exit=onRefresh \
      -jar "$CDS_JAR" --server.port=0 --parley.database.embedded.data-directory=bench/.data/cds-training \
      >"bench/results/cds-training.log" 2>&1
    rm -rf bench/.data/cds-training
  fi
}

# Extracts the jar and records the ahead-of-time cache (JDK 25), when the jar is newer than
# the cache. The training run serves the pages a visitor opens first, then stops on SIGTERM;
# the JVM writes the cache as it exits.
prepare_aot() {
  [[ -x "$AOT_JAVA" ]] || { echo "mode aot needs a JDK 25: set AOT_JAVA" >&2; exit 1; }
  if [[ ! -f "$AOT/app.aot" || "$JAR" -nt "$AOT/app.aot" ]]; then
    rm -rf "$AOT" && mkdir -p "$AOT"
    java -Djarmode=tools -jar "$JAR" extract --destination "$AOT/app" >/dev/null
    rm -rf bench/.data/aot-training
    "$AOT_JAVA" $JAVA_OPTS -XX:AOTCacheOutput="$AOT/app.aot" -jar "$AOT_JAR" --server.port="$PORT" \
      --parley.database.embedded.data-directory=bench/.data/aot-training >"bench/results/aot-training.log" 2>&1 &
    APP_PID=$!
    local limit=$((SECONDS + ${START_LIMIT:-300}))
    until curl -sf "$BASE/" -o /dev/null; do
      ((SECONDS < limit)) && kill -0 "$APP_PID" 2>/dev/null || { echo "training run failed, see bench/results/aot-training.log" >&2; exit 1; }
      sleep 0.2
    done
    for path in / /compare /proposals/$MARK /proposals/$MARK/versions/1 /positions /events /sources /topics; do
      curl -s -o /dev/null "$BASE$path"
    done
    stop_app
    rm -rf bench/.data/aot-training
    [[ -f "$AOT/app.aot" ]] || { echo "no cache written, see bench/results/aot-training.log" >&2; exit 1; }
  fi
}

command_for() { # mode -> java command line
  local mode=$1 opts=$JAVA_OPTS
  [[ $mode == *-c1 ]] && opts+=" -XX:TieredStopAtLevel=1"
  case $mode in
    plain*) echo "java $opts -jar $JAR" ;;
    cds*) echo "java $opts -XX:SharedArchiveFile=$CDS/app.jsa -jar $CDS_JAR" ;;
    aot*) echo "$AOT_JAVA $opts -XX:AOTCache=$AOT/app.aot -jar $AOT_JAR" ;;
  esac
}

# Prints "wall-ms cpu-ms": milliseconds from launch to the first 200 of / containing $MARK,
# and the JVM's CPU time (user + system) by then. On a shared machine the wall time depends
# on the load; the CPU time much less, so both are shown.
time_start() { # mode data-directory
  local cmd
  cmd=$(command_for "$1")
  local t0
  t0=$(date +%s%N)
  $cmd --server.port="$PORT" --parley.database.embedded.data-directory="$2" ${APP_ARGS:-} \
    >>"bench/results/start-$1.log" 2>&1 &
  APP_PID=$!
  local limit=$((SECONDS + ${START_LIMIT:-300}))
  while ((SECONDS < limit)); do
    if curl -sf "$BASE/" 2>/dev/null | grep -q "$MARK"; then
      local wall=$(( ($(date +%s%N) - t0) / 1000000 )) ticks
      ticks=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
      echo "$wall $((ticks * 1000 / $(getconf CLK_TCK)))"
      stop_app
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "start failed, see bench/results/start-$1.log" >&2; exit 1; }
    sleep 0.05
  done
  stop_app   # this runs in a command substitution, where the EXIT trap does not
  echo "no page within ${START_LIMIT:-300} s" >&2
  exit 1
}

for m in "${MODES[@]}"; do [[ $m == cds* ]] && { prepare_cds; break; }; done
for m in "${MODES[@]}"; do [[ $m == aot* ]] && { prepare_aot; break; }; done
declare -A FIRST SECOND FIRST_CPU SECOND_CPU
echo "start-up, $(nproc) CPUs, JAVA_OPTS='$JAVA_OPTS', load average before $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  for m in "${MODES[@]}"; do
    : >"bench/results/start-$m.log"
    dir="bench/.data/start-$m"
    rm -rf "$dir"
    f=$(time_start "$m" "$dir")
    s=$(time_start "$m" "$dir")
    FIRST[$m]+="${f% *} " SECOND[$m]+="${s% *} " FIRST_CPU[$m]+="${f#* } " SECOND_CPU[$m]+="${s#* } "
    printf 'round %d  %-8s first %6d ms (CPU %6d ms)   second %6d ms (CPU %6d ms)   load %s\n' \
      "$round" "$m" "${f% *}" "${f#* }" "${s% *}" "${s#* }" "$(cut -d' ' -f1 /proc/loadavg)"
    rm -rf "$dir"
  done
done
echo "load average after $(cut -d' ' -f1-3 /proc/loadavg)"
# best of the rounds: the machine is shared, the minimum is the least disturbed start
best() { tr ' ' '\n' <<<"$1" | grep . | sort -n | head -1; }
for m in "${MODES[@]}"; do
  printf '%-8s best first %6d ms (CPU %6d ms)   best second %6d ms (CPU %6d ms)\n' "$m" \
    "$(best "${FIRST[$m]}")" "$(best "${FIRST_CPU[$m]}")" "$(best "${SECOND[$m]}")" "$(best "${SECOND_CPU[$m]}")"
done

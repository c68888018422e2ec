#!/usr/bin/env bash
# Two builds of Parley side by side, measured in interleaved rounds: is a change faster?
#
#   bench/ab.sh BEFORE.jar AFTER.jar
#
# Starts both jars at once on the sample data (ports $PORT_A and $PORT_B, fresh embedded
# databases in bench/.data/ab-a and ab-b), warms each measurement up on both, then runs
# $ROUNDS rounds. In each round every measurement runs on both builds, in alternating order
# (A then B in odd rounds, B then A in even ones), each after the machine is idle again
# (bench/settle.sh). Measurements: the cached compare page, its gzip copy, a conditional GET
# answered 304, and the comparison rebuilt on every request (bench/uncached.lua). Prints each
# round and, per measurement, the mean requests/s of each build and AFTER/BEFORE.
#
# Its noise on this 2-core machine: the same jar against itself (A/A, 4 rounds) gave
# after/before 1.032 on the page, 1.010 gzip, 1.002 for 304s and 1.000 rebuilt. A difference
# within ±4 % is no difference; see docs/performance.md. Only localhost is targeted; every
# wait is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."

[[ $# -eq 2 && -f $1 && -f $2 ]] || { echo "usage: bench/ab.sh BEFORE.jar AFTER.jar" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 1; }
JARS=("$1" "$2")
PORTS=("${PORT_A:-8085}" "${PORT_B:-8086}")
NAMES=(before after)
ROUNDS=${ROUNDS:-4}
DURATION=${DURATION:-8s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-16}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000}
COMPARE="/compare?versions=us-28-point-plan@1,e3-counter-proposal@1,ukraine-20-point-plan@1"
. bench/settle.sh
mkdir -p bench/.data bench/results

PIDS=()
stop_all() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; }
trap stop_all EXIT

for i in 0 1; do
  rm -rf "bench/.data/ab-${NAMES[$i]}"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "${JARS[$i]}" --server.port="${PORTS[$i]}" \
    --parley.database.embedded.data-directory="bench/.data/ab-${NAMES[$i]}" \
    --logging.level.root=WARN >"bench/results/ab-${NAMES[$i]}.log" 2>&1 &
  PIDS+=($!)
done
for i in 0 1; do
  for _ in $(seq 1 300); do
    curl -sf "http://localhost:${PORTS[$i]}/actuator/health" >/dev/null && break
    kill -0 "${PIDS[$i]}" 2>/dev/null || { echo "${JARS[$i]} failed: bench/results/ab-${NAMES[$i]}.log" >&2; exit 1; }
    sleep 1
  done
done

# requests/s of one measurement on one build: what port [duration]
measure() {
  local what=$1 base=http://localhost:$2 d=${3:-$DURATION} args=()
  case $what in
    page) ;;
    gzip) args=(-H 'Accept-Encoding: gzip') ;;
    304) args=(-H "If-None-Match: $(curl -s -D - -o /dev/null "$base$COMPARE" |
      awk 'tolower($1) == "etag:" {sub(/\r$/, ""); print $2}')") ;;
    rebuilt) args=(-s bench/uncached.lua) ;;
  esac
  wrk -t1 -c"$CONNECTIONS" -d"$d" "${args[@]}" "$base$COMPARE" | awk '/^Requests\/sec/ {print $2}'
}

WHAT=(page gzip 304 rebuilt)
declare -A RPS
for what in "${WHAT[@]}"; do
  for i in 0 1; do measure "$what" "${PORTS[$i]}" "$WARMUP" >/dev/null; done
done
echo "before: ${JARS[0]}; after: ${JARS[1]}; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  order=(0 1)
  (( round % 2 == 0 )) && order=(1 0)
  for what in "${WHAT[@]}"; do
    line="round $round $what:"
    for i in "${order[@]}"; do
      settle
      r=$(measure "$what" "${PORTS[$i]}")
      RPS[$what/$i]+="$r "
      line+=" ${NAMES[$i]} $r"
    done
    echo "$line"
  done
done

mean() { tr ' ' '\n' <<<"$1" | awk 'NF { s += $1; n++ } END { if (n) printf "%.0f", s / n }'; }
echo
echo "| measurement | before req/s | after req/s | after/before |"
echo "|---|---:|---:|---:|"
for what in "${WHAT[@]}"; do
  a=$(mean "${RPS[$what/0]}") b=$(mean "${RPS[$what/1]}")
  echo "| $what | $a | $b | $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", b / a }') |"
done

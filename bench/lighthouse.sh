#!/usr/bin/env bash
# Lighthouse (accessibility, best practices, SEO) once per reading page type and the login page,
# against a running Parley with the sample data (see docs/accessibility.md):
#
#   SERVER_PORT=8091 PARLEY_DATA_DIRECTORY=/tmp/parley-lh timeout 900 ./mvnw -q spring-boot:run &
#   bench/lighthouse.sh [http://localhost:8091 [page names...]]    (default: every page below)
#
# Prints one line per page: accessibility, best practices, SEO (0-100); full reports go to
# bench/results/lighthouse/. Slow on 2 cores (about 20 s a page): run it once, not in a loop.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8091}
shift || true
ONLY=" $* "
OUT=bench/results/lighthouse
mkdir -p "$OUT"
US=us-28-point-plan
PAGES=(
  "overview /"
  "proposals /proposals"
  "proposal /proposals/$US"
  "version /proposals/$US/versions/1"
  "point /proposals/$US/versions/1/points/6"
  "compare /compare?versions=$US@1,e3-counter-proposal@1,ukraine-20-point-plan@1"
  "diff /diff?from=$US@1&to=e3-counter-proposal@1"
  "positions /positions"
  "statements /positions/statements?party=ukraine&version=$US@1"
  "parties /parties"
  "party /parties/ukraine"
  "topics /topics"
  "topic /topics/nato"
  "events /events"
  "event /events/2025-11-19-axios-reveals-28-point-plan"
  "sources /sources"
  "source /sources/narrativeradar-apr11"
  "search /search?q=NATO"
  "login /login"
)
printf '%-11s %5s %5s %5s  %s\n' page a11y bp seo path
for entry in "${PAGES[@]}"; do
  name=${entry%% *}; path=${entry#* }
  [[ "$ONLY" == "  " || "$ONLY" == *" $name "* ]] || continue
  timeout 180 npx --yes lighthouse@12.2.3 "$BASE$path" --quiet --output=json --output-path="$OUT/$name.json" \
    --only-categories=accessibility,best-practices,seo \
    --chrome-path=/usr/bin/chromium \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-dev-shm-usage" >/dev/null 2>&1 \
    || { echo "$name: lighthouse failed"; continue; }
  node -e '
    const r = require(process.argv[1]); const c = r.categories; const s = k => Math.round(c[k].score * 100);
    const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 1
      && ["binary", "numeric"].includes(a.scoreDisplayMode)).map(a => a.id);
    console.log(process.argv[2].padEnd(11), String(s("accessibility")).padStart(5),
      String(s("best-practices")).padStart(5), String(s("seo")).padStart(5), " " + process.argv[3],
      failed.length ? "\n            failed: " + failed.join(", ") : "");
  ' "$PWD/$OUT/$name.json" "$name" "$path"
done

#!/usr/bin/env bash
# Lighthouse (accessibility, best practices, SEO) once per reading page type and the login page,
# against a running Parley with the sample data (see docs/accessibility.md):
#
#   SERVER_PORT=8091 PARLEY_DATA_DIRECTORY=/tmp/parley-lh timeout 900 ./mvnw -q spring-boot:run &
#   bench/lighthouse.sh [http://localhost:8091 [page names...]]    (default: every page below)
#
# With EDITOR and PASSWORD set (an editor or admin account, e.g. the app started with
# PARLEY_ADMIN_PASSWORD), it logs in once and also scores the editor pages with that session.
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
  "measures /measures"
  "texts /proposals/$US/versions/1?lang=en,uk"
  "compare-uk /compare?versions=$US@1,ukraine-20-point-plan@1&lang=uk"
  "ui-uk /proposals/$US/versions/1 uk"
  "ui-ru /compare?versions=$US@1,e3-counter-proposal@1 ru"
)
# editor pages, scored with a logged-in session when EDITOR and PASSWORD are given
EDITOR_PAGES=(
  "drafts /drafts"
  "new-version /proposals/$US/versions/new?from=1"
  "new-proposal /proposals/new"
  "new-position /positions/new"
  "new-event /events/new"
  "new-source /sources/new"
  "party-form /parties/russia/edit"
  "person-form /people/new"
  "topic-form /topics/nato/edit"
  "measure-form /measures/new"
  "delete-refused /parties/russia/delete"
  "history /proposals/$US/versions/1/history"
)
SESSION=""
if [[ -n "${EDITOR:-}" && -n "${PASSWORD:-}" ]]; then
  jar=$(mktemp)
  csrf=$(curl -s -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$EDITOR" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  SESSION=$(awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar")
  rm -f "$jar"
  [[ -n "$SESSION" ]] || { echo "could not log in as $EDITOR" >&2; exit 1; }
  PAGES+=("${EDITOR_PAGES[@]/%/ editor}")
fi
printf '%-11s %5s %5s %5s  %s\n' page a11y bp seo path
for entry in "${PAGES[@]}"; do
  read -r name path as <<<"$entry"
  [[ "$ONLY" == "  " || "$ONLY" == *" $name "* ]] || continue
  case ${as:-} in # the interface language's cookie, or the editor's session
    uk|ru) headers="{\"Cookie\": \"parley-language=$as\"}" ;;
    editor) headers="{\"Cookie\": \"$SESSION\"}" ;;
    *) headers="{}" ;;
  esac
  timeout 180 npx --yes lighthouse@12.2.3 "$BASE$path" --quiet --output=json --output-path="$OUT/$name.json" \
    --extra-headers="$headers" \
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

#!/usr/bin/env bash
# Load test of the partnership dashboard (loopback only, bounded in time).
# Starts NM Hub from the built jar on a fresh embedded database with the demo data and the official files
# (national IoD editions and the LSOA boundaries), signs in as the county's district coordinator, waits for the
# dashboard's start-up warm-up (shapes and gap directions), then runs wrk against /p/leicestershire-together/dashboard.
# Usage: ./mvnw -q package -DskipTests && bench/dashboard-load.sh [data-dir] [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA_DIR=${1:-../shared/data}
SECONDS_TO_RUN=${2:-30}
CONNECTIONS=${3:-50}
PORT=${PORT:-18090}
HOME_DIR=$(mktemp -d)
BASE=http://127.0.0.1:$PORT
JAR=$(ls target/nmhub-*.jar | head -n 1)
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }

NMHUB_HOME=$HOME_DIR NMHUB_DATA_DIR=$DATA_DIR PORT=$PORT java -jar "$JAR" > "$HOME_DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$HOME_DIR"' EXIT
# readiness, not health: health is DOWN while no SMTP server answers (mail is queued meanwhile)
until curl -sf "$BASE/actuator/health/readiness" >/dev/null; do sleep 0.5; done
grep -o "Started NmHubApplication in [0-9.]* seconds" "$HOME_DIR/app.log" || true

JAR_COOKIES="$HOME_DIR/cookies"
token() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//'; }
t=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/sign-in" | token)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=coordinator@leicestershire-together.example" \
  --data-urlencode "password=demo-Partnership-2026" --data-urlencode "_csrf=$t" "$BASE/sign-in"
SESSION="NMHUB_SESSION=$(awk '$6 == "NMHUB_SESSION" {print $7}' "$JAR_COOKIES")"
DASHBOARD="$BASE/p/leicestershire-together/dashboard"
until grep -q "Dashboards: shapes and gap directions worked out" "$HOME_DIR/app.log"; do sleep 1; done
grep -o "Dashboards: shapes and gap directions worked out in [0-9]* ms" "$HOME_DIR/app.log"
start=$(date +%s%N)
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$SESSION" "$DASHBOARD")
[ "$status" = 200 ] || { echo "dashboard answered $status"; exit 1; }
echo "first dashboard request after warm-up: $(( ($(date +%s%N) - start) / 1000000 )) ms"
for i in $(seq 1 50); do curl -s -o /dev/null -b "$SESSION" "$DASHBOARD"; done
grep -o "Demo indicators: [0-9]* files imported" "$HOME_DIR/app.log" || true
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== partnership dashboard, $CONNECTIONS connections, ${SECONDS_TO_RUN}s"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --latency -H "Cookie: $SESSION" "$DASHBOARD"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== home page (same stack: session, user, layout), same settings, for comparison"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --latency -H "Cookie: $SESSION" "$BASE/p/leicestershire-together"

#!/usr/bin/env bash
# Load test of the neighbourhood profile page (loopback only, bounded in time).
# Starts NM Hub from the built jar on a fresh embedded database with the demo data and the official files,
# signs in as the Greenhill neighbourhood manager, draws Greenhill's area, then runs wrk against the profile
# page and, for comparison, a static file served by the same app.
# Usage: ./mvnw -q package -DskipTests && bench/profile-load.sh [data-dir] [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA_DIR=${1:-../shared/data}
SECONDS_TO_RUN=${2:-30}
CONNECTIONS=${3:-50}
PORT=${PORT:-18080}
HOME_DIR=$(mktemp -d)
BASE=http://127.0.0.1:$PORT
JAR=$(ls target/nmhub-*.jar | head -n 1)
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }

start=$(date +%s%N)
NMHUB_HOME=$HOME_DIR NMHUB_DATA_DIR=$DATA_DIR PORT=$PORT java -jar "$JAR" > "$HOME_DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$HOME_DIR"' EXIT
until curl -sf "$BASE/actuator/health" >/dev/null; do sleep 0.5; done
echo "first start with demo data and official files: $(( ($(date +%s%N) - start) / 1000000 )) ms"
grep -o "Started NmHubApplication in [0-9.]* seconds" "$HOME_DIR/app.log" || true

JAR_COOKIES="$HOME_DIR/cookies"
token() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//'; }
t=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/sign-in" | token)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=manager@leicestershire-together.example" \
  --data-urlencode "password=demo-Partnership-2026" --data-urlencode "_csrf=$t" "$BASE/sign-in"
t=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/p/leicestershire-together/neighbourhoods/greenhill/area" | token)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "vintage=2011" --data-urlencode "validFrom=2026-04-01" \
  --data-urlencode "lsoaCodes=E01025932 E01025933" --data-urlencode "reason=benchmark" --data-urlencode "_csrf=$t" \
  "$BASE/p/leicestershire-together/neighbourhoods/greenhill/area"
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR_COOKIES")
PROFILE="$BASE/p/leicestershire-together/neighbourhoods/greenhill/profile?edition=iod2019"
status=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$SESSION" "$PROFILE")
[ "$status" = 200 ] || { echo "profile page answered $status"; exit 1; }
curl -s -o /dev/null -b "JSESSIONID=$SESSION" "$PROFILE"   # warm England's summary and the JIT a little
for i in $(seq 1 50); do curl -s -o /dev/null -b "JSESSIONID=$SESSION" "$PROFILE"; done

echo "== profile page, $CONNECTIONS connections, ${SECONDS_TO_RUN}s"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --latency -H "Cookie: JSESSIONID=$SESSION" "$PROFILE"
echo "== static file (css/nmhub.css), same settings"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --latency "$BASE/css/nmhub.css"

#!/usr/bin/env bash
# Load test of the neighbourhood profile page (loopback only, bounded in time).
# Starts NM Hub from the built jar on a fresh embedded database with the demo data and the official files,
# signs in as the Greenhill neighbourhood manager, draws Greenhill's area, then runs wrk against the profile
# page and, for comparison, a static file served by the same app.
# Usage: ./mvnw -q package -DskipTests && bench/profile-load.sh [data-dir] [seconds] [connections]
# (JAR= picks the jar, NMHUB_BENCH_HOME= keeps the database, WARMUP= seconds, DASHBOARD=1 adds the dashboard.)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA_DIR=${1:-../shared/data}
SECONDS_TO_RUN=${2:-30}
CONNECTIONS=${3:-50}
PORT=${PORT:-18080}
# NMHUB_BENCH_HOME keeps the app's home (database included) between runs: later starts take seconds, not minutes.
HOME_DIR=${NMHUB_BENCH_HOME:-$(mktemp -d)}
BASE=http://127.0.0.1:$PORT
JAR=${JAR:-$(ls target/nmhub-*.jar | head -n 1)}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }

start=$(date +%s%N)
# No SMTP server on a bench machine: leave mail out of the health check the script waits for.
MANAGEMENT_HEALTH_MAIL_ENABLED=false NMHUB_HOME=$HOME_DIR NMHUB_DATA_DIR=$DATA_DIR PORT=$PORT java ${JAVA_OPTS:-} -jar "$JAR" > "$HOME_DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; [ -n "${NMHUB_BENCH_HOME:-}" ] || rm -rf "$HOME_DIR"' EXIT
until curl -sf "$BASE/actuator/health" >/dev/null; do sleep 0.5; done
echo "first start with demo data and official files: $(( ($(date +%s%N) - start) / 1000000 )) ms"
grep -o "Started NmHubApplication in [0-9.]* seconds" "$HOME_DIR/app.log" || true

JAR_COOKIES="$HOME_DIR/cookies"
token() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//'; }
t=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/sign-in" | token)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=manager@leicestershire-together.example" \
  --data-urlencode "password=demo-Partnership-2026" --data-urlencode "_csrf=$t" "$BASE/sign-in"
t=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/p/leicestershire-together/neighbourhoods/greenhill/area" | token)
# -L follows the redirect to the area page, as a browser does, which shows and so clears the "saved" message that would
# otherwise stay in the session (and be read from it on every request) for its three minutes.
curl -s -L -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "vintage=2011" --data-urlencode "validFrom=2026-04-01" \
  --data-urlencode "lsoaCodes=E01025932 E01025933" --data-urlencode "reason=benchmark" --data-urlencode "_csrf=$t" \
  "$BASE/p/leicestershire-together/neighbourhoods/greenhill/area"
# The session cookie (NMHUB_SESSION since sessions moved to Spring Session; JSESSIONID before).
COOKIE=$(awk '$6 ~ /SESSION$/ {print $6 "=" $7}' "$JAR_COOKIES" | tail -n 1)
PROFILE="$BASE/p/leicestershire-together/neighbourhoods/greenhill/profile?edition=iod2019"
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$COOKIE" "$PROFILE")
[ "$status" = 200 ] || { echo "profile page answered $status"; exit 1; }
curl -s -o /dev/null -b "$COOKIE" "$PROFILE"   # warm England's summary and the JIT a little
for i in $(seq 1 50); do curl -s -o /dev/null -b "$COOKIE" "$PROFILE"; done

# CPU time (clock ticks) of the app and of the embedded PostgreSQL (its postmaster runs detached from the JVM,
# found by its data directory) and every process under them.
cpu_ticks() {
  local roots pids frontier next
  roots="$APP $(pgrep -f "$HOME_DIR/postgres" | tr '\n' ' ')"
  pids=$roots; frontier=$roots
  while [ -n "$frontier" ]; do
    next=$(for p in $frontier; do cat /proc/$p/task/*/children 2>/dev/null; done | tr '\n' ' ')
    pids="$pids $next"; frontier=$(echo $next)
  done
  for p in $(echo $pids | tr ' ' '\n' | sort -u); do [ -r /proc/$p/stat ] && awk '{print $14+$15}' /proc/$p/stat; done | awk '{s+=$1} END {print s+0}'
}
java_ticks() { awk '{print $14+$15}' /proc/$APP/stat; }
run() { # name, wrk arguments...
  local name=$1; shift
  echo "== $name, $CONNECTIONS connections, ${SECONDS_TO_RUN}s; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  local all0 java0 out requests
  all0=$(cpu_ticks); java0=$(java_ticks)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --latency "$@")
  echo "$out"
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  awk -v a="$(( $(cpu_ticks) - all0 ))" -v j="$(( $(java_ticks) - java0 ))" -v r="$requests" -v hz="$(getconf CLK_TCK)" \
    'BEGIN {printf "CPU per request: %.2f ms (app JVM %.2f ms, PostgreSQL %.2f ms) over %d requests\n", a*1000/hz/r, j*1000/hz/r, (a-j)*1000/hz/r, r}'
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo "== warm-up: profile page, ${WARMUP:-15}s (not reported)"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-15}s" -H "Cookie: $COOKIE" "$PROFILE" | grep "Requests/sec" || true
echo "profile page size: $(curl -s -b "$COOKIE" "$PROFILE" | wc -c) bytes; sent gzipped: $(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' -b "$COOKIE" "$PROFILE") bytes"
run "profile page" -H "Cookie: $COOKIE" "$PROFILE"
run "static file (css/nmhub.css)" "$BASE/css/nmhub.css"
# DASHBOARD=1: the partnership dashboard too, measured the same way (CPU per request), after its warm-up.
if [ -n "${DASHBOARD:-}" ]; then
  D="$BASE/p/leicestershire-together/dashboard"
  until grep -q "Dashboards: shapes and gap directions worked out" "$HOME_DIR/app.log"; do sleep 1; done
  for i in $(seq 1 20); do curl -s -o /dev/null -b "$COOKIE" "$D"; done
  echo "dashboard page size: $(curl -s -b "$COOKIE" "$D" | wc -c) bytes"
  run "partnership dashboard" -H "Cookie: $COOKIE" "$D"
fi

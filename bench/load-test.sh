#!/usr/bin/env bash
# Mixed load test (loopback only, bounded in time): starts NM Hub from the built jar with the demo data and every
# official file (all of England's IoD editions), then runs bench/LoadTest.java against it.
# Usage: ./mvnw -q package -DskipTests && \
#        ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test && \
#        bench/load-test.sh [data-dir] [--users 200 --duration 300 --think-ms 1000]
# NMHUB_BENCH_HOME keeps the app's home (and database) between runs; each run's records carry their own marker.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA_DIR=${1:-../shared/data}
shift || true
PORT=${PORT:-18081}
HOME_DIR=${NMHUB_BENCH_HOME:-$(mktemp -d)}
BASE=http://127.0.0.1:$PORT
JAR=${JAR:-$(ls target/nmhub-*.jar | head -n 1)}
[ -f target/bench-classpath.txt ] || { echo "make target/bench-classpath.txt first (see the usage line)"; exit 1; }

MANAGEMENT_HEALTH_MAIL_ENABLED=false NMHUB_HOME=$HOME_DIR NMHUB_DATA_DIR=$DATA_DIR PORT=$PORT \
  java ${JAVA_OPTS:-} -jar "$JAR" > "$HOME_DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; [ -n "${NMHUB_BENCH_HOME:-}" ] || rm -rf "$HOME_DIR"' EXIT
until curl -sf "$BASE/actuator/health" >/dev/null; do
  kill -0 $APP 2>/dev/null || { tail -n 30 "$HOME_DIR/app.log"; exit 1; }
  sleep 1
done
grep -o "Started NmHubApplication in [0-9.]* seconds" "$HOME_DIR/app.log" || true
DB_PORT=$(grep -o "Embedded PostgreSQL is listening on port [0-9]*" "$HOME_DIR/app.log" | tail -n 1 | awk '{print $NF}')
java -cp "$(cat target/bench-classpath.txt)" bench/LoadTest.java --base "$BASE" \
  --jdbc "jdbc:postgresql://localhost:$DB_PORT/postgres?user=postgres" "$@"

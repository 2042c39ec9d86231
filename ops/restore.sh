#!/usr/bin/env bash
# NM Hub restore: loads a pg_dump archive into a NEW, empty database and prints the row count of
# every table, so it can be compared with the source (ops/check-restore.sh does that).
#
#   ops/restore.sh ARCHIVE TARGET_DATABASE
#
# Connection from PGHOST, PGPORT, PGUSER, PGPASSWORD; the user must be allowed to create
# databases. The target must not exist: restore never overwrites a database. The restore runs in
# one transaction and stops at the first error, so a failed restore leaves an empty database.
# Then point NMHUB_DB_URL at the new database and start NM Hub (Flyway finds the schema current).
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 ARCHIVE TARGET_DATABASE" >&2
  exit 2
fi
archive=$1
target=$2
bin=${PG_BIN:+$PG_BIN/}

"${bin}pg_restore" --list "$archive" > /dev/null
if [ "$("${bin}psql" -X -At -d postgres -c "select count(*) from pg_database where datname = '$target'")" != "0" ]; then
  echo "restore: database $target exists already; choose a new name" >&2
  exit 1
fi
"${bin}createdb" "$target"
"${bin}pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$target" "$archive"
"${bin}psql" -X -At -d "$target" -f "$(dirname "$0")/row-counts.sql"

#!/usr/bin/env bash
# The restore drill: backs up the database PGDATABASE, restores the archive into a fresh database,
# compares the row count of every table, and drops the copy. Exit status 0 only if all agree.
#
#   PGHOST=... PGPORT=... PGUSER=... PGDATABASE=nmhub ops/check-restore.sh
#
# Run it after every upgrade and at least monthly; docs/operations.md, "Backups".
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bin=${PG_BIN:+$PG_BIN/}
work=$(mktemp -d)
copy="nmhub_restore_check_$(date -u +%Y%m%d%H%M%S)"
trap '"${bin}dropdb" --if-exists "$copy" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

"${bin}psql" -X -At -f "$here/row-counts.sql" > "$work/source.txt"
archive=$("$here/backup.sh" "$work")
PGDATABASE=postgres "$here/restore.sh" "$archive" "$copy" > "$work/restored.txt"
if diff -u "$work/source.txt" "$work/restored.txt"; then
  echo "restore check passed: $(wc -l < "$work/source.txt") tables, $(awk -F'|' '{s+=$2} END {print s}' "$work/source.txt") rows, archive $(du -h "$archive" | cut -f1)"
else
  echo "restore check FAILED: row counts differ (above)" >&2
  exit 1
fi

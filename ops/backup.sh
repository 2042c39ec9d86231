#!/usr/bin/env bash
# NM Hub backup: one pg_dump archive (custom format) of the whole database, sessions included.
#
#   ops/backup.sh [directory]        prints the path of the new archive
#
# Connection from the standard libpq variables: PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass),
# PGDATABASE. pg_dump must be of the server's major version or newer (PG_BIN selects a directory
# of client programs, e.g. PG_BIN=/usr/lib/postgresql/18/bin).
#
# The archive is written under a temporary name and renamed only when pg_dump has finished and
# pg_restore can read its table of contents, so a half-written file is never taken for a backup.
set -euo pipefail

dir=${1:-.}
bin=${PG_BIN:+$PG_BIN/}
mkdir -p "$dir"
file="$dir/nmhub-$(date -u +%Y%m%dT%H%M%SZ).dump"

"${bin}pg_dump" --format=custom --compress=6 --no-owner --no-privileges --file="$file.partial"
"${bin}pg_restore" --list "$file.partial" > /dev/null
mv "$file.partial" "$file"
echo "$file"

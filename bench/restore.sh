#!/usr/bin/env bash
# Restore of a backup made by bench/backup.sh: checks the checksums, creates the new database empty (C.UTF-8
# collation, as the README asks), pg_restore's the dump into it, puts the personal-data keys (and the document
# store, when the backup has one) into the data folder the node will be started with, and checks that the keys
# open the restored database. Start the node on it with gonghui.data-dir pointing at that folder — or with
# GONGHUI_SECURITY_DATA_KEY / GONGHUI_SECURITY_HASH_KEY set to the two values of personal-data.keys.
#
# Usage: bench/restore.sh <backup-dir> <new-database-name|jdbc-url> [data-dir]
#   The database must not exist yet; data-dir (default ./data) must not hold other keys.
#   Server and user as for backup.sh (PGHOST/PGPORT/PGUSER, or the JDBC URL and SPRING_DATASOURCE_USERNAME).
# Prints one JSON line: {"database","dataDir","members","keyFingerprint","documents","seconds"}.
set -euo pipefail
here=$(dirname "$0")
source "$here/backup-lib.sh"

[[ $# -ge 2 ]] || { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
backup=$1
data_dir=${3:-./data}
connect "$2"
started=$EPOCHREALTIME

[[ -f "$backup/MANIFEST" && -f "$backup/SHA256SUMS" ]] || fail "$backup is not a backup of backup.sh (no MANIFEST)"
grep -qx 'format=gonghui-backup/1' "$backup/MANIFEST" || fail "$backup: unknown backup format"
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || fail "$backup: checksums do not match, the backup is damaged"

if [[ -f "$data_dir/personal-data.keys" ]] && ! cmp -s "$data_dir/personal-data.keys" "$backup/personal-data.keys"; then
  fail "$data_dir already holds other personal-data keys: restore into a fresh data folder"
fi
if psql -X -qtA -d postgres -c "select 1 from pg_database where datname = '$DATABASE'" | grep -q 1; then
  fail "database $DATABASE exists: restore creates a new one"
fi

createdb --locale=C.UTF-8 --template=template0 "$DATABASE"
pg_restore --exit-on-error --no-owner --jobs=2 --dbname="$DATABASE" "$backup/database.dump" ||
  fail "pg_restore into $DATABASE failed (the half-restored database is left for inspection; drop it to retry)"

mkdir -p "$data_dir"
chmod 700 "$data_dir"
(umask 077 && cp "$backup/personal-data.keys" "$data_dir/personal-data.keys")
documents=absent
if [[ -f "$backup/documents.tar" ]]; then
  tar -C "$data_dir" -xf "$backup/documents.tar"
  documents=restored
fi

fingerprint=$(keys_match_database "$data_dir/personal-data.keys") ||
  fail "the restored keys do not open $DATABASE"
members=$(psql -X -qtA -d "$DATABASE" -c "select count(*) from member")

printf '{"database":"%s","dataDir":"%s","members":%s,"keyFingerprint":"%s","documents":"%s","seconds":%s}\n' \
  "$DATABASE" "$(cd "$data_dir" && pwd)" "$members" "$fingerprint" "$documents" \
  "$(awk -v a="$EPOCHREALTIME" -v b="$started" 'BEGIN { printf "%.1f", a - b }')"

#!/usr/bin/env bash
# Backup of a Gonghui installation: the PostgreSQL database (pg_dump, custom format) together with the
# personal-data keys it was written with, and the attachments' document store when it is in the data folder — one
# directory with a manifest and checksums. A database without its keys is worthless (every ID and mobile number is
# AES-GCM encrypted and found by HMAC), so the keys are checked against the database before anything is written,
# and the directory is as secret as the keys: keep it offline or encrypted, readable by the operator only.
#
# Usage: bench/backup.sh <jdbc-url|database-name> <backup-dir> [data-dir]
#   jdbc-url   jdbc:postgresql://host[:port]/name (user and password from SPRING_DATASOURCE_USERNAME/_PASSWORD,
#              else PGUSER/PGPASSWORD); a bare name uses PGHOST/PGPORT (default 127.0.0.1:5432) and PGUSER (postgres)
#   backup-dir a new (or empty) directory
#   data-dir   the node's gonghui.data-dir (default ./data): the keys are taken from its personal-data.keys unless
#              GONGHUI_SECURITY_DATA_KEY and GONGHUI_SECURITY_HASH_KEY are set; its documents/ folder is copied
# Writes database.dump, personal-data.keys, documents.tar (when there are documents), MANIFEST and SHA256SUMS.
# Prints one JSON line: {"backup","database","dumpBytes","members","keyFingerprint","documents","seconds"}.
set -euo pipefail
here=$(dirname "$0")
source "$here/backup-lib.sh"

[[ $# -ge 2 ]] || { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
target=$2
data_dir=${3:-./data}
connect "$1"
started=$EPOCHREALTIME

# the keys: from the environment (as a node configured with them reads them) or from the data folder; checked
# against the database before anything is written
keys=$(mktemp)
trap 'rm -f "$keys"' EXIT
if [[ -n "${GONGHUI_SECURITY_DATA_KEY:-}" && -n "${GONGHUI_SECURITY_HASH_KEY:-}" ]]; then
  key_source=environment
  printf 'data-key=%s\nhash-key=%s\n' "$GONGHUI_SECURITY_DATA_KEY" "$GONGHUI_SECURITY_HASH_KEY" >"$keys"
elif [[ -f "$data_dir/personal-data.keys" ]]; then
  key_source="$(cd "$data_dir" && pwd)/personal-data.keys"
  cp "$data_dir/personal-data.keys" "$keys"
else
  fail "no keys: set GONGHUI_SECURITY_DATA_KEY and GONGHUI_SECURITY_HASH_KEY, or give the data folder that holds personal-data.keys"
fi
fingerprint=$(keys_match_database "$keys") ||
  fail "the keys ($key_source) are not the ones the database $DATABASE was written with: no backup made"

mkdir -p "$target"
[[ -z "$(ls -A "$target")" ]] || fail "$target is not empty"
chmod 700 "$target"
cp "$keys" "$target/personal-data.keys"

pg_dump --format=custom --compress=6 --file="$target/database.dump" "$DATABASE"

documents=absent
if [[ -d "$data_dir/documents" ]]; then
  tar -C "$data_dir" -cf "$target/documents.tar" documents
  documents=included
fi

members=$(psql -X -qtA -d "$DATABASE" -c "select count(*) from member")
cat >"$target/MANIFEST" <<EOF
format=gonghui-backup/1
created=$(date -u +%FT%TZ)
database=$DATABASE
server=$PGHOST:$PGPORT
server-version=$(psql -X -qtA -d "$DATABASE" -c "show server_version")
pg-dump=$(pg_dump --version)
schema=$(psql -X -qtA -d "$DATABASE" -c "select count(*) || ' migrations, last applied V' || (select version from flyway_schema_history where success order by installed_rank desc limit 1) from flyway_schema_history where success")
members=$members
keys-from=$key_source
key-fingerprint=$fingerprint
documents=$documents
EOF
(cd "$target" && sha256sum database.dump personal-data.keys $([[ -f documents.tar ]] && echo documents.tar) MANIFEST >SHA256SUMS)
chmod 600 "$target"/*

printf '{"backup":"%s","database":"%s","dumpBytes":%s,"members":%s,"keyFingerprint":"%s","documents":"%s","seconds":%s}\n' \
  "$target" "$DATABASE" "$(stat -c %s "$target/database.dump")" "$members" "$fingerprint" "$documents" \
  "$(awk -v a="$EPOCHREALTIME" -v b="$started" 'BEGIN { printf "%.1f", a - b }')"

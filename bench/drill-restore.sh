#!/usr/bin/env bash
# Drill: backup and restore (bench/backup.sh, bench/restore.sh) bring back members whose numbers can be found and
# read — and a node with the wrong keys refuses the restored database.
#
#   1. a node starts on a fresh database with demo data and no configured keys, so it generates them into its
#      data folder (as an installation without GONGHUI_SECURITY_* does);
#   2. the full ID and mobile numbers of CHECK members are read (GET /api/v1/members/{id}/personal-data as admin),
#      and a file is attached to a task (sealed into the data folder's document store);
#   3. the node stops, backup.sh saves database and keys, the original database and data folder are deleted;
#   4. restore.sh restores into a new empty database and a new data folder; a node starts on it;
#   5. each member is found by its full ID number (GET /api/v1/members?q=…) and its numbers decrypt to the same;
#      the attachment downloads with the same bytes;
#   6. a node with other keys is started on the restored database and must refuse to start (PersonalDataKeyCheck).
#
# Usage: bench/drill-restore.sh [members-to-check]      (default 20; demo data of 2,000 members)
# Prints JSON lines for backup, restore and the check, one for the wrong keys, then {"drill":"restore","ok":…}.
# Port 18084; databases drill_restore_src / drill_restore_new are dropped at the end.
set -euo pipefail
source "$(dirname "$0")/drill-lib.sh"

CHECK=${1:-20}
SRC=drill_restore_src
NEW=drill_restore_new
BASE=http://127.0.0.1:18084
DEMO=(--gonghui.demo=true --gonghui.demo.members=2000 --gonghui.demo.grassroots-unions=200)
OK=true

# record_members FILE: "id idNumber mobile" of CHECK members spread over the list.
record_members() {
  local token ids id
  token=$(token "$BASE" admin)
  ids=$(sql "$SRC" "select id from member order by id" | awk -v n="$CHECK" '{ all[NR] = $1 }
        END { for (i = 1; i <= n; i++) print all[int((i - 0.5) * NR / n) + 1] }')
  for id in $ids; do
    curl -sf "$BASE/api/v1/members/$id/personal-data" -H "Authorization: Bearer $token" |
      jq -r --arg id "$id" '"\($id) \(.idNumber) \(.mobile // "-")"'
  done >"$1"
}

# attach_file FILE: attaches a text file to the first task (document store: sealed file in the data folder); prints
# the attachment id.
attach_file() {
  local token task
  token=$(token "$BASE" admin)
  task=$(curl -sf "$BASE/api/v1/tasks" -H "Authorization: Bearer $token" | jq -r '.[0].id')
  curl -sf -X POST "$BASE/api/v1/attachments" -H "Authorization: Bearer $token" \
    -F ownerType=campaign-task -F "ownerId=$task" -F "file=@$1;filename=drill-evidence.txt;type=text/plain" | jq -r .id
}

# attachment_same ID FILE: true when the attachment downloads with the file's exact content.
attachment_same() {
  local token
  token=$(token "$BASE" admin)
  if curl -sf "$BASE/api/v1/attachments/$1" -H "Authorization: Bearer $token" | cmp -s - "$2"; then
    echo true
  else
    echo false
  fi
}

# check_members FILE: finds each member by its full ID number and reads its numbers back; prints found and decrypted.
check_members() {
  local token found=0 decrypted=0 id number mobile hit numbers
  token=$(token "$BASE" admin)
  while read -r id number mobile; do
    hit=$(curl -sf "$BASE/api/v1/members?q=$number" -H "Authorization: Bearer $token" | jq -r '[.items[].id] | join(",")')
    [[ "$hit" == "$id" ]] && found=$((found + 1))
    numbers=$(curl -sf "$BASE/api/v1/members/$id/personal-data" -H "Authorization: Bearer $token" |
      jq -r '"\(.idNumber) \(.mobile // "-")"')
    [[ "$numbers" == "$number $mobile" ]] && decrypted=$((decrypted + 1))
  done <"$1"
  echo "$found $decrypted"
}

prepare_app
create_db "$SRC"
unset DATA_KEY HASH_KEY   # keys generated into the data folder
log "1. node on $SRC with demo data, keys generated into its data folder"
start_node src 18084 "$SRC" "$DRILL_DIR/data-src" "${DEMO[@]}"
wait_ready src
[[ -f "$DRILL_DIR/data-src/personal-data.keys" ]] || die "no generated key file"
log "2. reading the numbers of $CHECK members"
record_members "$DRILL_DIR/members"
seq 1 2000 | sed 's/^/演练附件第 /; s/$/ 行/' >"$DRILL_DIR/evidence.txt"
ATTACHMENT=$(attach_file "$DRILL_DIR/evidence.txt")
stop_node src

log "3. backup, then the original database and data folder are deleted"
bench_dir=$(dirname "$0")
"$bench_dir/backup.sh" "jdbc:postgresql://$PGHOST:$PGPORT/$SRC" "$DRILL_DIR/backup" "$DRILL_DIR/data-src"
PGOPTIONS='-c client_min_messages=warning' dropdb --force "$SRC"
rm -rf "$DRILL_DIR/data-src"

log "4. restore into $NEW, node on it"
DRILL_DATABASES+=("$NEW")
"$bench_dir/restore.sh" "$DRILL_DIR/backup" "$NEW" "$DRILL_DIR/data-new"
started=$SECONDS
start_node new 18084 "$NEW" "$DRILL_DIR/data-new" "${DEMO[@]}"
wait_ready new
start_seconds=$((SECONDS - started))

log "5. finding and decrypting the members"
read -r found decrypted <<<"$(check_members "$DRILL_DIR/members")"
checked=$(wc -l <"$DRILL_DIR/members")
[[ "$found" == "$checked" && "$decrypted" == "$checked" ]] || { log "CHECK FAILED: $found found, $decrypted decrypted"; OK=false; }
same=$(attachment_same "$ATTACHMENT" "$DRILL_DIR/evidence.txt")
[[ "$same" == true ]] || { log "CHECK FAILED: attachment $ATTACHMENT differs after the restore"; OK=false; }
printf '{"part":"restored","membersChecked":%s,"foundByFullIdNumber":%s,"decryptedSame":%s,"attachmentSame":%s,"nodeStartSeconds":%s}\n' \
  "$checked" "$found" "$decrypted" "$same" "$start_seconds"
stop_node new

log "6. a node with other keys on the restored database"
DATA_KEY=$(new_key) HASH_KEY=$(new_key) start_node wrong 18084 "$NEW" "$DRILL_DIR/data-wrong" "${DEMO[@]}"
for _ in $(seq 1 240); do kill -0 "${NODE_PID[wrong]}" 2>/dev/null || break; sleep 0.5; done
refused=false
if ! kill -0 "${NODE_PID[wrong]}" 2>/dev/null && grep -q 'KeysDoNotMatchException' "$DRILL_DIR/wrong.log"; then
  refused=true
else
  log "CHECK FAILED: the node with wrong keys did not refuse to start"
  OK=false
fi
reason=$(grep -o 'The personal-data keys of this node do not match the database[^.]*' "$DRILL_DIR/wrong.log" | head -1)
printf '{"part":"wrong-keys","refusedToStart":%s,"reason":"%s"}\n' "$refused" "$reason"

echo "{\"drill\":\"restore\",\"ok\":$OK}"
$OK

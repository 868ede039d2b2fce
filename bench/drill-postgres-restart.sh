#!/usr/bin/env bash
# Drill: PostgreSQL restarts under write load, and the app recovers by itself.
#
# One node on a fresh database; CLIENTS concurrent clients (python3 threads, bearer tokens) register members
# (POST /api/v1/members) and report task progress (POST /api/v1/tasks/{id}/progress) for SECONDS seconds; every
# acknowledged write (201/200 with its id) is written down. After RESTART_AT seconds PostgreSQL is restarted
# (pg_ctlcluster <version> <cluster> restart -m fast; PG_RESTART_MODE=immediate for a crash-like stop,
# PG_DOWN_SECONDS=n to stay stopped n seconds before starting again: the required recovery is then n + 10 s), while a
# probe (pg_isready every 50 ms) notes when the database refuses connections and when it is back. Afterwards every
# acknowledged write is looked up in the database by id, and every acknowledged progress report must have brought
# its notification (a module event), also when the listener failed in the outage and the event-resubmission job
# had to deliver it again (resubmit-after 10 s in the drill).
#
# Recovery time: seconds from the restart command until the app answers writes again — the first acknowledged
# write sent after the last failed request (and, for comparison, the first acknowledged write at all after the
# restart). Required: at most 10 s.
#
# Restarting PostgreSQL affects everybody on the machine, so the drill holds the machine's build lock
# (/tmp/gonghui-build.lock) from start to end: no build or test that takes it runs meanwhile.
#
# Usage: bench/drill-postgres-restart.sh [clients] [seconds] [restart-at]      (default 8 30 12)
#        PG_CLUSTER="15 main" selects the cluster (default: the first of pg_lsclusters).
# Prints one JSON line with the figures, then {"drill":"postgres-restart","ok":true|false}. Port 18083.
set -euo pipefail

if [[ -z "${DRILL_HOLDS_BUILD_LOCK:-}" ]]; then
  echo "waiting for /tmp/gonghui-build.lock (held for the whole drill) ..." >&2
  # -o: the lock's descriptor is not handed down, so the PostgreSQL server that the drill restarts (and which
  # outlives it) does not go on holding the lock after the drill; flock itself holds it until the drill ends
  DRILL_HOLDS_BUILD_LOCK=1 exec flock -o /tmp/gonghui-build.lock "$0" "$@"
fi
source "$(dirname "$0")/drill-lib.sh"

CLIENTS=${1:-8}
DURATION=${2:-30}
RESTART_AT=${3:-12}
MAX_RECOVERY=$((10 + ${PG_DOWN_SECONDS:-0}))
DB=drill_postgres_restart
BASE=http://127.0.0.1:18083
PG_CLUSTER=${PG_CLUSTER:-$(pg_lsclusters -h | awk 'NR == 1 { print $1, $2 }')}
PG_RESTART_MODE=${PG_RESTART_MODE:-fast}
PG_DOWN_SECONDS=${PG_DOWN_SECONDS:-0}

# The load: each client alternates a member registration and a progress report on its own task, and writes one
# line per request to its log: sent, answered (epoch seconds), kind, HTTP status, id of the write (or -).
write_load_script() {
  cat >"$DRILL_DIR/load.py" <<'PY'
import json, sys, threading, time, urllib.request, urllib.error

base, token, duration, union, out = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
tasks = [int(t) for t in sys.argv[6].split(",")]
numbers = iter(line.strip() for line in open(sys.argv[7]))
lock = threading.Lock()
stop_at = time.time() + duration

def post(path, body):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST", headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as e:
        return e.code, None
    except Exception:
        return 0, None  # connection refused, reset, timeout

def client(n):
    task = tasks[n]
    with open("%s.%d" % (out, n), "w") as log:
        i = 0
        while time.time() < stop_at:
            i += 1
            sent = time.time()
            if i % 2:
                with lock:
                    number = next(numbers)
                status, body = post("/api/v1/members", {"name": "演练会员", "idNumber": number,
                    "organizationId": union, "category": "EMPLOYEE", "joinedOn": "2020-01-01"})
                kind, ident = "member", (body or {}).get("id", "-") if status == 201 else "-"
            else:
                note = "drill %d-%d" % (n, i)
                status, body = post("/api/v1/tasks/%d/progress" % task, {"note": note, "completes": False})
                ident = "-"
                if status == 200:
                    ident = next((p["id"] for p in body["progress"] if p["note"] == note), "missing")
                kind = "progress"
            log.write("%.3f %.3f %s %d %s\n" % (sent, time.time(), kind, status, ident))
            log.flush()

threads = [threading.Thread(target=client, args=(n,)) for n in range(len(tasks))]
for t in threads: t.start()
for t in threads: t.join()
PY
}

# Whether the database accepts connections, every 50 ms: one line "epoch-seconds 0|1" per probe.
probe_database() {
  while :; do
    if pg_isready -q -t 1; then echo "$EPOCHREALTIME 1"; else echo "$EPOCHREALTIME 0"; fi
    sleep 0.05
  done >"$DRILL_DIR/probe"
}

# Figures from the clients' logs and the database.
figures() {
  cat "$DRILL_DIR"/requests.* >"$DRILL_DIR/requests"
  awk '$3 == "member" && $4 == 201 { print $5 }' "$DRILL_DIR/requests" >"$DRILL_DIR/acked-members"
  awk '$3 == "progress" && $4 == 200 { print $5 }' "$DRILL_DIR/requests" >"$DRILL_DIR/acked-progress"
  local members_found progress_found
  members_found=$(ids_found member "select count(*) from member m join acked a on a.id = m.id" "$DRILL_DIR/acked-members")
  progress_found=$(ids_found progress "select count(*) from casework_timeline t join acked a on a.id = t.id
      where t.case_type = 'campaign-task' and t.action = 'report'" "$DRILL_DIR/acked-progress")
  python3 - "$DRILL_DIR/requests" "$RESTART_BEGAN" "$RESTART_ENDED" "$members_found" "$progress_found" \
    "$CLIENTS" "$DURATION" "$MAX_RECOVERY" "$PG_CLUSTER $PG_RESTART_MODE, down ${PG_DOWN_SECONDS}s" "$DRILL_DIR/probe" \
    "$EVENTS_STUCK" "$NOTIFIED" "$NOTIFIED_SECONDS" <<'PY'
import json, sys
rows = [line.split() for line in open(sys.argv[1])]
began, ended = float(sys.argv[2]), float(sys.argv[3])
probes = [line.split() for line in open(sys.argv[10])]
down = [float(p[0]) for p in probes if p[1] == "0"]
back = min((float(p[0]) for p in probes if p[1] == "1" and down and float(p[0]) > down[-1]), default=None)
ok = lambda r: (r[2] == "member" and r[3] == "201") or (r[2] == "progress" and r[3] == "200")
failed = [r for r in rows if not ok(r)]
acked = [r for r in rows if ok(r)]
last_failure_sent = max((float(r[0]) for r in failed), default=began)
after_last_failure = [float(r[1]) for r in acked if float(r[0]) > last_failure_sent]
recovered = min(after_last_failure, default=None)
members = sum(1 for r in acked if r[2] == "member")
progress = sum(1 for r in acked if r[2] == "progress")
statuses = {}
for r in failed:
    statuses[r[3]] = statuses.get(r[3], 0) + 1
recovery = None if recovered is None else round(recovered - began, 2)
print(json.dumps({
    "part": "postgres-restart", "cluster": sys.argv[9], "clients": int(sys.argv[6]), "seconds": int(sys.argv[7]),
    "requests": len(rows), "acknowledged": len(acked),
    "membersAcknowledged": members, "membersFound": int(sys.argv[4]),
    "progressAcknowledged": progress, "progressFound": int(sys.argv[5]),
    "failedRequests": len(failed), "failedByStatus": statuses,
    "restartCommandSeconds": round(ended - began, 2),
    "databaseRefusedFromSeconds": round(down[0] - began, 2) if down else None,
    "databaseBackAtSeconds": round(back - began, 2) if back else None,
    "slowestRequestSeconds": round(max(float(r[1]) - float(r[0]) for r in rows), 2),
    "recoverySeconds": recovery,
    "recoveryAfterDatabaseBackSeconds": None if recovery is None or back is None else round(recovered - back, 2),
    "requiredRecoverySeconds": int(sys.argv[8]),
    "eventsFailedInOutage": int(sys.argv[11]), "progressNotified": int(sys.argv[12]),
    "secondsAfterLoadUntilAllNotified": int(sys.argv[13]),
    "ok": recovery is not None and recovery <= int(sys.argv[8]) and members == int(sys.argv[4])
          and progress == int(sys.argv[5]) and int(sys.argv[12]) == progress,
}, ensure_ascii=False, separators=(",", ":")))
PY
}

# How many acknowledged progress reports have the notification their event brings.
progress_notified() {
  ids_found notified "select count(*) from acked a where exists (select 1 from notification n
      where n.occasion = 'campaign.task-progress:' || a.id)" "$DRILL_DIR/acked-progress"
}

# ids_found NAME QUERY FILE: runs QUERY with the ids of FILE in a temporary table "acked".
ids_found() {
  psql -X -qtA -v ON_ERROR_STOP=1 -d "$DB" <<SQL
create temporary table acked (id bigint primary key);
\copy acked from '$3'
$2;
SQL
}

prepare_app
create_db "$DB"
DATA_KEY=$(new_key)
HASH_KEY=$(new_key)
log "starting a node (demo data) on $DB; PostgreSQL cluster: $PG_CLUSTER"
start_node app 18083 "$DB" "$DRILL_DIR/app" \
  --gonghui.demo=true --gonghui.demo.members=2000 --gonghui.demo.grassroots-unions=200 \
  --gonghui.events.resubmit-after=PT10S --gonghui.jobs.event-resubmission.interval=PT5S
wait_ready app

TOKEN=$(token "$BASE" admin)
UNION=$(sql "$DB" "select id from organization where kind = 'GRASSROOTS' order by id limit 1")
OWNER=$(sql "$DB" "select id from organization where name = '沈阳市总工会'")
DUE=$(TZ=Asia/Shanghai date -d '+30 days' +%F)
TASKS=$(for n in $(seq 1 "$CLIENTS"); do
  curl -sf -X POST "$BASE/api/v1/tasks" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"ownerOrganizationId\":$OWNER,\"title\":\"演练：数据库重启 $n\",\"dueOn\":\"$DUE\"}" | jq -r .id
done | paste -sd,)
resident_ids 200000 20 >"$DRILL_DIR/id-numbers"
write_load_script

log "load: $CLIENTS clients for ${DURATION}s; PostgreSQL restarts after ${RESTART_AT}s"
python3 "$DRILL_DIR/load.py" "$BASE" "$TOKEN" "$DURATION" "$UNION" "$DRILL_DIR/requests" "$TASKS" \
  "$DRILL_DIR/id-numbers" &
LOAD=$!
remember_pid $LOAD
sleep "$RESTART_AT"
probe_database &
PROBE=$!
remember_pid $PROBE
RESTART_BEGAN=$EPOCHREALTIME
# shellcheck disable=SC2086
if ((PG_DOWN_SECONDS > 0)); then
  pg_ctlcluster $PG_CLUSTER stop -m "$PG_RESTART_MODE"
  sleep "$PG_DOWN_SECONDS"
  pg_ctlcluster $PG_CLUSTER start
else
  pg_ctlcluster $PG_CLUSTER restart -m "$PG_RESTART_MODE"
fi
RESTART_ENDED=$EPOCHREALTIME
log "PostgreSQL restarted ($PG_RESTART_MODE) in $(awk -v a="$RESTART_ENDED" -v b="$RESTART_BEGAN" 'BEGIN { printf "%.1f", a - b }')s"
sleep 2
kill "$PROBE"
# listeners that failed in the outage: their publications are still there seconds later
EVENTS_STUCK=$(sql "$DB" "select count(*) from event_publication where publication_date < now() - interval '3 seconds'")
wait $LOAD

# Every acknowledged progress report notifies the issuing federation through a module event (TaskProgressReported,
# stored in event_publication with the report). Listeners that failed during the outage leave their publication
# behind, and the event-resubmission job hands it over again once older than gonghui.events.resubmit-after (10 s in
# the drill, 2 min by default): wait until every acknowledged report has its notification.
awk '$3 == "progress" && $4 == 200 { print $5 }' "$DRILL_DIR"/requests.* >"$DRILL_DIR/acked-progress"
NOTIFIED_SINCE=$SECONDS
while NOTIFIED=$(progress_notified); (( NOTIFIED < $(wc -l <"$DRILL_DIR/acked-progress") && SECONDS - NOTIFIED_SINCE < 120 )); do
  sleep 1
done
NOTIFIED_SECONDS=$((SECONDS - NOTIFIED_SINCE))

RESULT=$(figures)
echo "$RESULT"
OK=$(jq .ok <<<"$RESULT")
echo "{\"drill\":\"postgres-restart\",\"ok\":$OK}"
[[ "$OK" == true ]]

#!/usr/bin/env bash
# Drill: two Gonghui nodes on one PostgreSQL database behind nginx (round robin, no sticky sessions), and a node
# killed with SIGKILL three times over.
#
#   (a) session:  a user signs in through nginx; the node that served the page is killed; the next request with the
#                 same cookie is answered by the other node as the same signed-in user.
#   (b) jobs:     both nodes run the db-scheduler jobs (casework-deadlines every 2 s here, roster-imports every 1 s,
#                 event-resubmission every 5 s) for a while; a trigger in the drill's database records every pick of
#                 a job, so the figures say how often each due time was run (must be once) and by which node; a task
#                 made overdue is flagged overdue exactly once.
#   (c) import:   a roster of ROWS rows is imported through nginx; the node that claimed the job is killed in the
#                 middle; the other node marks it interrupted (gonghui.roster.stale-after, 10 s here), the drill
#                 resumes it as a cadre would (POST …/resume), and it ends SUCCEEDED with every row imported once.
#
# Usage: bench/drill-two-nodes.sh [rows]        (default 20000; needs target/gonghui.jar, PostgreSQL, nginx)
# Prints one JSON line per part, then {"drill":"two-nodes","ok":true|false}. Ports 18080 (nginx), 18081, 18082.
# Database drill_two_nodes and folder /tmp/gonghui-drill.* are removed at the end (DRILL_KEEP=1 keeps the logs).
set -euo pipefail
source "$(dirname "$0")/drill-lib.sh"

ROWS=${1:-20000}
DB=drill_two_nodes
LB=http://127.0.0.1:18080
SHARED="$DRILL_DIR/shared"   # the folder all nodes share: roster uploads, attachments
OK=true

fail_check() { log "CHECK FAILED: $*"; OK=false; }

# --- setup ---------------------------------------------------------------------------------------------------------

start_nginx() {
  mkdir -p "$DRILL_DIR/nginx/tmp"
  # nginx's workers run as an unprivileged user and buffer request bodies (roster uploads) in tmp
  chmod 711 "$DRILL_DIR" "$DRILL_DIR/nginx"
  chmod 777 "$DRILL_DIR/nginx/tmp"
  DRILL_NGINX_CONF="$DRILL_DIR/nginx/nginx.conf"
  cat >"$DRILL_NGINX_CONF" <<EOF
worker_processes 1;
pid $DRILL_DIR/nginx/nginx.pid;
error_log $DRILL_DIR/nginx/error.log warn;
events { worker_connections 512; }
http {
    access_log $DRILL_DIR/nginx/access.log;
    client_body_temp_path $DRILL_DIR/nginx/tmp/body;
    proxy_temp_path $DRILL_DIR/nginx/tmp/proxy;
    fastcgi_temp_path $DRILL_DIR/nginx/tmp/fastcgi;
    uwsgi_temp_path $DRILL_DIR/nginx/tmp/uwsgi;
    scgi_temp_path $DRILL_DIR/nginx/tmp/scgi;
    client_max_body_size 200m;
    # round robin, no stickiness; a node that refuses connections is skipped for 5 s
    upstream gonghui {
        server 127.0.0.1:18081 max_fails=1 fail_timeout=5s;
        server 127.0.0.1:18082 max_fails=1 fail_timeout=5s;
    }
    server {
        listen 127.0.0.1:18080;
        location / {
            proxy_pass http://gonghui;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_connect_timeout 2s;
            proxy_next_upstream error timeout;
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
EOF
  nginx -c "$DRILL_NGINX_CONF" -p "$DRILL_DIR/nginx" || die "nginx did not start"
}

# start NAME PORT: a node with the drill's settings (same keys, shared folder, trusted nginx, short job intervals).
start() {
  start_node "$1" "$2" "$DB" "$DRILL_DIR/$1" \
    --gonghui.demo=true --gonghui.demo.members=2000 --gonghui.demo.grassroots-unions=200 \
    --gonghui.security.trusted-proxies=127.0.0.1 \
    --gonghui.roster.upload-dir="$SHARED/imports" --gonghui.document.store-dir="$SHARED/documents" \
    --gonghui.roster.chunk-size=2000 --gonghui.roster.stale-after=10s \
    --gonghui.jobs.casework-deadlines.interval=PT2S --gonghui.jobs.event-resubmission.interval=PT5S
}

# node_of_pid PID: which node (a or b) runs as this process (a roster claim, claimed_by, is "pid@host/…").
node_of_pid() {
  local pid=$1 name
  for name in "${!NODE_PID[@]}"; do
    [[ "${NODE_PID[$name]}" == "$pid" ]] && { echo "$name"; return; }
  done
  echo "?"
}
node_of_port() { case "$1" in *18081*) echo a ;; *18082*) echo b ;; *) echo "?" ;; esac; }

# --- (a) a session survives the death of the node that served it ---------------------------------------------------

drill_session() {
  local jar="$DRILL_DIR/cookies" csrf served user_before user_after code_after upstream_after
  curl -sf -c "$jar" -b "$jar" "$LB/login" -o "$DRILL_DIR/login.html" -D "$DRILL_DIR/login.headers"
  csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$DRILL_DIR/login.html" | head -1)
  [[ -n "$csrf" ]] || die "no CSRF token on the login page"
  curl -sf -c "$jar" -b "$jar" -o /dev/null -D "$DRILL_DIR/signin.headers" -X POST "$LB/login" \
    --data-urlencode username=admin --data-urlencode "password=$DRILL_PASSWORD" --data-urlencode "_csrf=$csrf"
  # GET / redirects a signed-in user to the start page; -L follows it (through nginx again)
  local before after
  before=$(page_through_nginx "$jar" "$DRILL_DIR/page-before.html")
  served=${before#*|}
  user_before=$(current_user "$DRILL_DIR/page-before.html")
  [[ "${before%%|*}" == 200 && -n "$user_before" ]] || die "not signed in after POST /login (HTTP ${before%%|*})"
  # round robin without stickiness: the login page, the sign-in and the page each went to the next node
  local login_nodes="$(node_of_port "$(upstream_of "$DRILL_DIR/login.headers")"),$(node_of_port "$(upstream_of "$DRILL_DIR/signin.headers")")"
  local victim
  victim=$(node_of_port "$served")
  log "(a) signed in as '$user_before', page served by node $victim ($served): SIGKILL node $victim"
  stop_node "$victim" KILL
  after=$(page_through_nginx "$jar" "$DRILL_DIR/page-after.html")
  code_after=${after%%|*}
  upstream_after=${after#*|}
  user_after=$(current_user "$DRILL_DIR/page-after.html")
  local survived=false
  [[ "$code_after" == 200 && "$user_after" == "$user_before" ]] && survived=true
  $survived || fail_check "session did not survive (HTTP $code_after, user '$user_after')"
  printf '{"part":"session","user":"%s","loginPageAndSignInBy":"%s","pageServedBy":"%s","killed":"%s","nextRequestStatus":%s,"nextUpstreams":"%s","sameUser":%s,"sessionSurvived":%s}\n' \
    "$user_before" "$login_nodes" "$victim" "$victim" "$code_after" "$upstream_after" \
    "$([[ "$user_after" == "$user_before" ]] && echo true || echo false)" "$survived"
  KILLED=$victim
}

# page_through_nginx COOKIES FILE: GET / following redirects; prints "<final status>|<X-Upstream of the final answer>"
# (nginx lists every upstream it tried, "dead, alive" when it skipped a dead node).
page_through_nginx() {
  local headers="$2.headers" code
  code=$(curl -s -L -c "$1" -b "$1" -o "$2" -D "$headers" -w '%{http_code}' "$LB/")
  echo "$code|$(upstream_of "$headers")"
}

# The X-Upstream header nginx added (the last one when redirects were followed).
upstream_of() { tr -d '\r' <"$1" | sed -n 's/^X-Upstream: //Ip' | tail -1; }

# The name shown as the signed-in user on a page (empty on the login page).
current_user() { sed -n 's/.*data-testid="current-user">\([^<]*\)<.*/\1/p' "$1" | head -1; }

# --- (b) each due job runs once -------------------------------------------------------------------------------------

# Drill instrumentation (only in the drill's database): every pick of a scheduled_tasks row — db-scheduler's
# conditional update that sets picked = true — is recorded with the due time it picked.
install_pick_recorder() {
  psql -X -q -v ON_ERROR_STOP=1 -d "$DB" <<'SQL'
create table drill_job_pick (
    task_name  text        not null,
    due_at     timestamptz not null,
    picked_by  text        not null,
    picked_at  timestamptz not null default clock_timestamp()
);
create function drill_record_pick() returns trigger language plpgsql as $$
begin
    if new.picked and not old.picked then
        insert into drill_job_pick (task_name, due_at, picked_by) values (new.task_name, old.execution_time, new.picked_by);
    end if;
    return new;
end $$;
create trigger drill_job_pick after update on scheduled_tasks for each row execute function drill_record_pick();
SQL
}

drill_jobs() {
  local seconds=${JOB_SECONDS:-40} token owner task
  token=$(token "$LB" admin)
  owner=$(sql "$DB" "select id from organization where name = '沈阳市总工会'")
  task=$(curl -sf -X POST "$LB/api/v1/tasks" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"ownerOrganizationId\":$owner,\"title\":\"演练：双节点逾期督办\",\"dueOn\":\"$(TZ=Asia/Shanghai date +%F)\"}" | jq -r .id)
  # A task cannot be assigned with a past due date, so the drill moves the due date of the fresh task to yesterday.
  sql "$DB" "update casework_case set due_on = due_on - 1 where case_type = 'campaign-task' and case_id = $task" >/dev/null
  sql "$DB" "truncate drill_job_pick" >/dev/null
  log "(b) both nodes run the jobs for ${seconds}s; task $task was due yesterday"
  sleep "$seconds"
  local pick_a pick_b
  pick_a=$(scheduler_names_of a)
  pick_b=$(scheduler_names_of b)
  local figures
  figures=$(psql -X -qtA -d "$DB" -v a="$pick_a" -v b="$pick_b" <<SQL
with per_due as (select task_name, due_at, count(*) as runs from drill_job_pick group by task_name, due_at)
select json_build_object(
    'part', 'jobs',
    'seconds', $seconds,
    'dueTimes', (select count(*) from per_due),
    'runs', (select coalesce(sum(runs), 0) from per_due),
    'maxRunsPerDueTime', (select coalesce(max(runs), 0) from per_due),
    'dueTimesRunTwice', (select count(*) from per_due where runs > 1),
    'runsPerJob', (select json_object_agg(task_name, n) from
                     (select task_name, count(*) as n from drill_job_pick group by task_name) j),
    'runsByNode', json_build_object(
        'a', (select count(*) from drill_job_pick where picked_by = :'a'),
        'b', (select count(*) from drill_job_pick where picked_by = :'b')),
    'overdueTask', $task,
    'overdueFlags', (select count(*) from casework_timeline
                     where case_type = 'campaign-task' and case_id = $task and action = 'overdue'),
    'overdueNotifications', (select count(*) from notification where occasion = 'campaign.task-overdue:$task'))
SQL
)
  jq -c . <<<"$figures"
  [[ $(jq .maxRunsPerDueTime <<<"$figures") == 1 ]] || fail_check "a due time ran more than once (or none ran)"
  [[ $(jq .overdueFlags <<<"$figures") == 1 ]] || fail_check "the overdue task was not flagged exactly once"
}

# The scheduler name of a node: db-scheduler names each node hostname-<8 hex> and writes it into picked_by; the
# drill tells the two apart by the order they started (record_scheduler_name).
scheduler_names_of() {
  local first
  first=$(sql "$DB" "select picked_by from drill_job_pick_names where node = '$1'")
  echo "${first:-none}"
}

# Which scheduler name is which node: the first name not yet known that picks a job after the node started.
record_scheduler_name() {
  local node=$1 name
  for _ in $(seq 1 40); do
    name=$(sql "$DB" "select picked_by from drill_job_pick where picked_by not in
                      (select picked_by from drill_job_pick_names) order by picked_at desc limit 1")
    if [[ -n "$name" ]]; then
      sql "$DB" "insert into drill_job_pick_names values ('$node', '$name')" >/dev/null
      return
    fi
    sleep 0.5
  done
  die "node $node's scheduler never picked a job"
}

# --- (c) an import survives the death of its node --------------------------------------------------------------------

# roster_csv FILE ROWS UNION: a roster with ROWS valid people of that union.
roster_csv() {
  resident_ids "$2" 14 | python3 -c '
import sys, random
union = sys.argv[1]
rng = random.Random(14)
surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红"
print("姓名,身份证号,性别,出生日期,会员类别,入会日期,所属工会")
for line in sys.stdin:
    number = line.strip()
    born = "%s-%s-%s" % (number[6:10], number[10:12], number[12:14])
    joined = "%d-%s-%s" % (int(number[6:10]) + 20, number[10:12], "01")
    gender = "男" if int(number[16]) % 2 else "女"
    name = rng.choice(surnames) + "".join(rng.choice(given) for _ in range(rng.choice((1, 2))))
    print(",".join((name, number, gender, born, "职工", joined, union)))
' "$3" >"$1"
}

import_state() { sql "$DB" "select status || '|' || processed || '|' || coalesce(claimed_by, '') from member_import where id = $1"; }

drill_import() {
  local token union file id state status processed claimed victim survivor
  token=$(token "$LB" admin)
  union=$(sql "$DB" "select name from organization where kind = 'GRASSROOTS' group by name having count(*) = 1
                     order by name limit 1")
  file="$DRILL_DIR/roster.csv"
  roster_csv "$file" "$ROWS" "$union"
  local before
  before=$(sql "$DB" "select count(*) from member")
  id=$(curl -sf -X POST "$LB/api/v1/member-imports" -H "Authorization: Bearer $token" -F "file=@$file;filename=drill.csv" |
    jq -r .id)
  log "(c) import $id of $ROWS rows queued"
  local kill_at=$((ROWS / 5))
  while :; do
    IFS='|' read -r status processed claimed <<<"$(import_state "$id")"
    [[ "$status" == RUNNING && "$processed" -ge "$kill_at" ]] && break
    [[ "$status" == SUCCEEDED || "$status" == FAILED ]] && die "import ended ($status) before the kill: use more rows"
    sleep 0.1
  done
  victim=$(node_of_pid "${claimed%%@*}")
  [[ "$victim" == a ]] && survivor=b || survivor=a
  log "(c) node $victim runs it, $processed rows done: SIGKILL node $victim"
  stop_node "$victim" KILL
  local killed_at=$EPOCHREALTIME processed_at_kill=$processed
  # wait until the surviving node marks it interrupted, then resume it as a cadre would
  while IFS='|' read -r status processed claimed <<<"$(import_state "$id")"; [[ "$status" == RUNNING ]]; do sleep 0.2; done
  local interrupted_at=$EPOCHREALTIME
  [[ "$status" == INTERRUPTED ]] || die "import is $status after the kill, not INTERRUPTED"
  curl -sf -X POST "$LB/api/v1/member-imports/$id/resume" -H "Authorization: Bearer $token" -o /dev/null
  while IFS='|' read -r status processed claimed <<<"$(import_state "$id")"; [[ "$status" != RUNNING ]]; do
    [[ "$status" == SUCCEEDED || "$status" == FAILED ]] && break
    sleep 0.1
  done
  local resumed_at=$EPOCHREALTIME resumed_by
  resumed_by=$(node_of_pid "${claimed%%@*}")
  local deadline=$((SECONDS + 600))
  while IFS='|' read -r status processed claimed <<<"$(import_state "$id")"; [[ "$status" == RUNNING || "$status" == QUEUED ]]; do
    ((SECONDS < deadline)) || die "import $id still $status after 10 minutes"
    sleep 0.5
  done
  local ended_at=$EPOCHREALTIME
  local found distinct_rows imported
  found=$(sql "$DB" "select count(*) from member where registration_note like '名册导入 #$id %'")
  distinct_rows=$(sql "$DB" "select count(distinct registration_note) from member where registration_note like '名册导入 #$id %'")
  imported=$(sql "$DB" "select imported from member_import where id = $id")
  local after
  after=$(sql "$DB" "select count(*) from member")
  [[ "$status" == SUCCEEDED && "$found" == "$ROWS" && "$distinct_rows" == "$ROWS" && $((after - before)) == "$ROWS" ]] ||
    fail_check "import $id: $status, $found members for $ROWS rows"
  seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a - b }'; }
  printf '{"part":"import","rows":%s,"killed":"%s","processedAtKill":%s,"resumedBy":"%s","secondsToInterrupted":%s,"secondsToResume":%s,"secondsKillToEnd":%s,"status":"%s","imported":%s,"membersFound":%s,"distinctRows":%s,"newMembers":%s}\n' \
    "$ROWS" "$victim" "$processed_at_kill" "$resumed_by" \
    "$(seconds "$interrupted_at" "$killed_at")" "$(seconds "$resumed_at" "$killed_at")" "$(seconds "$ended_at" "$killed_at")" \
    "$status" "$imported" "$found" "$distinct_rows" "$((after - before))"
}

# --- the drill -----------------------------------------------------------------------------------------------------

prepare_app
create_db "$DB"
DATA_KEY=$(new_key)
HASH_KEY=$(new_key)
start_nginx

log "starting node a (loads the demo data), then node b"
start a 18081
wait_ready a
install_pick_recorder
sql "$DB" "create table drill_job_pick_names (node text primary key, picked_by text not null)" >/dev/null
record_scheduler_name a
start b 18082
wait_ready b
record_scheduler_name b
drill_jobs

drill_session
log "restarting node $KILLED"
start "$KILLED" "$([[ $KILLED == a ]] && echo 18081 || echo 18082)"
wait_ready "$KILLED"

drill_import

echo "{\"drill\":\"two-nodes\",\"ok\":$OK}"
$OK

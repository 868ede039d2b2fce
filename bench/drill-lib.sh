# Shared functions of the drills (bench/drill-*.sh); sourced, not run.
#
# They start Gonghui nodes from the built jar on a PostgreSQL database of their own, and clean up after
# themselves: every process started here is remembered by PID and ended on exit, every database created here is
# dropped, the drill's temp folder is removed (kept with DRILL_KEEP=1, for the logs).
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres) for the database server;
# DRILL_JAVA_OPTS (-Xmx768m) for each node's JVM.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR="$ROOT/target/gonghui.jar"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DRILL_PASSWORD=${DRILL_PASSWORD:-gonghui-demo}
DRILL_PIDS=()
DRILL_DATABASES=()
DRILL_NGINX_CONF=
DRILL_DIR=$(mktemp -d "/tmp/gonghui-drill.XXXXXX")

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
# a command that fails under set -e says where, also inside functions
set -E
trap 'log "FAILED at ${BASH_SOURCE[0]##*/}:$LINENO: $BASH_COMMAND"' ERR

# --- cleanup -------------------------------------------------------------------------------------------------------

drill_cleanup() {
  local status=$?
  set +e
  if [[ -n "$DRILL_NGINX_CONF" ]]; then
    nginx -c "$DRILL_NGINX_CONF" -p "$DRILL_DIR/nginx" -s stop 2>/dev/null
  fi
  local pid
  for pid in "${DRILL_PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null && kill "$pid" 2>/dev/null
  done
  for pid in "${DRILL_PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  done
  local db
  for db in "${DRILL_DATABASES[@]}"; do
    dropdb --if-exists --force "$db" 2>/dev/null
  done
  if [[ "${DRILL_KEEP:-}" == 1 || $status -ne 0 ]]; then
    log "logs kept in $DRILL_DIR"
  else
    rm -rf "$DRILL_DIR"
  fi
  exit $status
}
trap drill_cleanup EXIT
trap 'exit 130' INT TERM

# Remembers a background process of the drill, so that it is ended on exit.
remember_pid() { DRILL_PIDS+=("$1"); }

# --- the application -----------------------------------------------------------------------------------------------

# The command that starts a node: `java -jar target/gonghui.jar` when the jar is Spring Boot's executable jar;
# otherwise (repackaging needs plugins that an offline build may lack) the plain jar with the runtime classpath that
# Maven reports, cached in target/runtime-classpath.txt.
APP_COMMAND=()
prepare_app() {
  [[ -f "$JAR" ]] || die "no $JAR: build it first (./mvnw -o -DskipTests package)"
  if unzip -l "$JAR" 2>/dev/null | grep -q 'BOOT-INF/lib/'; then
    APP_COMMAND=(-jar "$JAR")
    return
  fi
  local cp="$ROOT/target/runtime-classpath.txt"
  if [[ ! -s "$cp" || "$ROOT/pom.xml" -nt "$cp" ]]; then
    log "plain jar: asking Maven for the runtime classpath"
    local lock=(flock /tmp/gonghui-build.lock)   # the machine's build lock, unless the drill already holds it
    [[ -n "${DRILL_HOLDS_BUILD_LOCK:-}" ]] && lock=()
    (cd "$ROOT" && "${lock[@]}" ./mvnw -o -B -q exec:exec \
      -Dexec.executable=echo -Dexec.args=%classpath -Dexec.classpathScope=runtime) \
      | tr ':' '\n' | grep '\.jar$' | paste -sd: > "$cp"
    [[ -s "$cp" ]] || die "could not get the runtime classpath from Maven"
  fi
  APP_COMMAND=(-cp "$JAR:$(cat "$cp")" gonghui.GonghuiApplication)
}

# Two random 32-byte keys (Base64), as an operator makes them.
new_key() { openssl rand -base64 32; }

# start_node NAME PORT DATABASE DATA_DIR [--property=value ...]
# Starts a node in the background (log: $DRILL_DIR/NAME.log); its PID is in NODE_PID[NAME]. The keys come from
# DATA_KEY / HASH_KEY when set, otherwise from DATA_DIR (generated there on the first start).
declare -A NODE_PID NODE_PORT
start_node() {
  local name=$1 port=$2 db=$3 data_dir=$4
  shift 4
  mkdir -p "$data_dir"
  (
    export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db"
    export SPRING_DATASOURCE_USERNAME=$PGUSER SPRING_DATASOURCE_PASSWORD=
    if [[ -n "${DATA_KEY:-}" ]]; then
      export GONGHUI_SECURITY_DATA_KEY=$DATA_KEY GONGHUI_SECURITY_HASH_KEY=$HASH_KEY
    fi
    # shellcheck disable=SC2086
    exec java ${DRILL_JAVA_OPTS:--Xmx768m} "${APP_COMMAND[@]}" --server.port="$port" \
      --gonghui.data-dir="$data_dir" "$@"
  ) >"$DRILL_DIR/$name.log" 2>&1 &
  NODE_PID[$name]=$!
  NODE_PORT[$name]=$port
  remember_pid $!
  disown $!   # no "Killed" message from the shell when the drill kills it
}

# wait_ready NAME [seconds]: until the node answers /actuator/health with UP; fails if it exits or times out.
wait_ready() {
  local name=$1 limit=${2:-180} start=$SECONDS
  while ((SECONDS - start < limit)); do
    kill -0 "${NODE_PID[$name]}" 2>/dev/null || die "node $name exited during start (see $DRILL_DIR/$name.log)"
    if curl -sf "http://127.0.0.1:${NODE_PORT[$name]}/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      return 0
    fi
    sleep 0.5
  done
  die "node $name not ready after ${limit}s (see $DRILL_DIR/$name.log)"
}

# stop_node NAME [signal]: ends a node (TERM: a clean stop; KILL: a crash) and waits until it is gone.
stop_node() {
  local name=$1 signal=${2:-TERM} pid=${NODE_PID[$1]}
  kill -s "$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
}

# token BASE USER: an API bearer token.
token() {
  curl -sf -X POST "$1/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$2\",\"password\":\"$DRILL_PASSWORD\"}" | jq -r .token
}

# --- the database --------------------------------------------------------------------------------------------------

# create_db NAME: a fresh, empty database, dropped when the drill ends.
create_db() {
  PGOPTIONS='-c client_min_messages=warning' dropdb --if-exists --force "$1"
  createdb --locale=C.UTF-8 --template=template0 "$1"
  DRILL_DATABASES+=("$1")
}

# sql DB 'statement': one value (or rows, | separated) from psql.
sql() { psql -X -qtA -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

# --- people --------------------------------------------------------------------------------------------------------

# resident_ids COUNT SEED: COUNT distinct checksum-valid resident ID numbers (GB 11643, born 1970-1999), one a
# line, reproducible by seed. Issued in Jilin (22xxxx), where the demo data (Liaoning, 21xxxx) has nobody, so they
# never collide with a demo member.
resident_ids() {
  python3 - "$1" "$2" <<'PY'
import datetime, random, sys
count, seed = int(sys.argv[1]), int(sys.argv[2])
weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
checks = "10X98765432"
regions = ["220102", "220103", "220104", "220105", "220106", "220112", "220202", "220203", "220204", "220211"]
rng = random.Random(seed)
seen = set()
start = datetime.date(1970, 1, 1)
while len(seen) < count:
    born = start + datetime.timedelta(days=rng.randrange(365 * 30))
    body = rng.choice(regions) + born.strftime("%Y%m%d") + "%03d" % rng.randrange(1000)
    number = body + checks[sum(int(d) * w for d, w in zip(body, weights)) % 11]
    if number not in seen:
        seen.add(number)
        print(number)
PY
}

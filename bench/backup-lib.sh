# Shared by bench/backup.sh and bench/restore.sh; sourced, not run.

fail() { echo "${0##*/}: $*" >&2; exit 1; }

# connect JDBC-URL|NAME: sets DATABASE and the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD) for psql,
# pg_dump and pg_restore.
connect() {
  local target=$1
  if [[ "$target" == jdbc:postgresql://* ]]; then
    local rest=${target#jdbc:postgresql://}
    rest=${rest%%\?*}
    local hostport=${rest%%/*}
    DATABASE=${rest#*/}
    PGHOST=${hostport%%:*}
    [[ "$hostport" == *:* ]] && PGPORT=${hostport##*:} || PGPORT=5432
    PGUSER=${SPRING_DATASOURCE_USERNAME:-${PGUSER:-postgres}}
    [[ -n "${SPRING_DATASOURCE_PASSWORD:-}" ]] && export PGPASSWORD=$SPRING_DATASOURCE_PASSWORD
  elif [[ "$target" == *[!A-Za-z0-9_-]* || -z "$target" ]]; then
    fail "not a jdbc:postgresql:// URL or a database name: $target"
  else
    DATABASE=$target
    PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
  fi
  export PGHOST PGPORT PGUSER
}

# keys_match_database KEY-FILE: checks the keys of a personal-data.keys file against what the database recorded
# when it was first written (table personal_data_key_check, see gonghui.shared.PersonalDataKeyCheck): the HMAC of
# the probe text under the hash key, and the probe sealed with the data key (checked when python3 has the
# cryptography package). Prints the fingerprint's first 12 hex digits, as the app logs them; fails if they differ.
keys_match_database() {
  local recorded
  recorded=$(psql -X -qtA -d "$DATABASE" -c "select fingerprint || ' ' || sealed_probe from personal_data_key_check where id = 1") ||
    fail "cannot read personal_data_key_check in $DATABASE"
  [[ -n "$recorded" ]] || fail "$DATABASE has no recorded key fingerprint (never started?)"
  RECORDED=$recorded python3 - "$1" <<'PY'
import base64, hashlib, hmac, os, sys
PROBE = "gonghui personal-data key check"
keys = {}
for line in open(sys.argv[1], encoding="iso-8859-1"):          # java.util.Properties: escaped = and :
    line = line.strip()
    if line and not line.startswith(("#", "!")) and "=" in line:
        name, value = line.split("=", 1)
        keys[name.strip()] = value.strip().replace("\\=", "=").replace("\\:", ":")
fingerprint, sealed = os.environ["RECORDED"].split(" ", 1)
ours = hmac.new(base64.b64decode(keys["hash-key"]), PROBE.encode(), hashlib.sha256).hexdigest()
if not hmac.compare_digest(ours, fingerprint):
    sys.exit(1)
try:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
except ImportError:
    AESGCM = None
if AESGCM is not None:
    raw = base64.b64decode(sealed)
    try:
        if AESGCM(base64.b64decode(keys["data-key"])).decrypt(raw[:12], raw[12:], None).decode() != PROBE:
            sys.exit(1)
    except Exception:
        sys.exit(1)
print(fingerprint[:12])
PY
}

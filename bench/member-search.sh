#!/usr/bin/env bash
# Member search latency against a running Gonghui (default: the demo on :8080 with 50,000 members).
# Prints one JSON line per kind of search: median and 95th percentile of N requests, in milliseconds.
# Usage: bench/member-search.sh [base-url] [requests-per-kind] [username]
set -euo pipefail
base=${1:-http://localhost:8080}
n=${2:-200}
user=${3:-admin}
token=$(curl -sf -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"${GONGHUI_PASSWORD:-gonghui-demo}\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
first=$(curl -sf "$base/api/v1/members" -H "Authorization: Bearer $token")
id=$(echo "$first" | sed 's/.*"items":\[{"id":\([0-9]*\).*/\1/')
name=$(echo "$first" | sed 's/.*"items":\[{"id":[0-9]*,"name":"\([^"]*\)".*/\1/')
numbers=$(curl -sf "$base/api/v1/members/$id/personal-data" -H "Authorization: Bearer $token")
idnumber=$(echo "$numbers" | sed 's/.*"idNumber":"\([^"]*\)".*/\1/')
mobile=$(echo "$numbers" | sed 's/.*"mobile":"\([^"]*\)".*/\1/')
surname=$(echo "$name" | cut -c1-3)
encoded_surname=$(python3 -c "import urllib.parse,sys;print(urllib.parse.quote(sys.argv[1]))" "$surname")

measure() {
  local kind=$1 query=$2
  local times
  times=$(for _ in $(seq 1 "$n"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$base/api/v1/members?$query" -H "Authorization: Bearer $token"
  done | sort -n)
  local median p95
  median=$(echo "$times" | awk -v n="$n" 'NR==int((n+1)/2){printf "%.1f", $1*1000}')
  p95=$(echo "$times" | awk -v n="$n" 'NR==int(n*0.95){printf "%.1f", $1*1000}')
  echo "{\"kind\":\"$kind\",\"requests\":$n,\"medianMs\":$median,\"p95Ms\":$p95}"
}

measure first-page ""
measure next-page "cursor=$((id - 20000))"
measure surname "q=$encoded_surname"
measure initials "q=zs"
measure id-number "q=$idnumber"
measure mobile "q=$mobile"

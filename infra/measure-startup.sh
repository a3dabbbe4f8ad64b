#!/usr/bin/env bash
# Measures how long `dotnet run`'s app takes from process start to /health/ready = 200:
#   cold: first start on an empty embedded-PostgreSQL folder (initdb, schema, reference import)
#   warm: a later start on the existing folder
# and checks that SIGTERM stops the app's PostgreSQL too. Usage: infra/measure-startup.sh [runs=3]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
port=5099
export DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Development

dotnet build "$repo/src/HarmTaxonomy.Web" -c Release -v quiet -nologo >/dev/null
app="$repo/src/HarmTaxonomy.Web/bin/Release/net10.0/HarmTaxonomy.Web.dll"

now_ms() { date +%s%3N; }

start_and_time() { # $1 = data folder; sets $elapsed (ms until ready) and $app_pid (left running)
  local started; started=$(now_ms)
  Postgres__Embedded__DataDirectory="$1" dotnet "$app" --urls "http://127.0.0.1:$port" >"$1.log" 2>&1 &
  app_pid=$!
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
    kill -0 "$app_pid" 2>/dev/null || { echo "app exited; see $1.log" >&2; exit 1; }
    sleep 0.1
  done
  elapsed=$(( $(now_ms) - started ))
}

stop_app() { # SIGTERM, then check the cluster's postmaster is gone
  kill -TERM "$app_pid"; wait "$app_pid" || true
  if [ -f "$1/data/postmaster.pid" ]; then echo "PostgreSQL still running after SIGTERM" >&2; exit 1; fi
}

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "Port $port is already in use: stop whatever listens there first." >&2; exit 1; fi

cold=() warm=()
for run in $(seq 1 "$runs"); do
  folder="$(mktemp -d /tmp/ht-startup-XXXXXX)"
  chmod 755 "$folder"
  start_and_time "$folder"; cold+=("$elapsed"); stop_app "$folder"
  start_and_time "$folder"; warm+=("$elapsed"); stop_app "$folder"
  rm -rf "$folder" "$folder.log"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
echo "cold start to ready (ms): ${cold[*]} (median $(median "${cold[@]}"))"
echo "warm start to ready (ms): ${warm[*]} (median $(median "${warm[@]}"))"
echo "SIGTERM stopped the embedded PostgreSQL every time"

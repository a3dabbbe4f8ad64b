#!/usr/bin/env bash
# The live-session load runs of issue 5 (docs/benchmarks.md, "Live sessions"): builds the app and the load tool in
# Release, starts the app on a private embedded PostgreSQL (fsync on) with the limits a load from one address needs,
# runs each scenario against a freshly started app (so its peak memory is the scenario's), and stops it.
# Usage: infra/load.sh [scenario...]   scenarios: rate idle saturate (default: all three), smoke (a 10-second check),
#        downloads (issue 7: wrk against a published version's cached JSON and its public page; installs wrk if missing)
# Results: artifacts/load/<scenario>.txt and .json, the app's log in artifacts/load/app-<scenario>.log.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
port="${HARMTAXONOMY_LOAD_PORT:-5098}"
url="http://127.0.0.1:$port"
out="$repo/artifacts/load"
mkdir -p "$out"
if [ $# -eq 0 ]; then set -- rate idle saturate; fi

# 5,000 participants are 5,000 sockets in the tool and 5,000 in the app (each process has its own limit).
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" -lt 12000 ]; then echo "Open files limit $(ulimit -n) is too low for 5,000 connections; raise the hard limit." >&2; exit 1; fi
if curl -s -o /dev/null "$url/"; then echo "Port $port is in use: stop whatever listens there or set HARMTAXONOMY_LOAD_PORT." >&2; exit 1; fi

dotnet build src/HarmTaxonomy.Web -c Release -v quiet -nologo
dotnet build tests/HarmTaxonomy.LoadTests -c Release -v quiet -nologo
app_dll="$repo/src/HarmTaxonomy.Web/bin/Release/net10.0/HarmTaxonomy.Web.dll"
tool_dll="$repo/tests/HarmTaxonomy.LoadTests/bin/Release/net10.0/HarmTaxonomy.LoadTests.dll"

# The cluster folder must be reachable by the postgres OS user when this runs as root.
cluster="$(mktemp -d /tmp/ht-load-XXXXXX)"
chmod 755 "$cluster"
client_id="load-tool"
client_secret="$(od -An -tx1 -N24 /dev/urandom | tr -d ' \n')"
app_pid=""

stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}
trap 'stop_app; rm -rf "$cluster"' EXIT

start_app() { # $1 = log name
  # Development: the embedded PostgreSQL, the demo taxonomy and OAuth over plain HTTP on loopback. Logging as in
  # Production (warnings and errors only), Release build, run from its output as `dotnet run -c Release` would.
  ASPNETCORE_ENVIRONMENT=Development \
  Logging__LogLevel__Default=Warning \
  Postgres__Embedded__DataDirectory="$cluster" \
  Api__BootstrapClient__Id="$client_id" \
  Api__BootstrapClient__Secret="$client_secret" \
  RateLimits__JoinPerMinute=100000 \
  RateLimits__TokenPerMinute=1000 \
  LiveSessions__VotesPerSecondPerParticipant=1000 \
    dotnet "$app_dll" --urls "$url" >"$out/app-$1.log" 2>&1 &
  app_pid=$!
  local waited=0
  until curl -sf "$url/health/ready" >/dev/null 2>&1; do
    kill -0 "$app_pid" 2>/dev/null || { echo "The app exited; see $out/app-$1.log" >&2; exit 1; }
    waited=$((waited + 1)); [ "$waited" -lt 600 ] || { echo "The app was not ready within 60 s" >&2; exit 1; }
    sleep 0.1
  done
}

database() { # the embedded cluster's connection string: port from postmaster.pid (line 4), password from its file
  printf 'Host=127.0.0.1;Port=%s;Username=harmtaxonomy;Password=%s;Database=harmtaxonomy' \
    "$(sed -n 4p "$cluster/data/postmaster.pid")" "$(cat "$cluster/password")"
}

run_scenario() { # $1 = name, then the tool's scenario options
  local name="$1"; shift
  start_app "$name"
  echo "== $name (app pid $app_pid; $(uptime))"
  local status=0
  dotnet "$tool_dll" --url "$url" --client-id "$client_id" --client-secret "$client_secret" \
    --server-pid "$app_pid" --database "$(database)" --database-pid "$(sed -n 1p "$cluster/data/postmaster.pid")" --json-out "$out/$name.json" "$@" | tee "$out/$name.txt" || status=$?
  stop_app
  return "$status"
}

measure_downloads() {
  command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
  dotnet build tests/HarmTaxonomy.Benchmarks -c Release -v quiet -nologo
  start_app downloads
  echo "== downloads (app pid $app_pid; $(uptime))"
  # The synthetic 5,000-category, 3-language taxonomy, seeded straight into the app's database and published as 1.0.0.
  local slug
  slug="$(HARMTAXONOMY_BENCH_CONNECTION="$(database)" dotnet "$repo/tests/HarmTaxonomy.Benchmarks/bin/Release/net10.0/HarmTaxonomy.Benchmarks.dll" seed-published | sed -n 's/^slug=//p')"
  local small="$url/api/v1/taxonomies/community-harms-demo/versions/1.0.0.json"
  local large="$url/api/v1/taxonomies/$slug/versions/1.0.0.json"
  {
    echo "First request of the large version's JSON (files generated on demand, then stored):"
    curl -s -o /dev/null -w '  %{http_code} %{size_download} bytes in %{time_total} s\n' "$large"
    echo "Again (served from memory):"
    curl -s -o /dev/null -w '  %{http_code} %{size_download} bytes in %{time_total} s\n' "$large"
    for file in csv ttl jsonld md txt zip; do
      curl -s -o /dev/null -w "  $file: %{size_download} bytes\n" "$url/api/v1/taxonomies/$slug/versions/1.0.0.$file"
    done
    echo; echo "== Cached JSON of the demo version (wrk, 2 threads, 32 connections, 20 s)"
    wrk -t2 -c32 -d20s --latency "$small"
    echo; echo "== Cached JSON of the 5,000-category version (wrk, 2 threads, 8 connections, 20 s)"
    wrk -t2 -c8 -d20s --latency "$large"
    echo; echo "== Conditional GET (If-None-Match) of the 5,000-category version: 304s (wrk, 2 threads, 32 connections, 20 s)"
    local etag
    etag="$(curl -sI "$large" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')"
    wrk -t2 -c32 -d20s --latency -H "If-None-Match: $etag" "$large"
    echo; echo "== Version page of the 5,000-category version, prerendered (wrk, 1 thread, 1 connection, 20 s)"
    wrk -t1 -c1 -d20s --latency "$url/taxonomies/$slug/versions/1.0.0"
  } | tee "$out/downloads.txt"
  stop_app
}

status=0
for scenario in "$@"; do
  case "$scenario" in
    rate) run_scenario rate --participants 1000 --rate 1000 --duration 60 --retry-rate 0.05 || status=$? ;;
    idle) run_scenario idle --participants 5000 --idle --voters 200 --rate 200 --duration 60 --retry-rate 0.05 || status=$? ;;
    saturate) run_scenario saturate --participants 1000 --saturate --duration 20 --items 200 --retry-rate 0.05 || status=$? ;;
    smoke) run_scenario smoke --participants 50 --rate 100 --duration 10 --raw-seconds 2 || status=$? ;;
    downloads) measure_downloads || status=$? ;;
    *) echo "Unknown scenario '$scenario' (rate, idle, saturate, smoke, downloads)" >&2; exit 64 ;;
  esac
done
echo "Results in $out/"
exit "$status"

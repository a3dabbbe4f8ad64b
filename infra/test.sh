#!/usr/bin/env bash
# The test command: installs what the tests need (Chromium, a PostgreSQL server, axe-core, the RDF tools), runs every test
# project in HarmTaxonomy.sln, and ends with one line: "N passed, N failed, N skipped".
# Exit code: 0 only when tests ran and none failed.
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '[test.sh] %s\n' "$*" >&2; }

have_postgres() {
  command -v initdb >/dev/null 2>&1 && return 0
  command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ] && return 0
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

install_packages() {
  local packages=("$@")
  [ ${#packages[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      log "Missing: ${packages[*]}. Install them (apt-get install -y ${packages[*]}) or run as root."; return 1
    fi
  fi
  log "Installing ${packages[*]} (apt-get)"
  "${sudo[@]}" apt-get update -qq || return 1
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null || return 1
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
have_postgres || missing+=(postgresql)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
install_packages "${missing[@]}" || { echo "0 passed, 0 failed, 0 skipped"; exit 1; }

log "Installing axe-core for the browser tests (npm ci)"
(cd tests/HarmTaxonomy.EndToEndTests && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
  || { log "npm ci failed"; echo "0 passed, 0 failed, 0 skipped"; exit 1; }

# The export conformance tests run real RDF parsers and a SHACL validator from npm. npm ci only when the installed
# tree is not from the current lock file, so a second run costs nothing.
rdf_tools=tests/rdf-tools
if cmp -s "$rdf_tools/package-lock.json" "$rdf_tools/node_modules/.installed-package-lock.json"; then
  log "RDF tools for the conformance tests are up to date"
else
  log "Installing the RDF tools for the conformance tests (npm ci --prefix $rdf_tools)"
  npm ci --prefix "$rdf_tools" --no-audit --no-fund --loglevel=error >/dev/null \
    && cp "$rdf_tools/package-lock.json" "$rdf_tools/node_modules/.installed-package-lock.json" \
    || { log "npm ci --prefix $rdf_tools failed"; echo "0 passed, 0 failed, 0 skipped"; exit 1; }
fi

results="$repo/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

started=$(date +%s)
log "dotnet test HarmTaxonomy.sln"
# One test project at a time: the browser journeys share two cores badly with the integration tests' app
# instances, and waits meant for a quiet browser then time out.
dotnet test HarmTaxonomy.sln -m:1 \
  --logger "trx" \
  --logger "console;verbosity=normal" \
  --results-directory "$results" \
  --blame-hang-timeout 10m
test_exit=$?
log "dotnet test finished in $(( $(date +%s) - started )) s (exit code $test_exit)"

sum() { # sum ATTRIBUTE over every TRX file's <Counters> element
  local total=0 value
  while IFS= read -r value; do total=$(( total + value )); done < <(
    grep -ho "<Counters [^>]*" "$results"/*.trx 2>/dev/null | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*')
  echo "$total"
}

passed=$(sum passed)
failed=$(( $(sum failed) + $(sum error) + $(sum timeout) + $(sum aborted) ))
skipped=$(sum notExecuted)

echo "$passed passed, $failed failed, $skipped skipped"
if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ] || [ "$test_exit" -ne 0 ]; then
  exit 1
fi

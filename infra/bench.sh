#!/usr/bin/env bash
# Runs the BenchmarkDotNet measurements (tests/HarmTaxonomy.Benchmarks) in Release against a real PostgreSQL: a private
# cluster started for the run (fsync on), or the server in HARMTAXONOMY_BENCH_CONNECTION when that is set.
# Usage: infra/bench.sh [BenchmarkDotNet arguments]   (default: --filter '*'; e.g. --filter '*Publish*')
# Takes about 9 minutes on 2 cores (taxonomies 4, opinion analysis 5); the tables land in artifacts/benchmarks/results/.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ $# -eq 0 ]; then set -- --filter '*'; fi
# Results stay under artifacts/ (ignored by git), not in a new top-level folder.
set -- --artifacts "$repo/artifacts/benchmarks" "$@"

dotnet build tests/HarmTaxonomy.Benchmarks -c Release -v quiet -nologo
# Anything else running shares the cores: the load average says how quiet the machine was.
echo "Before: $(uptime)"
dotnet run -c Release --no-build --project tests/HarmTaxonomy.Benchmarks -- "$@"
echo "After: $(uptime)"

echo
echo "Results: $repo/artifacts/benchmarks/results/ (*-report-github.md is the table; the log is in artifacts/benchmarks/)"

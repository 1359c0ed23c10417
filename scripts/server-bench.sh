#!/usr/bin/env bash
# Benchmarks pwc-kg's server against Apache Jena Fuseki on a COPY of a TDB2 database (both servers open it):
#   scripts/server-bench.sh DB_DIR [--concurrency 1,8,32] [--seconds 20] [--warmup 10]
# Prints a Markdown table for BENCHMARKS.md, and the time from `pwckg serve` launch to its first answer.
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
db="$1"; shift
copy="$(mktemp -d)/db"
cp -r "$db" "$copy"
trap 'rm -rf "$(dirname "$copy")"' EXIT
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${PWCKG_JAVA_OPTS} ${PWCKG_HEAP:--Xmx8g} -cp "$bench_jar" \
  org.pwckg.bench.ServerBench --db "$copy" --launcher "$here/pwckg" "$@"

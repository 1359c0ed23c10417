#!/usr/bin/env bash
# Search at archive scale (BENCHMARKS.md, "Search at full archive scale"), on a database built by
#   ./pwckg generate --papers 576261 --seed 1 DUMPS && ./pwckg ingest --db DB DUMPS
#   scripts/search-bench.sh DB [--real 5000] [--sigma 0.03] [--concurrency 1,8] [--seconds 20] [--warmup 5]
# WRITES bench vectors (a real-model subset plus derived ones) into DB's vector index: use a benchmark database.
# Prints recall@10 of the nearest-neighbour search against exact search, latency per search mode, related papers, and index sizes.
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
db="$1"; shift
# shellcheck disable=SC2086
exec /usr/bin/time -v "$JAVA_HOME/bin/java" ${PWCKG_JAVA_OPTS} ${PWCKG_HEAP:--Xmx6g} \
  -cp "$bench_jar" org.pwckg.bench.SearchBench --db "$db" "$@"

#!/usr/bin/env bash
# Issue 12's hostile request classes against a `pwckg serve` process, each while the normal mix runs:
#   scripts/reliability-hostile.sh [--db DB_DIR] [--seconds 30] [--clients 4] [--flood 60] [--only TEXT]
# Without --db it ingests the real archive slices of testdata/pwc; with one it works on a copy. About 8 minutes.
# Prints a Markdown table for BENCHMARKS.md (answers per class, normal p50/p99 during each attack, health after);
# exits 1 when an answer broke the contract (5xx, an error without a JSON body, a leaked file), the graph changed,
# or the server fetched anything.
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
cd "$here"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${PWCKG_JAVA_OPTS} -Xmx1g -cp "$bench_jar" \
  org.pwckg.bench.reliability.HostileBench --launcher "$here/pwckg" "$@"

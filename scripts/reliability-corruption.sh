#!/usr/bin/env bash
# Ingests every bad-input class of issue 12 (damaged records and files made from real testdata/pwc records,
# seeded, among the real papers) with the real `pwckg ingest`, then starts `pwckg serve` on each result:
#   scripts/reliability-corruption.sh [--records 1000] [--seed 1] [--classes 1,2,…]
# Checks 0 crashes, every good paper kept, each damaged record reported (file, record, field).
# Prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${PWCKG_JAVA_OPTS} -Xmx1g -cp "$bench_jar" \
  org.pwckg.bench.reliability.CorruptionBench --launcher "$here/pwckg" --testdata "$here/testdata" --work "$work/run" "$@"

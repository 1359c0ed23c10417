#!/usr/bin/env bash
# A soak of a `pwckg serve` process: the normal mix from 2 clients, one hostile request and one SPARQL Update
# every 10 s, the server's RSS, live heap, threads and open descriptors sampled every 20 s:
#   scripts/reliability-soak.sh [--db DB_DIR] [--minutes 30] [--workers 2] [--sample-seconds 20]
# Without --db it ingests the real archive slices of testdata/pwc; with one it works on a copy.
# Prints the samples and the verdict (flat: after a 5-minute warm-up, the last third's median within 10% of the
# first third's) as Markdown for BENCHMARKS.md; exits 1 when a series grows or the server stops answering.
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
cd "$here"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${PWCKG_JAVA_OPTS} -Xmx512m -cp "$bench_jar" \
  org.pwckg.bench.reliability.SoakBench --launcher "$here/pwckg" "$@"

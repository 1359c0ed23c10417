#!/usr/bin/env bash
# Kills each writing operation of pwckg (ingest, re-ingest, index, embed, relate, figures, live update)
# with SIGKILL at seeded random moments, re-runs it to its end and checks the database is identical to a
# run that was never killed (graph, keyword index, vector indexes, figures):
#   scripts/reliability-kills.sh [--kills 20] [--seed 1] [--operations ingest,reingest,index,embed,relate,figures,live] [--slices F1,F2…]
# Works on the real slices in testdata/ with the real CLI (./pwckg). Prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${PWCKG_JAVA_OPTS} -Xmx1g -cp "$bench_jar" \
  org.pwckg.bench.reliability.KillBench --launcher "$here/pwckg" --testdata "$here/testdata" --work "$work" "$@"

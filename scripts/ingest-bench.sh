#!/usr/bin/env bash
# Benchmarks `pwckg ingest` against Jena's own bulk loader (tdb2.tdbloader --loader=parallel) on the same
# triples, one after the other in one run:
#   scripts/ingest-bench.sh [DUMPS_DIR] [WORK_DIR]
# DUMPS_DIR defaults to /tmp/pwc-full, generated at full-archive scale (`pwckg generate`, seed 1) when missing.
# Our side: the five JSON dumps → TDB2 (parse, map, load, index). Jena's side: the same graph exported as
# N-Triples (gzip) → TDB2. Both under the launcher's -Xmx2g. Prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
dumps="${1:-/tmp/pwc-full}"
work="${2:-$(mktemp -d /tmp/ingest-bench.XXXX)}"
mkdir -p "$work"
[ -f "$dumps/papers-with-abstracts.json.gz" ] || "$here/pwckg" generate --papers 576261 --seed 1 "$dumps"

measure() { # label, then the command; records wall seconds and peak RSS (KB) from GNU time
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/$label.time" "$@" > "$work/$label.out" 2> "$work/$label.err"
}
field() { awk "{print \$$2}" "$work/$1.time"; }

rm -rf "$work/ours" "$work/jena"
measure ours "$here/pwckg" ingest --db "$work/ours" "$dumps" || [ $? -eq 2 ] # 2 = values reported, data ingested
triples=$("$here/pwckg" query --db "$work/ours" --format tsv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tail -1 | tr -dc 0-9)
"$here/pwckg" export --db "$work/ours" --format nt --gzip "$work/graph.nt.gz"
# shellcheck disable=SC2086
measure jena "$JAVA_HOME/bin/java" ${PWCKG_HEAP:--Xmx2g} -cp "$bench_jar" \
  tdb2.tdbloader --loader=parallel --loc "$work/jena" "$work/graph.nt.gz"

row() { # label, description
  local secs rss size
  secs=$(field "$1" 1); rss=$(field "$1" 2); size=$(du -sm "$work/$1" | cut -f1)
  awk -v d="$2" -v t="$triples" -v s="$secs" -v r="$rss" -v z="$size" \
    'BEGIN { printf "| %s | %d | %.1f s | %.0f | %.0f MB | %d MB |\n", d, t, s, t / s, r / 1024, z }'
}
echo "| loader | triples | wall time | triples/s | peak RSS | database size |"
echo "|---|---|---|---|---|---|"
row ours "pwckg ingest (5 JSON dumps, gzip)"
row jena "tdb2.tdbloader --loader=parallel (N-Triples, gzip)"
echo
echo "dumps: $dumps ($(du -sh "$dumps" | cut -f1)); work: $work; $(nproc) cores; load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

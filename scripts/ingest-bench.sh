#!/usr/bin/env bash
# Benchmarks `pwckg ingest` (graph and keyword index) against Jena's own bulk loader (tdb2.tdbloader
# --loader=parallel) on the same triples, alternating the sides in each round:
#   scripts/ingest-bench.sh [--rounds N] [--baseline JAR] [DUMPS_DIR] [WORK_DIR]
# DUMPS_DIR defaults to /tmp/pwc-full, generated at full-archive scale (`pwckg generate`, seed 1) when missing.
# Our side: the five JSON dumps → TDB2 (parse, map, load) and the keyword index. Jena's side: the same graph
# exported as N-Triples (gzip, exported once, not timed) → TDB2. --baseline runs an older build's jar as a third
# side, so one run shows the old figure beside the new one. Every side runs under -Xmx2g and the parallel collector
# (what ./pwckg gives batch commands; ours run through ./pwckg itself); the script records the
# wall time and peak RSS (GNU time) and the peak live heap (the largest heap left after a GC, from the GC log).
# Run it on an otherwise idle machine. WORK_DIR/ours is left holding the last ingest (the other benchmarks use it).
set -euo pipefail
rounds=2 baseline=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    -*) echo "usage: scripts/ingest-bench.sh [--rounds N] [--baseline JAR] [DUMPS_DIR] [WORK_DIR]" >&2; exit 1 ;;
    *) break ;;
  esac
done
. "$(dirname "$0")/bench-lib.sh"
dumps="${1:-/tmp/pwc-full}"
work="${2:-$(mktemp -d /tmp/ingest-bench.XXXX)}"
mkdir -p "$work"
[ -f "$dumps/papers-with-abstracts.json.gz" ] || "$here/pwckg" generate --papers 576261 --seed 1 "$dumps"
[ -z "$baseline" ] || [ -f "$baseline" ] || { echo "scripts/ingest-bench.sh: no jar '$baseline'" >&2; exit 1; }

measure() { # label, then the command: wall seconds and peak RSS (KB) from GNU time, the GC log beside them
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/$label.time" "$@" > "$work/$label.out" 2> "$work/$label.err"
}
ingest() { # label, jar: through the launcher, with the JVM options (heap, collector) a user's ./pwckg ingest gets
  rm -rf "$work/$1"
  measure "$1" env PWCKG_JAR="$2" PWCKG_CDS= PWCKG_JAVA_OPTS="$PWCKG_JAVA_OPTS -Xlog:gc:file=$work/$1.gc" \
    "$here/pwckg" ingest --db "$work/$1" "$dumps" || [ $? -eq 2 ] # 2 = values reported
}
jena() { # the launcher's heap and its collector for batch commands, so that both sides run under one JVM setup
  rm -rf "$work/jena"
  measure jena "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseParallelGC -Xlog:gc:file="$work/jena.gc" \
    -cp "$bench_jar" tdb2.tdbloader --loader=parallel --loc "$work/jena" "$work/graph.nt.gz"
}
# Only collecting pauses count, and not one whose evacuation failed for lack of room (it leaves everything in place).
peak_heap_mb() {
  grep -E 'Pause (Young|Full)' "$work/$1.gc" | grep -v 'Evacuation Failure' | grep -o -- '->[0-9]*M(' | tr -dc '0-9\n' \
    | sort -n | tail -1
}
index_secs() { grep -o 'Keyword index: .* in [0-9.]* s' "$work/$1.out" "$work/$1.err" 2>/dev/null | tail -1 | grep -o '[0-9.]* s$' | tr -d ' s'; }
row() { # round, label, description
  local secs rss idx
  secs=$(awk '{print $1}' "$work/$2.time"); rss=$(awk '{print $2}' "$work/$2.time"); idx=$(index_secs "$2")
  awk -v r="$1" -v d="$3" -v s="$secs" -v x="${idx:--}" -v m="$rss" -v h="$(peak_heap_mb "$2")" -v l="$4" \
    'BEGIN { printf "| %s | %s | %.1f s | %s | %.0f MB | %s MB | %s |\n", r, d, s, (x == "-" ? "–" : x " s"), m / 1024, h, l }'
}

rows=()
for round in $(seq 1 "$rounds"); do
  # Alternate the order: odd rounds start with ours, even ones with Jena's loader.
  sides=(ours ${baseline:+baseline} jena)
  [ $((round % 2)) -eq 0 ] && sides=(jena ${baseline:+baseline} ours)
  for side in "${sides[@]}"; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    case "$side" in
      ours) ingest ours "$here/cli/target/pwckg.jar"; rows+=("$(row "$round" ours "pwckg ingest (this build)" "$load")") ;;
      baseline) ingest baseline "$baseline"; rows+=("$(row "$round" baseline "pwckg ingest ($(basename "$baseline"))" "$load")") ;;
      jena)
        if [ ! -f "$work/graph.nt.gz" ]; then
          [ -d "$work/ours" ] || ingest ours "$here/cli/target/pwckg.jar"
          "$here/pwckg" export --db "$work/ours" --format nt --gzip "$work/graph.nt.gz"
        fi
        jena; rows+=("$(row "$round" jena "tdb2.tdbloader --loader=parallel (N-Triples, gzip)" "$load")") ;;
    esac
    printf '%s\n' "${rows[-1]}" >&2
  done
done
triples=$("$here/pwckg" query --db "$work/ours" --format tsv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tail -1 | tr -dc 0-9)
echo "| round | loader | wall time | of it: keyword index | peak RSS | peak live heap | load avg at start |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "triples: $triples; dumps: $dumps ($(du -sh "$dumps" | cut -f1)); work: $work; $(nproc) cores; load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

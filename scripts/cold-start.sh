#!/usr/bin/env bash
# Start-up time of `pwckg serve` (issue 13, item 5): launch -> first 200 from /ready, polled every 50 ms, with the
# page cache of the database, of cli/target (the jar and its class-data archives) and of the JDK dropped first
# (cold) or left as it is (--warm). Prints the seconds and the bytes the server read from disk until it was ready
# (/proc/PID/io read_bytes). Dropping a file's cache needs no privileges (GNU dd's iflag=nocache).
#   scripts/cold-start.sh --db DIR [--warm] [--runs 3]
# To compare two builds, run it in each checkout in turn, on the same database, on an otherwise idle machine.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/scripts/env.sh"
db="" warm=false runs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --warm) warm=true; shift ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: scripts/cold-start.sh --db DIR [--warm] [--runs N]" >&2; exit 1 ;;
  esac
done
[ -d "$db" ] || { echo "scripts/cold-start.sh: no database folder '$db' (--db DIR)" >&2; exit 1; }
[ -f "$here/cli/target/pwckg.jar" ] || (cd "$here" && mvn -B -q -ntp -DskipTests package) >&2
drop() { find "$@" -type f -print0 | xargs -0 -r -I{} dd if={} iflag=nocache count=0 status=none 2>/dev/null || true; }
for run in $(seq 1 "$runs"); do
  sync
  $warm || drop "$db" "$here/cli/target" "$JAVA_HOME"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000)))
  log="$(mktemp)"
  t0=$(date +%s%N)
  "$here/pwckg" serve --db "$db" --port "$port" > "$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "pwckg serve exited; its output: $log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  read_bytes=$(awk '/^read_bytes/ {print $2}' "/proc/$pid/io")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
  printf '%s run %d: ready in %.2f s, %d MB read from disk\n' "$($warm && echo warm || echo cold)" "$run" \
    "$(echo "($t1 - $t0) / 1000000000" | bc -l)" $((read_bytes / 1000000))
done

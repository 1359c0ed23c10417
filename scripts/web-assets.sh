#!/usr/bin/env bash
# Installs the server's JavaScript from the npm registry, pinned by the committed package-lock.json files:
#   server/src/main/js  the YASGUI query editor and Swagger UI, served by the server from /assets/
#   server/src/test/js  sparql-http-client, the independent JavaScript client JsClientTest runs
# Maven runs this in the server module's generate-resources phase (skip with -Dweb-assets.skip).
# Without npm it warns and exits 0: the server then falls back to plain pages and JsClientTest skips.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v npm >/dev/null 2>&1; then
  echo "web-assets: npm not found; the query editor and API docs fall back to plain pages" >&2
  exit 0
fi
for dir in server/src/main/js server/src/test/js; do
  cd "$root/$dir"
  # npm ci wipes node_modules; skip it when the installed tree already matches the lock file.
  if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
    continue
  fi
  npm ci --no-audit --no-fund --ignore-scripts --prefer-offline --loglevel=error
done

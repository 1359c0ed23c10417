#!/usr/bin/env bash
# Makes sure the headless browser of the website's end-to-end tests is installed: Debian's `chromium` and
# `chromium-driver` (/usr/bin/chromium, /usr/bin/chromedriver). The tests never download a browser.
#   scripts/browser.sh            install with apt-get when missing (root only); otherwise say what to install
# Run by ./run-tests (and so by .ci/run). Without the browser the tests fail under CI=true and are skipped,
# with a message, on a developer's machine.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "browser: /usr/bin/chromium or /usr/bin/chromedriver is missing; install Debian's chromium and" \
    "chromium-driver (sudo apt-get install chromium chromium-driver) to run the website's browser tests" >&2
  exit 0
fi
echo "browser: installing Debian's chromium and chromium-driver" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
/usr/bin/chromium --version >&2

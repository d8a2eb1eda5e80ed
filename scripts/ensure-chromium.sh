#!/usr/bin/env bash
# Browser tests use Debian's Chromium: no test tool may download a browser of its own here.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "[setup] installing Debian chromium (browser tests need it)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
  echo "[setup] chromium installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi
echo "[setup] Chromium is missing at $CHROMIUM and cannot be installed automatically (not root or no apt-get)." >&2
echo "[setup] Install it yourself, e.g.: sudo apt-get install chromium   (or set CHROMIUM_PATH to a Chromium binary)" >&2
exit 1

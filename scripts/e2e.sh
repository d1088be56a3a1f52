#!/usr/bin/env bash
# End-to-end suite: builds the site, starts the server on a fresh SQLite
# database with demo data, waits until it answers, runs Playwright in Debian
# Chromium (JavaScript on and off), and stops the server.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:${PORTAL_TOOLS_DIR:-$HOME/.cache/partner-portal/tools}/node_modules/.bin:$PATH"
PORT="${E2E_PORT:-3100}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

cargo leptos build
DATA="$(mktemp -d)"
export DATABASE_URL="sqlite://$DATA/e2e.db" PORTAL_ADDRESS="127.0.0.1:$PORT" PORTAL_SITE_ROOT="$ROOT/target/site"
export PORTAL_PUBLIC_URL="http://127.0.0.1:$PORT" PORTAL_LOG=warn PORTAL_UPLOAD_DIR="$DATA/uploads"
"$TARGET_DIR/debug/portal" demo-data >/dev/null
"$TARGET_DIR/debug/portal" serve >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null || { cat "$DATA/server.log"; exit 1; }
cd end2end
PORTAL_URL="http://127.0.0.1:$PORT" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx playwright test "$@"

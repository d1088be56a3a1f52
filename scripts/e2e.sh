#!/usr/bin/env bash
# End-to-end suite: builds the site, starts the server on a fresh SQLite
# database with demo data, waits until it answers, runs Playwright in Debian
# Chromium (JavaScript on and off), and stops the server. Then the money
# flows (deal registration and MDF) run again against a fresh PostgreSQL
# database (PORTAL_TEST_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres),
# so the whole cycle is proven in a browser on both databases. Arguments go
# to the SQLite run; PORTAL_E2E_PG=0 skips the PostgreSQL run outside CI.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:${PORTAL_TOOLS_DIR:-$HOME/.cache/partner-portal/tools}/node_modules/.bin:$PATH"
PORT="${E2E_PORT:-3100}"
MAIL_PORT="${E2E_MAIL_PORT:-3125}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
PG_ADMIN="${PORTAL_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

cargo leptos build --split
DATA="$(mktemp -d)"
SERVER=""
SINK=""
PG_DB=""
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true
  [ -n "$SINK" ] && kill "$SINK" 2>/dev/null || true
  if [ -n "$PG_DB" ]; then
    psql "$PG_ADMIN" -q -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  rm -rf "$DATA"
}
trap cleanup EXIT

# The test-only mail sink: the portal sends its mail there by SMTP, and the
# tests read invitation links from the files it writes.
export PORTAL_MAIL_DIR="$DATA/mail"
node end2end/mail-sink.mjs "$PORTAL_MAIL_DIR" "$MAIL_PORT" >"$DATA/mail-sink.log" 2>&1 &
SINK=$!
export SMTP_HOST=127.0.0.1 SMTP_PORT="$MAIL_PORT" SMTP_TLS=none

# Starts the server on DATABASE_URL with demo data and runs Playwright.
run_suite() {
  local name="$1"
  shift
  export PORTAL_ADDRESS="127.0.0.1:$PORT" PORTAL_SITE_ROOT="$ROOT/target/site"
  export PORTAL_PUBLIC_URL="http://127.0.0.1:$PORT" PORTAL_LOG=warn PORTAL_UPLOAD_DIR="$DATA/uploads-$name"
  "$TARGET_DIR/debug/portal" demo-data >/dev/null
  "$TARGET_DIR/debug/portal" serve >"$DATA/server-$name.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null || { cat "$DATA/server-$name.log"; exit 1; }
  echo "== Playwright on $name"
  if ! (cd end2end && PORTAL_URL="http://127.0.0.1:$PORT" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx playwright test "$@"); then
    # The failure's evidence: what the server logged (warnings and up).
    echo "== server log ($name), last 200 lines"
    tail -n 200 "$DATA/server-$name.log"
    exit 1
  fi
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  SERVER=""
}

export DATABASE_URL="sqlite://$DATA/e2e.db"
run_suite sqlite "$@"

if [ "${PORTAL_E2E_PG:-1}" = 0 ] && [ "${CI:-}" != true ]; then
  echo "== PostgreSQL browser run skipped (PORTAL_E2E_PG=0)"
  exit 0
fi
if ! psql "$PG_ADMIN" -q -c 'SELECT 1' >/dev/null 2>&1; then
  if [ "${CI:-}" = true ]; then
    echo "PostgreSQL at $PG_ADMIN is unreachable, and CI=true forbids skipping" >&2
    exit 1
  fi
  echo "SKIPPED: the PostgreSQL browser run (no server at $PG_ADMIN)"
  exit 0
fi
PG_DB="portal_e2e_$$"
psql "$PG_ADMIN" -q -c "CREATE DATABASE $PG_DB" >/dev/null
export DATABASE_URL="${PG_ADMIN%/*}/$PG_DB"
run_suite postgres tests/mdf.spec.ts tests/deals.spec.ts

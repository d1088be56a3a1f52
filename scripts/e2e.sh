#!/usr/bin/env bash
# End-to-end suite: builds the site, starts servers on fresh SQLite
# databases with demo data, waits until they answer, runs Playwright in
# Debian Chromium (JavaScript on and off), and stops the servers. Then the
# money and deal flows (deal registration, MDF, leads) run again against fresh
# PostgreSQL databases (PORTAL_TEST_PG_URL, default
# postgres://postgres@127.0.0.1:5432/postgres), so the whole cycle is proven
# in a browser on both databases. Arguments go to the SQLite run;
# PORTAL_E2E_PG=0 skips the PostgreSQL run outside CI.
#
# The spec files are split into E2E_SHARDS shards (default 2) run at once,
# each against a server and a database of its own, so no two flows share
# state; a file's tests stay together, in order.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:${PORTAL_TOOLS_DIR:-$HOME/.cache/partner-portal/tools}/node_modules/.bin:$PATH"
PORT="${E2E_PORT:-3100}"
MAIL_PORT="${E2E_MAIL_PORT:-3125}"
SHARDS="${E2E_SHARDS:-2}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
PG_ADMIN="${PORTAL_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

# Hashed names as a release build has them (scripts/run.sh); the server
# compresses the copies at start, as a build without --precompress needs.
LEPTOS_HASH_FILES=true cargo leptos build --split
DATA="$(mktemp -d)"
SERVERS=()
SINK=""
PG_DBS=()
stop_servers() {
  for pid in "${SERVERS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${SERVERS[@]}"; do wait "$pid" 2>/dev/null || true; done
  SERVERS=()
}
cleanup() {
  stop_servers
  [ -n "$SINK" ] && kill "$SINK" 2>/dev/null || true
  for db in "${PG_DBS[@]}"; do
    psql "$PG_ADMIN" -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  done
  rm -rf "$DATA"
}
trap cleanup EXIT

# The test-only mail sink: the portal sends its mail there by SMTP, and the
# tests read invitation links from the files it writes (each test to
# addresses of its own, so the shards never read each other's mail).
export PORTAL_MAIL_DIR="$DATA/mail"
node end2end/mail-sink.mjs "$PORTAL_MAIL_DIR" "$MAIL_PORT" >"$DATA/mail-sink.log" 2>&1 &
SINK=$!
export SMTP_HOST=127.0.0.1 SMTP_PORT="$MAIL_PORT" SMTP_TLS=none
export PORTAL_SITE_ROOT="$ROOT/target/site" PORTAL_LOG=warn

# The database URL of shard $2 for run $1.
database_url() {
  if [ "$1" = sqlite ]; then
    echo "sqlite://$DATA/e2e-$2.db"
  else
    echo "${PG_ADMIN%/*}/portal_e2e_$$_$2"
  fi
}

# Starts one server per shard with demo data, runs the shards' Playwright
# at once, prints each shard's report, and stops the servers.
run_suite() {
  local name="$1"
  shift
  local i port url pids=() failed=0
  for i in $(seq 1 "$SHARDS"); do
    port=$((PORT + i - 1))
    url="$(database_url "$name" "$i")"
    env DATABASE_URL="$url" "$TARGET_DIR/debug/portal" demo-data >/dev/null
    env DATABASE_URL="$url" PORTAL_ADDRESS="127.0.0.1:$port" PORTAL_PUBLIC_URL="http://127.0.0.1:$port" \
      PORTAL_UPLOAD_DIR="$DATA/uploads-$name-$i" \
      "$TARGET_DIR/debug/portal" serve >"$DATA/server-$name-$i.log" 2>&1 &
    SERVERS+=($!)
  done
  for i in $(seq 1 "$SHARDS"); do
    port=$((PORT + i - 1))
    for _ in $(seq 1 100); do
      curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
      sleep 0.2
    done
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || { cat "$DATA/server-$name-$i.log"; exit 1; }
  done
  echo "== Playwright on $name ($SHARDS shards at once)"
  local started=$SECONDS
  for i in $(seq 1 "$SHARDS"); do
    port=$((PORT + i - 1))
    (cd end2end && PORTAL_URL="http://127.0.0.1:$port" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
      npx playwright test --shard="$i/$SHARDS" --pass-with-no-tests "$@") >"$DATA/playwright-$name-$i.log" 2>&1 &
    pids+=($!)
  done
  for i in $(seq 1 "$SHARDS"); do
    if ! wait "${pids[$((i - 1))]}"; then failed=1; fi
    echo "-- shard $i/$SHARDS ($name)"
    cat "$DATA/playwright-$name-$i.log"
  done
  echo "== Playwright on $name: $((SECONDS - started)) s"
  if [ "$failed" = 1 ]; then
    # The failure's evidence: what the servers logged (warnings and up).
    for i in $(seq 1 "$SHARDS"); do
      echo "== server log ($name, shard $i), last 200 lines"
      tail -n 200 "$DATA/server-$name-$i.log"
    done
    exit 1
  fi
  stop_servers
}

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
for i in $(seq 1 "$SHARDS"); do
  db="portal_e2e_$$_$i"
  psql "$PG_ADMIN" -q -c "CREATE DATABASE $db" >/dev/null
  PG_DBS+=("$db")
done
run_suite postgres tests/mdf.spec.ts tests/deals.spec.ts tests/leads.spec.ts tests/pulse.spec.ts tests/onboarding.spec.ts

#!/usr/bin/env bash
# Runs every test: unit, integration and HTTP tests on SQLite and PostgreSQL
# (PostgreSQL at PORTAL_TEST_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres;
# with CI=true an unreachable server fails the run), then the end-to-end
# suite in headless Chromium with JavaScript on and off.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh --with-e2e
export PATH="$HOME/.cargo/bin:${PORTAL_TOOLS_DIR:-$HOME/.cache/partner-portal/tools}/node_modules/.bin:$PATH"

echo "== unit, integration and HTTP tests (SQLite and PostgreSQL)"
cargo test --features ssr
# The tests that render pages (the two sweeps, the error pages) run alone:
# two test servers in one process rendering pages at once sometimes left a
# render pending (docs/security.md), so they are #[ignore]d above and run
# one at a time.
echo "== page sweeps (canary, security headers), one test at a time"
cargo test --features ssr --test api -- --ignored --test-threads=1
echo "== end-to-end tests (Chromium, JavaScript on and off)"
bash scripts/e2e.sh

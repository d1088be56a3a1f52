#!/usr/bin/env bash
# Runs the portal on SQLite with demo data at http://127.0.0.1:3000.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:${PORTAL_TOOLS_DIR:-$HOME/.cache/partner-portal/tools}/node_modules/.bin:$PATH"
# Hashed file names (cached by browsers for a year) and brotli/gzip copies
# made once at build time (src/server/assets.rs).
LEPTOS_HASH_FILES=true cargo leptos build --release --split --precompress
./target/release/portal demo-data
# Development mode: without an SMTP server, e-mail (invitations, password
# resets) is printed to this terminal, so the demo's links can be followed.
# A production server runs with PORTAL_ENV=PROD (Leptos.toml) and SMTP.
export PORTAL_ENV="${PORTAL_ENV:-DEV}"
exec ./target/release/portal serve

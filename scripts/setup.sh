#!/usr/bin/env bash
# Installs the toolchain the portal builds and tests with, from the package
# registries only (see docs/development.md). Idempotent: every step checks
# first and skips what is already there, so it is cheap to run each time.
set -euo pipefail

CARGO_LEPTOS_VERSION=0.3.8
# Must equal the wasm-bindgen version pinned in Cargo.toml / Cargo.lock.
WASM_BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132
TOOLS_DIR="${PORTAL_TOOLS_DIR:-$HOME/.cache/partner-portal/tools}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
need_e2e=0
[ "${1:-}" = "--with-e2e" ] && need_e2e=1

export PATH="$HOME/.cargo/bin:$TOOLS_DIR/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -q wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt

if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
  log "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 12 minutes on 2 cores)"
  cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked --features no_downloads
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lock file names a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! [ -x "$TOOLS_DIR/node_modules/.bin/wasm-opt" ]; then
  log "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into $TOOLS_DIR"
  mkdir -p "$TOOLS_DIR"
  (cd "$TOOLS_DIR" && { [ -f package.json ] || echo '{"private":true}' > package.json; } \
    && npm install --no-audit --no-fund "binaryen@$BINARYEN_VERSION")
fi

if [ "$need_e2e" = 1 ]; then
  if ! [ -x /usr/bin/chromium ]; then
    log "installing Debian chromium"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium fonts-liberation >/dev/null
  fi
  if ! [ -d /usr/share/fonts/opentype/noto ] || ! ls /usr/share/fonts/opentype/noto | grep -q CJK; then
    # Japanese pages (the browser suite's screenshots and checks) need a CJK font.
    log "installing the Noto CJK fonts (Japanese pages)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq fonts-noto-cjk >/dev/null
  fi
  if ! command -v psql >/dev/null 2>&1; then
    log "installing the PostgreSQL client (the browser suite's PostgreSQL run)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql-client >/dev/null
  fi
  if ! [ -d "$ROOT/end2end/node_modules/@playwright/test" ] || ! [ -d "$ROOT/end2end/node_modules/@axe-core/playwright" ] \
    || ! [ -d "$ROOT/end2end/node_modules/smtp-server" ]; then
    log "installing the Playwright test runner, axe-core and the test mail sink (no browser download)"
    (cd "$ROOT/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
fi
log "toolchain ready"

# shellcheck shell=bash
# Installs what Kring's build and tests need, skipping whatever is already there.
# Sourced by scripts/serve and scripts/test. Only package registries are reachable
# on our machines, so every tool comes from crates.io, npm or Debian: never from
# Trunk's own downloader (Trunk.toml pins the versions so it never tries).
set -euo pipefail

KRING_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$HOME/.cargo/bin:$KRING_ROOT/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_rust_components() {
  local have
  have="$(rustup component list --installed 2>/dev/null || true)"
  for c in rustfmt clippy; do
    if ! grep -q "^$c" <<<"$have"; then
      say "Adding the $c component"
      rustup component add "$c"
    fi
  done
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
    say "Installing Trunk $TRUNK_VERSION (compiles for ~14 minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$KRING_ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local want
  want="$(wasm_bindgen_version)"
  if [ -z "$want" ]; then
    say "Cannot read the wasm-bindgen version from Cargo.lock"; return 1
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $want\$"; then
    say "Installing wasm-bindgen-cli $want (compiles for ~5 minutes, once)"
    # --locked fails: one of its locked dependencies is gone from the registry.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

# npm packages (binaryen's wasm-opt, playwright-core, axe-core) pinned by package-lock.json.
ensure_node_packages() {
  if ! command -v npm >/dev/null 2>&1; then
    ensure_apt_packages nodejs npm
  fi
  if [ ! -x "$KRING_ROOT/node_modules/.bin/wasm-opt" ] \
     || [ "$KRING_ROOT/package-lock.json" -nt "$KRING_ROOT/node_modules/.package-lock.json" ]; then
    say "Installing npm packages from package-lock.json"
    (cd "$KRING_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

APT_UPDATED=0
ensure_apt_packages() {
  local missing=()
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ "$APT_UPDATED" -eq 0 ]; then
    say "apt-get update"
    $sudo apt-get update -qq
    APT_UPDATED=1
  fi
  say "Installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_browser() {
  ensure_apt_packages chromium chromium-driver poppler-utils
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_rust_components
  ensure_node_packages
  ensure_wasm_bindgen
  ensure_trunk
}

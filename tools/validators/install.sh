#!/usr/bin/env bash
# Installs the node packages of tools/validators (used by the validators) with `npm ci` against the committed
# lock file: idempotent, fast when up to date, safe to call concurrently (see ../npm-ci.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec bash "$here/../npm-ci.sh" "$here" "the validators"

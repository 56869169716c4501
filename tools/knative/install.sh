#!/usr/bin/env bash
# Installs the node packages of tools/knative (the Knative serving schemas that check the gcp target's Cloud Run YAML)
# with `npm ci` against the committed lock file: idempotent, fast when up to date (see ../npm-ci.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec bash "$here/../npm-ci.sh" "$here" "the Cloud Run (Knative) checks"

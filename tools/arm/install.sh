#!/usr/bin/env bash
# Installs the node packages of tools/arm (@azure/arm-appcontainers, whose AutoRest mappers describe the Microsoft.App
# 2024-03-01 models) with `npm ci` against the committed lock file (idempotent, safe to call concurrently: ../npm-ci.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/../npm-ci.sh" "$here" "the Container Apps model check"

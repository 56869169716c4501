#!/usr/bin/env bash
# Installs the node packages of tools/cfn (the CloudFormation validators) with `npm ci` against the committed lock
# file (idempotent, fast when up to date, safe to call concurrently: see ../npm-ci.sh), then gives cfn-lint the
# newer resource specification (swap-spec.sh). .npmrc keeps cdk-validator-cfnguard's peer aws-cdk-lib out and runs
# no install scripts.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/../npm-ci.sh" "$here" "the CloudFormation validators"
exec bash "$here/swap-spec.sh"

#!/usr/bin/env bash
# cfn-lint 1.9.7 (npm) bundles a 2019 resource specification that rejects current properties. Replace it with the
# CloudFormation resource specification of @aws-cdk/cfnspec 2.72.1 (spec/specification.json). Idempotent: copies
# only when the two files differ (a later `npm ci` restores the old file; install.sh runs this after it every time).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/node_modules/@aws-cdk/cfnspec/spec/specification.json"
dst="$here/node_modules/cfn-lint/data/aws_resources_specification.json"
[ -f "$src" ] || { echo "tools/cfn/swap-spec.sh: $src is missing (run tools/cfn/install.sh)" >&2; exit 1; }
[ -f "$dst" ] || { echo "tools/cfn/swap-spec.sh: $dst is missing (run tools/cfn/install.sh)" >&2; exit 1; }
cmp -s "$src" "$dst" && exit 0
tmp="$dst.forge-tmp.$$"
cp "$src" "$tmp"
mv -f "$tmp" "$dst"   # atomic: a concurrent reader sees the old or the new file, never half of one

#!/usr/bin/env bash
# Whole-process time of `./forge validate` on the examples, warm (jar built, AppCDS archive made).
# Usage: bench/validate.sh [RUNS]   (default 20)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
runs=${1:-20}
"$root/forge" --version >/dev/null
for ex in trip-assistant site-builder ai-validation-platform forge-platform; do
  measure "validate-$ex" "$runs" "$root/forge" validate "$root/examples/$ex/forge.yaml"
done

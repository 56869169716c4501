#!/usr/bin/env bash
# Whole-process time of `./forge verify` (synth + terraform init/validate/plan -refresh=false of every
# environment, offline, 2 at a time) on the largest example, warm (jar built, AppCDS archive made,
# tools/tf-provider installed). Needs terraform and node on the PATH.
# Usage: bench/verify.sh [RUNS] [EXAMPLE]   (default 5 runs of site-builder: 3 environments, 316 resources)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
runs=${1:-5}
ex=${2:-site-builder}
"$root/forge" --version >/dev/null
bash "$root/tools/tf-provider/install.sh"
"$root/forge" verify "$root/examples/$ex/forge.yaml" >/dev/null   # warm-up, and fail early if it does not pass
measure "verify-$ex" "$runs" "$root/forge" verify "$root/examples/$ex/forge.yaml"

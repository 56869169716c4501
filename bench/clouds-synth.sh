#!/usr/bin/env bash
# Whole-process `forge synth -t gcp -t azure` of the largest example, examples/ai-validation-platform (issue 16: both
# targets under 1 s warm), and each target alone. Median wall time and peak RSS over RUNS runs (default 5) after one
# warm-up, each into a new folder. A benchmark script, never a timed test.
#   bench/clouds-synth.sh            RUNS=9 bench/clouds-synth.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
runs=${RUNS:-5}
"$root/forge" --version >/dev/null   # builds the jar (and its AppCDS archive) when missing or stale
work=$(mktemp -d "${TMPDIR:-/tmp}/forge-clouds.XXXXXX"); trap 'rm -rf "$work"' EXIT
spec="$root/examples/ai-validation-platform/forge.yaml"
for targets in "gcp azure" "gcp" "azure"; do
  name="clouds-synth-${targets// /-}"
  flags=(); for t in $targets; do flags+=(-t "$t"); done
  cat >"$work/$name" <<SCRIPT
#!/usr/bin/env bash
exec "$root/forge" synth "$spec" --out "\$(mktemp -u -d "$work/out.XXXXXX")" ${flags[*]}
SCRIPT
  chmod +x "$work/$name"
  measure "$name" "$runs" "$work/$name"
done

#!/usr/bin/env bash
# Whole-process `forge check` through the ./forge launcher (jar + AppCDS archive, as a user runs it):
# the largest example (goal < 0.5 s) and a generated spec with 1,000 resources (goal < 1.5 s).
# Usage: bench/check-bench.sh [RUNS]   (default 10; median, min, max and peak RSS)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
runs=${1:-10}
"$root/forge" --version >/dev/null
gen_dir=$(mktemp -d); trap 'rm -rf "$gen_dir"' EXIT
gen="$gen_dir/bench-1000.yaml"
python3 - "$gen" <<'PY'
import sys
out = ["forge: 1", "app: bench", "owner: bench-team", "environments:", "  dev: {}", "  prod:",
       "    alerts:", "      email: ops@example.com"]
def section(name, n, body):
    out.append(name + ":")
    for i in range(n):
        out.append(f"  r{i}:")
        out.extend("    " + l for l in body(i))
section("tables", 250, lambda i: ["key: id"])
section("buckets", 250, lambda i: ["description: bucket"])
section("queues", 250, lambda i: ["fifo: false"])
section("functions", 250, lambda i: ["source: functions/f", "runtime: python3.12", "handler: app.handler",
                                     "reserved-concurrency: 5", f"uses: [table:r{i}, bucket:r{i} (read-write), queue:r{i}]"])
open(sys.argv[1], "w").write("\n".join(out) + "\n")
PY
largest=$(ls -S "$root"/examples/*/forge.yaml | head -1)
# `check` exits 1 when an error finding remains; the generated spec has none, the examples have none.
measure "check-largest-example" "$runs" "$root/forge" check "$largest"
measure "check-1000-resources" "$runs" "$root/forge" check "$gen"

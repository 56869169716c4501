#!/usr/bin/env bash
# Whole-process `forge synth --target terraform-aws`: every example (goal < 1 s), and a generated
# spec with 200 functions, 200 tables, 200 buckets and one HTTP route per function (goal < 2 s and
# < 300 MiB peak RSS). Median wall time and peak RSS over RUNS runs (default 5) after one warm-up.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
runs=${RUNS:-5}
"$root/forge" --version >/dev/null
gen=$(mktemp -d); trap 'rm -rf "$gen"' EXIT

{
  echo "forge: 1"; echo "app: bench"; echo "owner: bench-team"; echo "region: us-east-1"
  echo "environments: { dev: {}, prod: { alerts: { email: ops@example.com } } }"
  echo "ci: { github: example-org/bench }"
  echo "functions:"
  for i in $(seq 0 199); do
    echo "  f$i: { runtime: python3.12, handler: app.handler, source: functions/f$i, uses: [\"table:t$i (read-write)\", \"bucket:b$i (read)\"] }"
  done
  echo "tables:"
  for i in $(seq 0 199); do echo "  t$i: { key: { partition: pk, sort: sk }, indexes: { by-owner: { partition: owner } } }"; done
  echo "buckets:"
  for i in $(seq 0 199); do echo "  b$i: { lifecycle: [{ expire-after: 30d }] }"; done
  echo "apis:"
  echo "  public:"
  echo "    auth: { type: none, reason: \"Synthetic benchmark API, never deployed\" }"
  echo "    routes:"
  for i in $(seq 0 199); do echo "      GET /f$i: function:f$i"; done
} > "$gen/forge.yaml"
for i in $(seq 0 199); do mkdir -p "$gen/functions/f$i"; done   # function sources must exist (FORGE-E123)
"$root/forge" validate "$gen/forge.yaml" >/dev/null

for spec in "$root"/examples/*/forge.yaml; do
  name=$(basename "$(dirname "$spec")")
  measure "terraform-synth-$name" "$runs" "$root/forge" synth "$spec" --target terraform-aws --out "$gen/out-$name"
done
measure terraform-synth-200 "$runs" "$root/forge" synth "$gen/forge.yaml" --target terraform-aws --out "$gen/out-200"
echo "files for the generated spec: $(find "$gen/out-200/terraform-aws" -type f | wc -l)"

#!/usr/bin/env bash
# Writes the Forge side of the side-by-side benchmark into DIR: DIR/forge.yaml and the (empty) function
# source folders it names. One "service" i is a DynamoDB table t$i, an S3 bucket b$i, a Lambda function f$i
# that reads and writes t$i and reads b$i (two grants), the function's alarms, and a route GET /f$i on one
# shared HTTP API.
#   bench/sxs/gen-spec.sh N ENVS DIR      (ENVS: 1 = dev; 3 = dev, staging, prod)
set -euo pipefail
n=${1:?usage: gen-spec.sh N ENVS DIR}; envs=${2:?}; dir=${3:?}
mkdir -p "$dir"
case "$envs" in
  1) env_map="{ dev: { alerts: { email: ops@example.com } } }" ;;
  3) env_map="{ dev: { alerts: { email: ops@example.com } }, staging: { alerts: { email: ops@example.com } }, prod: { alerts: { email: ops@example.com } } }" ;;
  *) echo "gen-spec.sh: ENVS must be 1 or 3, not $envs" >&2; exit 2 ;;
esac
{
  echo "forge: 1"; echo "app: sxs"; echo "owner: bench-team"; echo "region: us-east-1"
  echo "environments: $env_map"
  echo "monitoring: { alarms: { enabled: true } }"
  echo "functions:"
  for ((i = 0; i < n; i++)); do
    echo "  f$i: { runtime: nodejs22.x, handler: index.handler, source: functions/f$i, uses: [\"table:t$i (read-write)\", \"bucket:b$i (read)\"] }"
  done
  echo "tables:"
  for ((i = 0; i < n; i++)); do echo "  t$i: { key: { partition: pk } }"; done
  echo "buckets:"
  for ((i = 0; i < n; i++)); do echo "  b$i: {}"; done
  echo "apis:"
  echo "  public:"
  echo "    type: http"
  echo "    auth: { type: none, reason: \"Synthetic benchmark API, never deployed\" }"
  echo "    routes:"
  for ((i = 0; i < n; i++)); do echo "      GET /f$i: function:f$i"; done
} > "$dir/forge.yaml"
for ((i = 0; i < n; i++)); do mkdir -p "$dir/functions/f$i"; done   # function sources must exist (FORGE-E123)

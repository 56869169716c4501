#!/usr/bin/env bash
# Whole-process `forge synth --target terraform-aws` of the AWS container platform (issue 13): ai-validation-platform,
# every environment (goal: under 1 s warm), and a generated spec with N services (default 100), N/10 databases and
# N/10 caches, each service using one database and one cache, a secret and a bucket, behind one load balancer with a
# route per service, and a scheduled job per database (goal: under 2 s for N=100). Median wall time and peak RSS over
# RUNS runs (default 5) after one warm-up, each into an empty folder. A benchmark script, never a timed test.
#   bench/aws-platform-synth.sh [N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
n=${1:-100}
runs=${RUNS:-5}
"$root/forge" --version >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/forge-aws-platform.XXXXXX"); trap 'rm -rf "$work"' EXIT
dbs=$(( n / 10 > 0 ? n / 10 : 1 ))
{
  echo "forge: 1"; echo "app: fleet"; echo "owner: bench-team"; echo "cost-centre: bench"; echo "region: us-east-1"
  echo "environments: { dev: {}, prod: { alerts: { email: ops@example.com } } }"
  echo "network: { cidr: 10.20.0.0/16 }"
  echo "secrets: { api-key: {} }"
  echo "buckets: { files: {} }"
  echo "databases:"
  for d in $(seq 0 $((dbs - 1))); do echo "  db$d: { environments: { prod: { instance: db.t4g.medium } } }"; done
  echo "caches:"
  for d in $(seq 0 $((dbs - 1))); do echo "  cache$d: {}"; done
  echo "services:"
  for i in $(seq 0 $((n - 1))); do
    echo "  s$i:"
    echo "    image: { build: app }"
    echo "    port: 8080"
    echo "    health: /healthz"
    echo "    env: { LOG_LEVEL: info, API_KEY: secret:api-key }"
    echo "    uses: [database:db$((i % dbs)), cache:cache$((i % dbs)), bucket:files (read-write)]"
    echo "    environments: { prod: { autoscaling: { min: 2, max: 10, cpu: 70 } } }"
  done
  echo "jobs:"
  for d in $(seq 0 $((dbs - 1))); do
    echo "  cleanup$d: { image: { build: app }, command: [node, cleanup.js], schedule: \"0 3 * * *\", uses: [database:db$d] }"
  done
  echo "apis:"
  echo "  public:"
  echo "    type: loadbalancer"
  echo "    routes:"
  for i in $(seq 0 $((n - 1))); do echo "      ANY /s$i/*: service:s$i"; done
} >"$work/forge.yaml"
mkdir -p "$work/app"
printf '{"name":"app","version":"1.0.0","private":true,"scripts":{"start":"node server.js"}}\n' >"$work/app/package.json"
printf '{"name":"app","version":"1.0.0","lockfileVersion":3,"requires":true,"packages":{"":{"name":"app","version":"1.0.0"}}}\n' >"$work/app/package-lock.json"
echo 'require("http").createServer((q, s) => s.end("ok")).listen(8080);' >"$work/app/server.js"
"$root/forge" validate "$work/forge.yaml" >/dev/null

# each run into an empty folder (a script, so that GNU time can run it)
printf '#!/usr/bin/env bash\nexec "%s/forge" synth "$1" --out "$(mktemp -u -d "%s/out.XXXXXX")" -t terraform-aws\n' "$root" "$work" >"$work/synth"
chmod +x "$work/synth"
measure "aws-platform-synth-ai-validation-platform" "$runs" "$work/synth" "$root/examples/ai-validation-platform/forge.yaml"
measure "aws-platform-synth-$n" "$runs" "$work/synth" "$work/forge.yaml"
echo "files per run: $(find "$(ls -d "$work"/out.* | tail -n 1)" -type f | wc -l)"

#!/usr/bin/env bash
# Whole-process `forge synth` (every target) of a generated spec of N functions (default 500), each consuming its
# own queue and running on a schedule: two triggers per function, 2 environments (issue 11's goal: under 2 s for
# N=500). Median wall time, CPU time and peak RSS over RUNS runs (default 5) after one warm-up, each into an empty
# folder (removed outside the timed part). A benchmark script, never a timed test.
#   bench/triggers-synth.sh [N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n=${1:-500}
runs=${RUNS:-5}
[ -x /usr/bin/time ] || { echo "bench/triggers-synth.sh: needs GNU time (/usr/bin/time, Debian package 'time')" >&2; exit 1; }
"$root/forge" --version >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/forge-triggers.XXXXXX"); trap 'rm -rf "$work"' EXIT
{
  echo "forge: 1"; echo "app: triggers"; echo "owner: bench-team"; echo "region: us-east-1"
  echo "environments: { dev: {}, prod: { alerts: { email: ops@example.com } } }"
  echo "functions:"
  for i in $(seq 0 $((n - 1))); do
    echo "  w$i:"
    echo "    { runtime: python3.12, handler: app.handler, source: src, timeout: 20s,"
    echo "      triggers: [{ queue: q$i, batch-size: 10 }, { schedule: \"cron($((i % 60)) 3 * * ? *)\", timezone: Europe/Berlin }] }"
  done
  echo "queues:"
  for i in $(seq 0 $((n - 1))); do echo "  q$i: {}"; done
} >"$work/forge.yaml"
mkdir -p "$work/src"
"$root/forge" validate "$work/forge.yaml" >/dev/null
walls=(); cpus=(); peak=0
for r in $(seq 0 "$runs"); do
  rm -rf "$work/out"
  t0=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$work/time" "$root/forge" synth "$work/forge.yaml" --out "$work/out" >/dev/null 2>"$work/err" \
    || { cat "$work/err" >&2; exit 1; }
  t1=$(date +%s%N)
  [ "$r" = 0 ] && continue   # warm-up
  walls+=($(( (t1 - t0) / 1000000 )))
  read -r u s m <"$work/time"
  cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1000 }')")
  [ "$m" -gt "$peak" ] && peak=$m
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
files=$(find "$work/out" -type f | wc -l)
mappings=$(grep -rho 'resource "aws_lambda_event_source_mapping"' "$work/out" | wc -l)
schedules=$(grep -rho 'resource "aws_scheduler_schedule"' "$work/out" | wc -l)
line="triggers-synth-$n: runs=$runs median=$(median "${walls[@]}")ms cpu=$(median "${cpus[@]}")ms peak_rss=$((peak / 1024))MiB files=$files"
echo "$line (resource blocks: $mappings event source mappings, $schedules schedules)"
mkdir -p "$root/bench/results"
echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $line" >>"$root/bench/results/triggers-synth-$n.txt"

#!/usr/bin/env bash
# Whole-process `forge synth` of the container targets (docker, compose, kubernetes, helm) for a generated spec of N
# services (default 200), each built from source, with a health path, autoscaling in prod, and uses of a shared
# database, cache, queue, bucket, secret and the next service (a chain); 2 environments (issue 12's goal: under 2 s for
# N=200). Also times the largest example (goal: under 1 s warm). Median wall time, CPU time and peak RSS over RUNS
# runs (default 5) after one warm-up, each into a new folder. A benchmark script, never a timed test.
# Measured on the JVM (FORGE_JVM=1: the jar with its AppCDS archive) and, when target/native/forge was built from
# the current jar (`mvn -B -DskipTests verify`, tools/native/README.md), with the native executable too.
#   bench/containers-synth.sh [N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
n=${1:-200}
runs=${RUNS:-5}
targets=(-t docker -t compose -t kubernetes -t helm)
[ -x /usr/bin/time ] || { echo "bench/containers-synth.sh: needs GNU time (/usr/bin/time, Debian package 'time')" >&2; exit 1; }
"$root/forge" --version >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/forge-containers.XXXXXX"); trap 'rm -rf "$work"' EXIT
fleet_spec "$n" "$work"
"$root/forge" validate "$work/forge.yaml" >/dev/null

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
measure() { # name spec [command...]
  local name=$1 spec=$2 walls=() cpus=() peak=0 r t0 t1 u s m
  shift 2
  local cmd=("$@")
  [ ${#cmd[@]} -gt 0 ] || cmd=(env FORGE_JVM=1 "$root/forge")
  for r in $(seq 0 "$runs"); do
    # a new folder each run, removed at the end: deleting ~2,000 files just before a run makes ext4 look past
    # the recently freed inodes on every file the run creates (several times slower creations, measured with perf)
    out="$work/out-$name-$r"
    t0=$(date +%s%N)
    /usr/bin/time -f '%U %S %M' -o "$work/time" "${cmd[@]}" synth "$spec" --out "$out" "${targets[@]}" \
      >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    t1=$(date +%s%N)
    [ "$r" = 0 ] && continue   # warm-up
    walls+=($(( (t1 - t0) / 1000000 )))
    read -r u s m <"$work/time"
    cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1000 }')")
    [ "$m" -gt "$peak" ] && peak=$m
  done
  local files line
  files=$(find "$out" -type f | wc -l)
  line="$name: runs=$runs median=$(median "${walls[@]}")ms cpu=$(median "${cpus[@]}")ms peak_rss=$((peak / 1024))MiB files=$files"
  echo "$line"
  mkdir -p "$root/bench/results"
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $line" >>"$root/bench/results/$name.txt"
}
measure "containers-synth-$n" "$work/forge.yaml"
measure "containers-synth-ai-validation-platform" "$root/examples/ai-validation-platform/forge.yaml"
native="$root/target/native/forge"
if [ -x "$native" ] && [ "$native" -nt "$root/target/forge.jar" ]; then
  measure "containers-synth-$n-native" "$work/forge.yaml" "$native"
  measure "containers-synth-ai-validation-platform-native" "$root/examples/ai-validation-platform/forge.yaml" "$native"
else
  echo "native: not measured (no target/native/forge built from the current jar; mvn -B -DskipTests verify builds it)"
fi

#!/usr/bin/env bash
# Whole-process A/B of the JVM launcher (./forge, AppCDS and all) against the native executable
# (target/native/forge, built by `mvn -B -DskipTests verify`, tools/native/README.md), runs alternating so
# machine noise hits both alike, each run into a new folder. Prints median wall time (and CPU time, peak RSS) of RUNS
# runs (default 7) after one warm-up each, for:
#   - synth -t cloudformation of examples/ai-validation-platform (issue 14's case: goal under ~300 ms);
#   - synth of the container targets (docker, compose, kubernetes, helm) of a generated spec of N services (default
#     200), the same spec as bench/containers-synth.sh generates.
#   bench/native-ab.sh [N]
# Then checks that both write byte-identical output for every example's default targets (diff -r).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
# the "jvm" side is ./forge on the JVM, even though the launcher would run the native executable once it is built
export FORGE_JVM=1
native="${FORGE_NATIVE:-$root/target/native/forge}"
n=${1:-200}
runs=${RUNS:-7}
[ -x "$native" ] || { echo "bench/native-ab.sh: no $native (mvn -B -DskipTests verify)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench/native-ab.sh: needs GNU time (/usr/bin/time, Debian package 'time')" >&2; exit 1; }
"$root/forge" --version >/dev/null   # builds the jar and the AppCDS archive if needed
work=$(mktemp -d "${TMPDIR:-/tmp}/forge-native-ab.XXXXXX"); trap 'rm -rf "$work"' EXIT

fleet_spec "$n" "$work"   # the spec of bench/containers-synth.sh

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
ab() { # name spec targets...
  local name=$1 spec=$2; shift 2
  local -A wall cpu peak
  local r side bin t0 t1 u s m
  for side in jvm native; do wall[$side]=""; cpu[$side]=""; peak[$side]=0; done
  for r in $(seq 0 "$runs"); do
    for side in jvm native; do
      bin=$([ $side = jvm ] && echo "$root/forge" || echo "$native")
      t0=$(date +%s%N)
      /usr/bin/time -f '%U %S %M' -o "$work/time" "$bin" synth "$spec" --out "$work/out-$name-$side-$r" "$@" \
        >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
      t1=$(date +%s%N)
      [ "$r" = 0 ] && continue   # warm-up
      wall[$side]+=" $(( (t1 - t0) / 1000000 ))"
      read -r u s m <"$work/time"
      cpu[$side]+=" $(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1000 }')"
      [ "$m" -gt "${peak[$side]}" ] && peak[$side]=$m
    done
  done
  for side in jvm native; do
    # shellcheck disable=SC2086
    local line="native-ab $name $side: runs=$runs median=$(median ${wall[$side]})ms cpu=$(median ${cpu[$side]})ms peak_rss=$(( ${peak[$side]} / 1024 ))MiB all=[${wall[$side]# }]"
    echo "$line"
    mkdir -p "$root/bench/results"
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $line" >>"$root/bench/results/native-ab.txt"
  done
}
ab ai-validation-platform-cloudformation "$root/examples/ai-validation-platform/forge.yaml" -t cloudformation
ab "containers-$n" "$work/forge.yaml" -t docker -t compose -t kubernetes -t helm

# Byte-identity: each side writes into the same folder in turn (the compose files hold paths relative to it), the
# first output is moved aside, then diff -r. Every example with its default targets, and the generated spec.
status=0
same() { # name spec targets...
  local name=$1 spec=$2 side bin; shift 2
  for side in jvm native; do
    bin=$([ $side = jvm ] && echo "$root/forge" || echo "$native")
    rm -rf "$work/same"
    "$bin" synth "$spec" --out "$work/same" "$@" >/dev/null 2>&1 || echo "native-ab: $side synth of $name failed" >&2
    mv "$work/same" "$work/same-$side-$name"
  done
  if diff -r "$work/same-jvm-$name" "$work/same-native-$name" >"$work/diff-$name" 2>&1; then
    echo "native-ab identical $name: $(find "$work/same-jvm-$name" -type f | wc -l) files"
  else
    echo "native-ab DIFFERENT $name:"; head -20 "$work/diff-$name"; status=1
  fi
}
for spec in "$root"/examples/*/forge.yaml; do
  same "$(basename "$(dirname "$spec")")" "$spec"
done
same "containers-$n" "$work/forge.yaml" -t docker -t compose -t kubernetes -t helm
exit $status

#!/usr/bin/env bash
# A/B of whole-process `forge synth` between two builds of the CLI (e.g. before and after a change):
#   bench/synth-ab.sh OLD.jar [NEW.jar]      (NEW defaults to this checkout's target/forge.jar)
# For every example: a first synth into an empty folder (everything written) and a second one over it (nothing
# to write), runs alternating between the two jars so machine noise hits both alike. Prints medians of RUNS
# (default 5) in milliseconds. Same JVM flags as the launcher, without the AppCDS archive (it is per jar).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
old=${1:?usage: bench/synth-ab.sh OLD.jar [NEW.jar]}
new=${2:-$root/target/forge.jar}
runs=${RUNS:-5}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m)
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
printf '%-24s %12s %12s %12s %12s\n' example old-fresh new-fresh old-again new-again
for spec in "$root"/examples/*/forge.yaml; do
  name=$(basename "$(dirname "$spec")")
  of=(); nf=(); oa=(); na=()
  for i in $(seq "$runs"); do
    for side in old new; do
      jar=$([ $side = old ] && echo "$old" || echo "$new")
      out="$work/$side-$name-$i"
      f=$(ms java "${opts[@]}" -jar "$jar" synth "$spec" --out "$out")
      a=$(ms java "${opts[@]}" -jar "$jar" synth "$spec" --out "$out")
      if [ $side = old ]; then of+=("$f"); oa+=("$a"); else nf+=("$f"); na+=("$a"); fi
    done
  done
  printf '%-24s %12s %12s %12s %12s\n' "$name" "$(median "${of[@]}")" "$(median "${nf[@]}")" "$(median "${oa[@]}")" "$(median "${na[@]}")"
done

#!/usr/bin/env bash
# Crash safety of the writer (issue 7), whole-process: KILLS times (default 100), start `forge synth` of a large
# generated spec (200 functions, tables and buckets; two variants so every run rewrites hundreds of files), kill it
# with SIGKILL after a random delay, then run synth to completion. After each round: the synth exits 0, no
# staging or journal folder is left in .forge/, and the output is byte-identical (manifest included) to a clean
# synth of the same spec. Half the kills aim at the write itself (as soon as the transaction folder appears).
# Reports how many kills landed while a transaction was open.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kills=${KILLS:-100}
targets=(-t terraform-aws -t github-actions)
"$root/forge" --version >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

gen() { # gen FILE MEMORY
  {
    echo "forge: 1"; echo "app: bench"; echo "owner: bench-team"; echo "region: us-east-1"
    echo "environments: { dev: {}, prod: { alerts: { email: ops@example.com } } }"
    echo "ci: { github: example-org/bench }"
    echo "functions:"
    for i in $(seq 0 199); do
      echo "  f$i: { runtime: python3.12, handler: app.handler, source: functions/f$i, memory: $2, uses: [\"table:t$i (read-write)\", \"bucket:b$i (read)\"] }"
    done
    echo "tables:"
    for i in $(seq 0 199); do echo "  t$i: { key: { partition: pk, sort: sk } }"; done
    echo "buckets:"
    for i in $(seq 0 199); do echo "  b$i: { lifecycle: [{ expire-after: 30d }] }"; done
    echo "apis:"
    echo "  public:"
    echo "    auth: { type: none, reason: \"Synthetic benchmark API, never deployed\" }"
    echo "    routes:"
    for i in $(seq 0 199); do echo "      GET /f$i: function:f$i"; done
  } > "$1"
  mkdir -p "$(dirname "$1")/functions"
  for i in $(seq 0 199); do mkdir -p "$(dirname "$1")/functions/f$i"; echo "def handler(e, c): return e" > "$(dirname "$1")/functions/f$i/app.py"; done
}
mkdir -p "$work/a" "$work/b"
gen "$work/a/forge.yaml" 512Mi
gen "$work/b/forge.yaml" 1024Mi
# terraform-aws and github-actions: 3,810 resources are over what one CloudFormation template can split into (FORGE-E126)
for v in a b; do
  "$root/forge" synth "$work/$v/forge.yaml" "${targets[@]}" --out "$work/ref-$v" >"$work/log" 2>&1 \
    || { cat "$work/log" >&2; echo "bench/kill-synth.sh: the reference synth failed" >&2; exit 1; }
done
echo "reference output: $(find "$work/ref-a" -type f | wc -l) files"

out="$work/out"
mid=0; t0=$(date +%s); last=none
for k in $(seq 1 "$kills"); do
  v=$([ "$last" = a ] && echo b || echo a) # always the other variant: every run has files to rewrite
  "$root/forge" synth "$work/$v/forge.yaml" "${targets[@]}" --out "$out" >/dev/null 2>&1 &
  pid=$!
  if [ $((k % 2)) -eq 0 ]; then
    # aim at the write: kill as soon as the transaction folder appears, sometimes a little later
    while true; do compgen -G "$out/.forge/txn-*" >/dev/null && break; kill -0 "$pid" 2>/dev/null || break; done
    [ $((RANDOM % 2)) -eq 0 ] && sleep "0.00$((RANDOM % 10))"
  else
    sleep "0.$(printf '%03d' $((RANDOM % 1000)))"
    [ $((RANDOM % 3)) -eq 0 ] && sleep 0.8
  fi
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if compgen -G "$out/.forge/txn-*" >/dev/null; then mid=$((mid + 1)); fi
  next=$([ $((RANDOM % 2)) -eq 0 ] && echo a || echo b); last=$next
  if ! "$root/forge" synth "$work/$next/forge.yaml" "${targets[@]}" --out "$out" >"$work/log" 2>&1; then
    echo "round $k: synth after the kill failed:" >&2; cat "$work/log" >&2; exit 1
  fi
  if compgen -G "$out/.forge/txn-*" >/dev/null || compgen -G "$out/.forge/staging-*" >/dev/null || [ -e "$out/.forge/lock" ]; then
    echo "round $k: leftovers in .forge: $(ls -a "$out/.forge")" >&2; exit 1
  fi
  if ! diff -r "$work/ref-$next" "$out" >/dev/null; then
    echo "round $k: output differs from a clean synth:" >&2; diff -r "$work/ref-$next" "$out" | head -20 >&2; exit 1
  fi
done
line="kill-synth: kills=$kills mid-transaction=$mid all-recovered=yes wall=$(( $(date +%s) - t0 ))s"
echo "$line"
mkdir -p "$root/bench/results"; echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $line" >> "$root/bench/results/kill-synth.txt"

#!/usr/bin/env bash
# Whole-process time of `./forge validate` on every malformed spec of the test corpus, plus the
# generated giants (10 MB file, 10,000 levels of nesting, a billion-laughs bomb, random bytes).
# Reports the slowest case; each must answer (exit 1, a located error) in well under 1 s.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/forge" --version >/dev/null
gen=$(mktemp -d); trap 'rm -rf "$gen"' EXIT
head -c $((10 * 1024 * 1024)) /dev/zero | tr '\0' 'a' > "$gen/ten-megabytes.yaml"
{ printf 'forge: 1\napp: x\nenvironments: '; printf '[%.0s' $(seq 10000); printf ']%.0s' $(seq 10000); echo; } > "$gen/nesting-10000.yaml"
{ echo 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
  prev=a; for n in b c d e f g h i; do printf '%s: &%s [*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s]\n' $n $n $prev $prev $prev $prev $prev $prev $prev $prev $prev; prev=$n; done; } > "$gen/billion-laughs.yaml"
head -c 4096 /dev/urandom > "$gen/random-bytes.yaml"
worst=0; worst_case=""; n=0; bad=0
for f in "$root"/src/test/resources/malformed/*.yaml "$gen"/*.yaml; do
  s=$(date +%s%N)
  set +e; "$root/forge" validate "$f" >/dev/null 2>"$gen/err"; code=$?; set -e
  e=$(date +%s%N); ms=$(( (e - s) / 1000000 )); n=$((n + 1))
  if [ "$code" -ne 1 ] || grep -q 'Exception\|at dev\.forge' "$gen/err"; then bad=$((bad + 1)); echo "unexpected: $f exit $code" >&2; fi
  if [ "$ms" -gt "$worst" ]; then worst=$ms; worst_case=$(basename "$f"); fi
done
line="malformed: cases=$n unexpected=$bad slowest=${worst}ms ($worst_case)"
echo "$line"
mkdir -p "$root/bench/results"; echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $line" >> "$root/bench/results/malformed.txt"
[ "$bad" -eq 0 ]

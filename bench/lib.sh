# Shared helpers for the whole-process benchmarks. Source it; do not run it.
# measure NAME RUNS CMD...: runs CMD once to warm up, then RUNS times; prints min/median/max wall time
# in milliseconds and the peak RSS (MiB) of the slowest-memory run, as one line, and appends it to
# bench/results/<NAME>.txt.
measure() {
  local name=$1 runs=$2; shift 2
  local times=() peak=0 t0 t1 rss tmp
  tmp=$(mktemp)
  "$@" >/dev/null 2>&1 || { echo "$name: command failed: $*" >&2; "$@"; return 1; }
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N)
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f '%M' -o "$tmp" "$@" >/dev/null 2>&1 || true
      rss=$(tail -n 1 "$tmp")
    else
      "$@" >/dev/null 2>&1; rss=0
    fi
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
    [ "${rss:-0}" -gt "$peak" ] 2>/dev/null && peak=$rss
  done
  rm -f "$tmp"
  local sorted; sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  local min med max
  min=$(echo "$sorted" | head -n 1); max=$(echo "$sorted" | tail -n 1)
  med=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  local line="$name: runs=$runs min=${min}ms median=${med}ms max=${max}ms peak_rss=$(( peak / 1024 ))MiB"
  echo "$line"
  mkdir -p "$(dirname "${BASH_SOURCE[0]}")/results"
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $line" >> "$(dirname "${BASH_SOURCE[0]}")/results/$name.txt"
}

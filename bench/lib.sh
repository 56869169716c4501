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

# fleet_spec N DIR: writes DIR/forge.yaml, a spec of N services, each built from source (DIR/app, a tiny Node app
# with its lock file), with a health path, autoscaling in prod and uses of a shared database, cache, queue, bucket,
# secret and the next service (a chain: uses: may not form a cycle); 2 environments. The spec of
# bench/containers-synth.sh and bench/native-ab.sh.
fleet_spec() {
  local n=$1 dir=$2 i next
  mkdir -p "$dir/app"
  {
    echo "forge: 1"; echo "app: fleet"; echo "owner: bench-team"; echo "region: us-east-1"
    echo "environments: { dev: {}, prod: { alerts: { email: ops@example.com } } }"
    echo "databases: { main: {} }"; echo "caches: { sessions: {} }"; echo "queues: { jobs: {} }"
    echo "buckets: { files: {} }"; echo "secrets: { api-key: {} }"
    echo "services:"
    for i in $(seq 0 $((n - 1))); do
      echo "  s$i:"
      echo "    image: { build: app }"
      echo "    port: 8080"
      echo "    health: /healthz"
      echo "    env: { LOG_LEVEL: info, API_KEY: secret:api-key }"
      next=""; [ "$i" -lt $((n - 1)) ] && next=", service:s$((i + 1))"
      echo "    uses: [database:main, cache:sessions, queue:jobs (publish), bucket:files (read-write)$next]"
      echo "    environments: { prod: { autoscaling: { min: 2, max: 10, cpu: 70 } } }"
    done
  } >"$dir/forge.yaml"
  printf '{"name":"app","version":"1.0.0","private":true,"scripts":{"start":"node server.js"}}\n' >"$dir/app/package.json"
  printf '{"name":"app","version":"1.0.0","lockfileVersion":3,"requires":true,"packages":{"":{"name":"app","version":"1.0.0"}}}\n' >"$dir/app/package-lock.json"
  echo 'require("http").createServer((q, s) => s.end("ok")).listen(8080);' >"$dir/app/server.js"
}

#!/usr/bin/env bash
# Times `forge check` as a whole process: the largest example, and a generated spec with 1,000 resources.
# Usage: bench/check-bench.sh   (builds the classes and the classpath first; prints the best of 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null 2>&1 \
  || mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
CP="target/classes:$(cat target/cp.txt)"
JSA=target/forge-check.jsa
JAVA_OPTS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
gen=target/bench-1000.yaml
python3 - "$gen" <<'PY'
import sys
out = ["forge: 1", "app: bench", "owner: bench-team", "environments:", "  dev: {}", "  prod:",
       "    alerts:", "      email: ops@example.com"]
def section(name, n, body):
    out.append(name + ":")
    for i in range(n):
        out.append(f"  r{i}:")
        out.extend("    " + l for l in body(i))
section("tables", 250, lambda i: ["key: id"])
section("buckets", 250, lambda i: ["description: bucket"])
section("queues", 250, lambda i: ["fifo: false"])
section("functions", 250, lambda i: ["source: functions/f", "runtime: python3.12", "handler: app.handler",
                                     "reserved-concurrency: 5", f"uses: [table:r{i}, bucket:r{i} (read-write), queue:r{i}]"])
open(sys.argv[1], "w").write("\n".join(out) + "\n")
PY
largest=$(ls -S examples/*/forge.yaml | head -1)
# warm: an AppCDS archive of the classes a check loads (what an installed forge launcher uses), then timed runs
java "${JAVA_OPTS[@]}" -XX:ArchiveClassesAtExit="$JSA" -cp "$CP" dev.forge.cli.ForgeCli check "$gen" >/dev/null 2>&1 || true
JAVA_OPTS+=(-XX:SharedArchiveFile="$JSA")
best() {
  local best=999999
  for _ in 1 2 3 4 5; do
    local s e
    s=$(date +%s%N)
    java "${JAVA_OPTS[@]}" -cp "$CP" dev.forge.cli.ForgeCli check "$1" >/dev/null || true
    e=$(date +%s%N)
    local ms=$(( (e - s) / 1000000 ))
    (( ms < best )) && best=$ms
  done
  echo "$best"
}
echo "forge check $largest: $(best "$largest") ms (best of 5, whole process)"
echo "forge check $gen (1,000 resources): $(best "$gen") ms (best of 5, whole process)"

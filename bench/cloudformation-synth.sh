#!/usr/bin/env bash
# Side by side, whole process, examples/ai-validation-platform as CloudFormation (issue 14): the equivalent AWS CDK
# app bench/cdk/app.js (4 stacks, one per environment) against `forge synth --target cloudformation`.
# A benchmark script, never a timed test. Columns, each the median of RUNS runs (default 5) after one warm-up, every
# run into an empty folder:
#   cdk-node   CDK_OUTDIR=DIR node app.js, validation off (no built-in CloudFormation validation, construct
#              validation skipped): the CDK's own work, no CLI
#   cdk-synth  default `cdk synth -q` (cdk.json: node app.js) with the built-in validation on; hermetic like
#              bench/sxs: no version check, notices, telemetry, version reporting or lookups (no network is timed)
#   forge      ./forge synth examples/ai-validation-platform/forge.yaml -t cloudformation (every environment) on the
#              JVM (FORGE_JVM=1: the jar with its AppCDS archive)
#   forge-native  the same with the native executable target/native/forge (tools/native/README.md), built first
#              with `mvn -B -DskipTests verify` when it is missing or older than the jar (about 3 minutes);
#              NATIVE=0 leaves it out
# Prints one line per column (bench/lib.sh measure: min/median/max, peak RSS; appended to bench/results/), the
# resources each side produces, the ratios of the medians, and the versions (aws-cdk-lib, aws-cdk CLI, node).
#   bench/cloudformation-synth.sh            RUNS=3 bench/cloudformation-synth.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cdk="$root/bench/cdk"
source "$root/bench/lib.sh"
runs=${RUNS:-5}
die() { echo "bench/cloudformation-synth.sh: $*" >&2; exit 1; }

# --- setup (not timed) ---------------------------------------------------------------------------------------
command -v node >/dev/null || die "node is not on PATH (Node.js >= 18 runs the CDK app)"
bash "$root/tools/npm-ci.sh" "$cdk" "the CDK side of bench/cloudformation-synth.sh" \
  || die "could not install the pinned CDK (npm ci in bench/cdk failed, see above)"
FORGE_JVM=1 "$root/forge" --version >/dev/null   # builds the jar (and its AppCDS archive) when missing or stale
native="$root/target/native/forge"
if [ "${NATIVE:-1}" != 0 ] && { [ ! -x "$native" ] || [ "$root/target/forge.jar" -nt "$native" ]; }; then
  echo "building the native executable (mvn -B -DskipTests verify, a few minutes)..." >&2
  (cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests verify) >&2 || die "the native build failed (see above)"
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/forge-cfn-bench.XXXXXX"); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cdk-home"
hermetic=(env CDK_HOME="$work/cdk-home" CDK_DISABLE_VERSION_CHECK=1 CDK_DISABLE_CLI_TELEMETRY=true
  NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_OFFLINE=true)
spec="$root/examples/ai-validation-platform/forge.yaml"

# each column a script taking no arguments, writing into a fresh folder (so GNU time can run it)
cat >"$work/cdk-node" <<SCRIPT
#!/usr/bin/env bash
out=\$(mktemp -u -d "$work/cdk-node.XXXXXX")
cd "$cdk" && exec ${hermetic[*]} CFN_BENCH_VALIDATION=off CDK_OUTDIR="\$out" node app.js
SCRIPT
cat >"$work/cdk-synth" <<SCRIPT
#!/usr/bin/env bash
out=\$(mktemp -u -d "$work/cdk-synth.XXXXXX")
cd "$cdk" && exec ${hermetic[*]} npx --no-install cdk synth -q --no-notices --no-version-reporting --no-lookups --output "\$out"
SCRIPT
cat >"$work/forge" <<SCRIPT
#!/usr/bin/env bash
FORGE_JVM=1 exec "$root/forge" synth "$spec" --out "\$(mktemp -u -d "$work/forge.XXXXXX")" -t cloudformation
SCRIPT
cat >"$work/forge-native" <<SCRIPT
#!/usr/bin/env bash
exec "$native" synth "$spec" --out "\$(mktemp -u -d "$work/forge-native.XXXXXX")" -t cloudformation
SCRIPT
chmod +x "$work/cdk-node" "$work/cdk-synth" "$work/forge" "$work/forge-native"

resources() { # FOLDER...: Resources of every CloudFormation template below the folders
  node -e '
    const fs = require("fs"), path = require("path"), YAML = require(process.argv[1]);
    let n = 0, t = 0;
    const walk = (d) => fs.readdirSync(d).forEach((e) => {
      const p = path.join(d, e);
      if (fs.statSync(p).isDirectory()) return walk(p);
      if (!/\.(template\.json|ya?ml)$/.test(e)) return;
      const doc = e.endsWith(".json") ? JSON.parse(fs.readFileSync(p, "utf8")) : YAML.parse(fs.readFileSync(p, "utf8"));
      if (doc && doc.Resources) { t++; n += Object.keys(doc.Resources).length; }
    });
    process.argv.slice(2).forEach(walk);
    console.log(`${t} templates, ${n} resources`);' "$root/tools/cfn/node_modules/yaml" "$@"
}
median_of() { sed -n 's/.* median=\([0-9]*\)ms.*/\1/p' <<<"$1"; }

# --- timed ---------------------------------------------------------------------------------------------------
echo "examples/ai-validation-platform, 4 environments; $runs runs per column after one warm-up; $(nproc) cores"
node_line=$(measure "cloudformation-synth-cdk-node" "$runs" "$work/cdk-node"); echo "$node_line"
echo "  cdk-node output: $(resources "$(ls -d "$work"/cdk-node.* | tail -n 1)")"
cli_line=$(measure "cloudformation-synth-cdk-synth" "$runs" "$work/cdk-synth"); echo "$cli_line"
echo "  cdk-synth output: $(resources "$(ls -d "$work"/cdk-synth.* | tail -n 1)")"
forge_line=$(measure "cloudformation-synth-forge" "$runs" "$work/forge"); echo "$forge_line"
echo "  forge output: $(resources "$(ls -d "$work"/forge.* | tail -n 1)")"
n=$(median_of "$node_line"); c=$(median_of "$cli_line")
ratios() { # LABEL MEDIAN
  awk -v l="$1" -v f="$2" -v n="$n" -v c="$c" 'BEGIN { printf "ratios of medians, %s: cdk-node/forge = %.1fx (goal >= 5x), cdk-synth/forge = %.1fx (goal >= 15x)\n", l, n / f, c / f }'
}
ratios "forge on the JVM" "$(median_of "$forge_line")"
if [ "${NATIVE:-1}" != 0 ]; then
  native_line=$(measure "cloudformation-synth-forge-native" "$runs" "$work/forge-native"); echo "$native_line"
  echo "  forge-native output: $(resources "$(ls -d "$work"/forge-native.* | tail -n 1)")"
  ratios "forge native" "$(median_of "$native_line")"
  a=$(ls -d "$work"/forge.* | tail -n 1); b=$(ls -d "$work"/forge-native.* | tail -n 1)
  # each run wrote into its own folder: compare the templates (the manifest names no folder)
  diff -r "$a" "$b" >/dev/null && echo "  forge and forge-native wrote the same files" \
    || die "forge and forge-native wrote different files ($a, $b)"
fi
echo "versions: aws-cdk-lib $(node -p 'require(process.argv[1]).version' "$cdk/node_modules/aws-cdk-lib/package.json")," \
  "aws-cdk (CLI) $(node -p 'require(process.argv[1]).version' "$cdk/node_modules/aws-cdk/package.json"), node $(node --version)"

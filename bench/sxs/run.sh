#!/usr/bin/env bash
# Side by side: whole-process `forge synth` against the AWS CDK on the same N "services" (gen-spec.sh, app.js).
# A benchmark script, never a timed test. Prints a Markdown report and writes it to bench/results/sxs-<date>.md.
#
# Columns (SXS_COLUMNS, any subset, in this order):
#   forge1   ./forge synth of the spec with 1 environment (dev), every target, into an empty folder
#   forge3   the same with 3 environments (dev, staging, prod)
#   cdknode  CDK_OUTDIR=DIR node app.js with validation off (no built-in CloudFormation validation, construct
#            validation skipped), SXS_CDK_ENVS stacks
#   cdkcli   default `npx cdk synth -q` (cdk.json: node app.js), hermetic: no version check, notices, telemetry,
#            version reporting or lookups
# Environment:
#   SXS_N="1 200 1000"   services per run                SXS_RUNS=5          timed runs after one warm-up
#   SXS_COLUMNS="forge1 forge3 cdknode cdkcli"            SXS_CDK_CLI=1       0 drops the cdkcli column
#   SXS_CDK_CLI_MAX_N=200  cdkcli only for N up to this (it is slow)  SXS_CDK_ENVS=3  stacks in the CDK app (1 or 3)
#   SXS_CODE=inline|asset  CDK function code (see app.js)  SXS_COUNT=1        0 skips the Forge resource count
# Every run writes into an empty output folder (removed before the run, outside the timed part). Runs alternate
# round-robin between the columns within each repetition, starting one column later each repetition.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

ns=${SXS_N:-1 200 1000}
runs=${SXS_RUNS:-5}
columns=${SXS_COLUMNS:-forge1 forge3 cdknode cdkcli}
[ "${SXS_CDK_CLI:-1}" = 1 ] || columns=${columns//cdkcli/}
cli_max=${SXS_CDK_CLI_MAX_N:-200}
cdk_envs=${SXS_CDK_ENVS:-3}
export SXS_CODE=${SXS_CODE:-inline}
count_forge=${SXS_COUNT:-1}

die() { echo "bench/sxs/run.sh: $*" >&2; exit 1; }
[ -x /usr/bin/time ] || die "GNU time (/usr/bin/time) is missing; it measures CPU time and peak RSS. It is the \
Debian/Ubuntu package 'time' (apt-get install time); this script installs nothing itself."
/usr/bin/time -f '%U' true 2>/dev/null || die "/usr/bin/time is not GNU time (no -f); install GNU time (Debian package 'time')"
case "$cdk_envs" in 1 | 3) ;; *) die "SXS_CDK_ENVS must be 1 or 3" ;; esac
want() { [[ " $columns " == *" $1 "* ]]; }

# --- setup (not timed) ---------------------------------------------------------------------------------------
"$root/forge" --version >/dev/null   # builds the jar (and its AppCDS archive) when missing or stale
if want cdknode || want cdkcli; then
  command -v node >/dev/null || die "node is not on PATH (needed for the CDK columns; SXS_COLUMNS='forge1 forge3' skips them)"
  bash "$root/tools/npm-ci.sh" "$here" "the CDK side of bench/sxs" \
    || die "could not install the pinned CDK (npm ci in bench/sxs failed, see above)"
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/forge-sxs.XXXXXX"); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cdk-home"
# Hermetic CDK: no version check, telemetry, notices or update notifier; CDK_HOME keeps ~/.cdk out of it.
cdk_env=(env CDK_HOME="$work/cdk-home" CDK_DISABLE_VERSION_CHECK=1 CDK_DISABLE_CLI_TELEMETRY=true
  NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_OFFLINE=true SXS_ENVS="$cdk_envs")

# The command of one column at N services, writing into OUT: sets the array cmd.
command_of() { # COLUMN N OUT
  local n=$2 out=$3
  case "$1" in
    forge1) cmd=("$root/forge" synth "$work/spec-$n-1/forge.yaml" --out "$out") ;;
    forge3) cmd=("$root/forge" synth "$work/spec-$n-3/forge.yaml" --out "$out") ;;
    cdknode) cmd=("${cdk_env[@]}" SXS_N="$n" SXS_VALIDATION=off CDK_OUTDIR="$out" node "$here/app.js") ;;
    cdkcli) cmd=("${cdk_env[@]}" SXS_N="$n" npx --no-install cdk synth -q --no-notices --no-version-reporting
      --no-lookups --output "$out") ;;
  esac
}

# One timed run: appends "N COLUMN wall_ms cpu_ms rss_kib" to $work/runs.tsv (when RECORD is 1).
run_once() { # COLUMN N RECORD
  local col=$1 n=$2 out="$work/out-$1" t0 t1 cmd
  rm -rf "$out"
  command_of "$col" "$n" "$out"
  t0=$(date +%s%N)
  if ! (cd "$here" && /usr/bin/time -f '%U %S %M' -o "$work/time" "${cmd[@]}" >"$work/log" 2>&1); then
    cat "$work/log" >&2; die "$col at N=$n failed: ${cmd[*]}"
  fi
  t1=$(date +%s%N)
  [ "$3" = 1 ] || return 0
  awk -v n="$n" -v c="$col" -v w="$(((t1 - t0) / 1000000))" \
    'END { printf "%s\t%s\t%d\t%d\t%d\n", n, c, w, ($1 + $2) * 1000, $3 }' "$work/time" >>"$work/runs.tsv"
}

# CDK resources: the Resources keys of every synthesized template (what CloudFormation creates).
cdk_resources() { # CDK_OUT
  node -e 'const fs = require("fs"), p = require("path"); let n = 0;
    for (const f of fs.readdirSync(process.argv[1])) if (f.endsWith(".template.json"))
      n += Object.keys(JSON.parse(fs.readFileSync(p.join(process.argv[1], f))).Resources || {}).length;
    console.log(n)' "$1"
}

# Forge resources: what `terraform plan` would create, summed over the environments, from `forge verify`
# (real terraform init/validate/plan -refresh=false, offline). Planned at N = 1, 2 and 3 only: the count is
# a + b*N (one service adds the same resources), checked at N = 3, then computed for every N of the sweep.
forge_plan_adds() { # N ENVS
  "$here/gen-spec.sh" "$1" "$2" "$work/count-$1-$2"
  "$root/forge" verify "$work/count-$1-$2/forge.yaml" --format=json -j 1 2>/dev/null \
    | node -e 'let s = ""; process.stdin.on("data", d => s += d).on("end", () => { const r = JSON.parse(s);
        if (!r.ok) { console.error("forge verify failed"); process.exit(1); }
        console.log(r.environments.reduce((t, e) => t + e.add, 0)); })'
}
declare -A fixed per_service
count_setup() {
  [ "$count_forge" = 1 ] || return 0
  if ! command -v terraform >/dev/null || ! bash "$root/tools/tf-provider/install.sh" >/dev/null; then
    echo "bench/sxs/run.sh: no terraform (>= 1.11) or tools/tf-provider: Forge resources not counted" >&2
    count_forge=0; return 0
  fi
  local e c1 c2 c3
  for e in 1 3; do
    want "forge$e" || continue
    c1=$(forge_plan_adds 1 "$e") && c2=$(forge_plan_adds 2 "$e") && c3=$(forge_plan_adds 3 "$e") \
      || die "forge verify failed on the generated spec ($e envs); SXS_COUNT=0 skips the resource count"
    [ $((c3 - c2)) -eq $((c2 - c1)) ] || die "Forge resource count is not linear in N ($c1, $c2, $c3 at N=1,2,3, $e envs)"
    per_service[$e]=$((c2 - c1)); fixed[$e]=$((c1 - per_service[$e]))
  done
}
forge_resources() { # N ENVS
  if [ "$count_forge" = 1 ] && [ -n "${per_service[$2]:-}" ]; then echo $((fixed[$2] + per_service[$2] * $1)); else echo ""; fi
}

# --- measurement -----------------------------------------------------------------------------------------------
count_setup
: >"$work/runs.tsv"; : >"$work/resources.tsv"
for n in $ns; do
  cols=()
  for c in $columns; do
    [ "$c" = cdkcli ] && [ "$n" -gt "$cli_max" ] && continue
    cols+=("$c")
  done
  for e in 1 3; do
    if want "forge$e"; then "$here/gen-spec.sh" "$n" "$e" "$work/spec-$n-$e"; fi
  done
  echo "N=$n: ${cols[*]} (1 warm-up + $runs runs each, alternating)" >&2
  for c in "${cols[@]}"; do run_once "$c" "$n" 0; done
  for ((r = 0; r < runs; r++)); do
    for ((k = 0; k < ${#cols[@]}; k++)); do run_once "${cols[(k + r) % ${#cols[@]}]}" "$n" 1; done
  done
  for c in "${cols[@]}"; do   # resources of what the last run of each column wrote
    case "$c" in
      forge1) res=$(forge_resources "$n" 1) ;;
      forge3) res=$(forge_resources "$n" 3) ;;
      *) res=$(cdk_resources "$work/out-$c") ;;
    esac
    printf '%s\t%s\t%s\n' "$n" "$c" "${res:-}" >>"$work/resources.tsv"
  done
done

# --- report ----------------------------------------------------------------------------------------------------
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
report="$root/bench/results/sxs-$stamp.md"
mkdir -p "$root/bench/results"
{
  echo "# bench/sxs: Forge vs. AWS CDK, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1); \
$(java -version 2>&1 | head -n 1); node $(node -v 2>/dev/null || echo missing); \
aws-cdk-lib $(node -p 'require("'"$here"'/node_modules/aws-cdk-lib/package.json").version' 2>/dev/null || echo -), \
aws-cdk $(node -p 'require("'"$here"'/node_modules/aws-cdk/package.json").version' 2>/dev/null || echo -); \
forge $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo ?)."
  echo "Runs: 1 warm-up + $runs timed, alternating; SXS_N=\"$ns\" SXS_COLUMNS=\"$columns\" SXS_CDK_CLI_MAX_N=$cli_max \
SXS_CDK_ENVS=$cdk_envs SXS_CODE=$SXS_CODE."
  echo
  awk -F'\t' -v cols="$columns" -v cdkenvs="$cdk_envs" -f "$here/report.awk" "$work/runs.tsv" "$work/resources.tsv"
} | tee "$report"
echo "written: ${report#"$root"/}" >&2

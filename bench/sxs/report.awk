# The Markdown report of bench/sxs/run.sh. Input files (tab-separated):
#   runs.tsv       N COLUMN wall_ms cpu_ms peak_rss_kib     (one line per timed run)
#   resources.tsv  N COLUMN resources                       (empty when not counted)
# Variables: cols (the columns, in order), cdkenvs (environments of the CDK app, 1 or 3: the Forge column the
# CDK is compared with).
function median(key, k, m, tmp, i, j, t) {
  m = cnt[key]
  for (i = 1; i <= m; i++) tmp[i] = vals[key, i]
  for (i = 2; i <= m; i++) { t = tmp[i]; for (j = i - 1; j >= 1 && tmp[j] > t; j--) tmp[j + 1] = tmp[j]; tmp[j + 1] = t }
  return m % 2 ? tmp[(m + 1) / 2] : (tmp[m / 2] + tmp[m / 2 + 1]) / 2
}
function add(key, v) { vals[key, ++cnt[key]] = v }
function has(n, c) { return ((n SUBSEP c SUBSEP "wall") in cnt) }
function wall(n, c) { return median(n SUBSEP c SUBSEP "wall") }
function ratio(a, b) { return b > 0 ? sprintf("%.1f×", a / b) : "–" }
FNR == NR { if (!($1 in seen_n)) { seen_n[$1] = 1; order[++nn] = $1 }
            add($1 SUBSEP $2 SUBSEP "wall", $3); add($1 SUBSEP $2 SUBSEP "cpu", $4); add($1 SUBSEP $2 SUBSEP "rss", $5); next }
{ res[$1, $2] = $3 }
END {
  label["forge1"] = "Forge synth, 1 env"; label["forge3"] = "Forge synth, 3 envs"
  label["cdknode"] = "CDK `node app.js`, validation off (" cdkenvs " stack" (cdkenvs > 1 ? "s" : "") ")"
  label["cdkcli"] = "default `npx cdk synth` (" cdkenvs " stack" (cdkenvs > 1 ? "s" : "") ")"
  nc = split(cols, col, " ")

  print "Median wall time, median CPU time (user+sys, all processes), median peak RSS (largest process):"
  print ""
  line = "| N services |"; sep = "|---:|"
  for (i = 1; i <= nc; i++) { line = line " " label[col[i]] " |"; sep = sep "---:|" }
  print line; print sep
  for (k = 1; k <= nn; k++) {
    n = order[k]; line = "| " n " |"
    for (i = 1; i <= nc; i++) {
      c = col[i]
      if (!has(n, c)) { line = line " skipped |"; continue }
      line = line sprintf(" %d ms · cpu %d ms · %d MiB |", wall(n, c), median(n SUBSEP c SUBSEP "cpu"),
                          median(n SUBSEP c SUBSEP "rss") / 1024)
    }
    print line
  }

  forge = "forge" cdkenvs
  print ""
  print "Resources (Forge: created by `terraform plan`, summed over environments; CDK: `Resources` in the templates) " \
        "and how many times slower the CDK is than " label[forge] " (median wall time):"
  print ""
  line = "| N services |"; sep = "|---:|"
  for (i = 1; i <= nc; i++) { line = line " resources, " col[i] " |"; sep = sep "---:|" }
  line = line " `node app.js` ÷ Forge | `cdk synth` ÷ Forge |"; sep = sep "---:|---:|"
  print line; print sep
  for (k = 1; k <= nn; k++) {
    n = order[k]; line = "| " n " |"
    for (i = 1; i <= nc; i++) { r = res[n, col[i]]; line = line " " (r == "" ? "–" : r) " |" }
    fw = has(n, forge) ? wall(n, forge) : 0
    line = line " " (has(n, "cdknode") ? ratio(wall(n, "cdknode"), fw) : "–") " |"
    line = line " " (has(n, "cdkcli") ? ratio(wall(n, "cdkcli"), fw) : "–") " |"
    print line
  }

  print ""
  print "Least-squares fit over the N sweep, median wall time = intercept + slope × resources:"
  print ""
  print "| column | points | ms per resource | intercept (ms) |"
  print "|---|---:|---:|---:|"
  for (i = 1; i <= nc; i++) {
    c = col[i]; m = 0; sx = sy = sxx = sxy = 0
    for (k = 1; k <= nn; k++) {
      n = order[k]
      if (!has(n, c) || res[n, c] == "") continue
      x = res[n, c] + 0; y = wall(n, c); m++; sx += x; sy += y; sxx += x * x; sxy += x * y
    }
    d = m * sxx - sx * sx
    if (m < 2 || d == 0) { print "| " label[c] " | " m " | – | – |"; continue }
    slope = (m * sxy - sx * sy) / d; icpt = (sy - slope * sx) / m
    slopes[c] = slope; print "| " label[c] " | " m " | " sprintf("%.4f", slope) " | " sprintf("%.0f", icpt) " |"
  }

  print ""
  print "Goals (only those the sweep measured):"
  print ""
  for (k = 1; k <= nn; k++) {
    n = order[k]
    if (n != 200 && n != 1000) continue
    if (has(n, forge) && has(n, "cdknode"))
      printf "- N=%d: `node app.js` ÷ Forge ≥ 3×: %s (%s)\n", n, ratio(wall(n, "cdknode"), wall(n, forge)),
             (wall(n, "cdknode") >= 3 * wall(n, forge) ? "met" : "NOT met")
    if (has(n, forge) && has(n, "cdkcli"))
      printf "- N=%d: `cdk synth` ÷ Forge ≥ 15×: %s (%s)\n", n, ratio(wall(n, "cdkcli"), wall(n, forge)),
             (wall(n, "cdkcli") >= 15 * wall(n, forge) ? "met" : "NOT met")
    if (n == 200 && has(n, "forge3"))
      printf "- 200 services × 3 envs ≤ 1.0 s and ≤ 200 MB peak RSS: %d ms, %d MiB (%s)\n", wall(n, "forge3"),
             median(n SUBSEP "forge3" SUBSEP "rss") / 1024,
             ((wall(n, "forge3") <= 1000 && median(n SUBSEP "forge3" SUBSEP "rss") <= 200 * 1000000 / 1024) ? "met" : "NOT met")
    if (n == 1000 && has(n, "forge3"))
      printf "- 1,000 services × 3 envs ≤ 2.5 s: %d ms (%s)\n", wall(n, "forge3"), (wall(n, "forge3") <= 2500 ? "met" : "NOT met")
  }
  if ("forge3" in slopes) {
    verdict = slopes["forge3"] <= 0.05 ? "met" : "NOT met"
    if (slopes["forge3"] <= 0) verdict = "not meaningful: a negative slope is noise, measure more N and runs"
    printf "- cost per emitted resource ≤ 0.05 ms (fit, Forge 3 envs): %.4f ms (%s)\n", slopes["forge3"], verdict
  }
}

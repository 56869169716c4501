package dev.forge.check.report;

import dev.forge.check.CheckReport;
import dev.forge.check.Finding;
import dev.forge.diag.Severity;

/**
 * Findings for people, in the manner of checkov: a summary, then per finding the rule ID and title, the
 * resource and environment, the location with the offending lines quoted, and how to fix it. Suppressed
 * findings are listed at the end with their reasons, for audit. Lines of secret findings are never quoted.
 */
public final class TextReport {

    private TextReport() {
    }

    /** The report with every value escaped for a terminal; secrets are masked by the caller ({@code Redactor}). */
    public static String render(CheckReport r, Sources sources) {
        return dev.forge.util.Shown.escape(renderRaw(r, sources), true);
    }

    /** The counts line, the same in {@code forge check} and {@code forge synth} for the same spec, environments and packs. */
    public static String summary(CheckReport r) {
        return "Passed checks: " + r.passed().size() + ", Failed checks: " + r.active().size() + " ("
                + count(r, Severity.ERROR) + " errors, " + count(r, Severity.WARNING) + " warnings, "
                + count(r, Severity.INFO) + " info), Suppressed checks: " + r.suppressed().size()
                + ", Not applicable (nothing in the output to check): " + r.notApplicable().size();
    }

    private static String renderRaw(CheckReport r, Sources sources) {
        StringBuilder sb = new StringBuilder();
        sb.append("forge check: packs ").append(r.packs()).append(", environments ").append(r.environments()).append('\n');
        sb.append(summary(r)).append("\n");
        for (Finding f : r.active()) {
            sb.append('\n');
            finding(sb, r, f, sources);
        }
        if (!r.suppressed().isEmpty()) {
            sb.append("\nSuppressed (for audit):\n");
            for (Finding f : r.suppressed()) {
                sb.append("  ").append(f.rule()).append(' ').append(f.resource())
                        .append(f.environment() == null ? "" : " [" + f.environment() + "]").append(": \"")
                        .append(f.suppression().reason()).append("\" (").append(f.suppression().at())
                        .append(f.suppression().expires() == null ? "" : ", expires " + f.suppression().expires())
                        .append(")\n");
            }
        }
        notApplicable(sb, r);
        return sb.toString();
    }

    /** Rules that held on the model but whose subject no selected target renders, one line per rule and resource. */
    private static void notApplicable(StringBuilder sb, CheckReport r) {
        if (r.notApplicable().isEmpty()) {
            return;
        }
        java.util.Map<String, java.util.List<String>> envs = new java.util.TreeMap<>();
        r.notApplicable().forEach(n -> envs.computeIfAbsent(n.rule() + " " + n.resource() + ": " + n.reason(),
                k -> new java.util.ArrayList<>()).add(n.environment()));
        sb.append("\nNot applicable (the spec asks for it, but no selected target renders it, so nothing proves it):\n");
        envs.forEach((line, es) -> sb.append("  ").append(line).append(" [").append(String.join(", ", es)).append("]\n"));
    }

    private static long count(CheckReport r, Severity s) {
        return r.active().stream().filter(f -> f.severity() == s).count();
    }

    private static void finding(StringBuilder sb, CheckReport r, Finding f, Sources sources) {
        var entry = r.rules().get(f.rule());
        sb.append("Check: ").append(f.rule()).append(": \"")
                .append(entry == null ? f.rule() : entry.rule().info().title()).append("\"\n");
        sb.append("\t").append(f.severity().name()).append(" for resource: ").append(f.resource())
                .append(f.environment() == null ? "" : " (environment " + f.environment() + ")").append('\n');
        sb.append("\t").append(f.message()).append('\n');
        if (f.note() != null) {
            sb.append("\tNote: ").append(f.note()).append('\n');
        }
        sb.append("\tFile: ").append(f.location()).append('\n');
        if (f.location().isKnown() && !f.rule().startsWith("FORGE-SEC-")) {
            int n = f.location().line();
            for (int i = Math.max(1, n - 1); i <= n; i++) {
                String line = sources.line(f.location().file(), i);
                if (line != null) {
                    sb.append(String.format("\t\t%4d | %s%n", i, line));
                }
            }
        }
        sb.append("\tFix: ").append(f.fix()).append('\n');
    }
}

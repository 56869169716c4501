package dev.forge.check.report;

import dev.forge.check.CheckReport;
import dev.forge.check.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML for CI systems: one test suite per environment (and one for emitted files), one test case per
 * rule and resource. An unsuppressed error is a failure; a suppressed finding is skipped with its reason;
 * a warning or info finding passes and says so in system-out.
 */
public final class JunitReport {

    private record Case(String rule, String resource, Finding finding, String notApplicable) {
    }

    private JunitReport() {
    }

    public static String render(CheckReport r) {
        Map<String, List<Case>> suites = new TreeMap<>();
        r.passed().forEach(p -> suites.computeIfAbsent(suite(p.environment()), k -> new ArrayList<>())
                .add(new Case(p.rule(), p.resource(), null, null)));
        r.findings().forEach(f -> suites.computeIfAbsent(suite(f.environment()), k -> new ArrayList<>())
                .add(new Case(f.rule(), f.resource(), f, null)));
        r.notApplicable().forEach(n -> suites.computeIfAbsent(suite(n.environment()), k -> new ArrayList<>())
                .add(new Case(n.rule(), n.resource(), null, n.reason())));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long tests = suites.values().stream().mapToLong(List::size).sum();
        sb.append("<testsuites name=\"forge check\" tests=\"").append(tests).append("\" failures=\"")
                .append(r.blocking().size()).append("\">\n");
        for (var s : suites.entrySet()) {
            List<Case> cases = s.getValue();
            cases.sort(java.util.Comparator.comparing(Case::rule).thenComparing(Case::resource));
            long failures = cases.stream().filter(c -> c.finding != null && c.finding.blocking()).count();
            long skipped = cases.stream().filter(c -> c.finding != null && c.finding.suppressed() || c.notApplicable != null)
                    .count();
            sb.append("  <testsuite name=\"").append(esc(s.getKey())).append("\" tests=\"").append(cases.size())
                    .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
            for (Case c : cases) {
                sb.append("    <testcase classname=\"").append(esc(c.rule)).append("\" name=\"").append(esc(c.resource)).append('"');
                Finding f = c.finding;
                if (c.notApplicable != null) {
                    sb.append(">\n      <skipped message=\"not applicable: ").append(esc(c.notApplicable)).append("\"/>\n")
                            .append("    </testcase>\n");
                    continue;
                }
                if (f == null) {
                    sb.append("/>\n");
                    continue;
                }
                sb.append(">\n");
                String text = f.location() + " " + f.message() + (f.note() == null ? "" : " (" + f.note() + ")") + "\nFix: " + f.fix();
                if (f.suppressed()) {
                    sb.append("      <skipped message=\"suppressed: ").append(esc(f.suppression().reason())).append("\"/>\n");
                } else if (f.blocking()) {
                    sb.append("      <failure type=\"").append(f.severity().spelling()).append("\" message=\"")
                            .append(esc(f.message())).append("\">").append(esc(text)).append("</failure>\n");
                } else {
                    sb.append("      <system-out>").append(esc(f.severity().spelling() + ": " + text)).append("</system-out>\n");
                }
                sb.append("    </testcase>\n");
            }
            sb.append("  </testsuite>\n");
        }
        return sb.append("</testsuites>\n").toString();
    }

    private static String suite(String env) {
        return env == null ? "forge check: generated files" : "forge check: " + env;
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        // control characters and bidi overrides become visible escapes (\x1b), never raw bytes in a CI log
        for (char c : dev.forge.util.Shown.escape(s, true).toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}

package dev.forge.check.report;

import dev.forge.check.CheckReport;
import dev.forge.check.Finding;
import dev.forge.check.Pack;
import dev.forge.check.RuleInfo;
import dev.forge.diag.Severity;
import dev.forge.util.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, the rules that ran as {@code tool.driver.rules},
 * one result per finding with its file and region, suppressed findings with an {@code inSource}
 * suppression carrying the reason.
 */
public final class SarifReport {

    public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private SarifReport() {
    }

    public static String render(CheckReport r, String version) {
        List<Object> rules = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Pack.Entry e : r.rules().values()) {
            index.put(e.rule().id(), rules.size());
            rules.add(rule(e));
        }
        List<Object> results = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("ruleId", f.rule());
            if (index.containsKey(f.rule())) {
                res.put("ruleIndex", index.get(f.rule()));
            }
            res.put("level", level(f.severity()));
            res.put("message", Map.of("text", f.resource() + (f.environment() == null ? "" : " [" + f.environment() + "]")
                    + ": " + f.message() + (f.note() == null ? "" : " (" + f.note() + ")")));
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", Map.of("uri", f.location().file()));
            if (f.location().isKnown()) {
                physical.put("region", Map.of("startLine", f.location().line(), "startColumn", Math.max(1, f.location().column())));
            }
            res.put("locations", List.of(Map.of("physicalLocation", physical)));
            res.put("partialFingerprints", Map.of("forgeFinding/v1", f.rule() + "|" + f.resource() + "|"
                    + (f.environment() == null ? "" : f.environment())));
            if (f.suppressed()) {
                res.put("suppressions", List.of(Map.of("kind", "inSource", "justification", f.suppression().reason())));
            }
            results.add(res);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "forge");
        driver.put("version", version);
        driver.put("semanticVersion", version.matches("\\d+\\.\\d+\\.\\d+.*") ? version : "0.0.0");
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        run.put("columnKind", "unicodeCodePoints");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", SCHEMA);
        doc.put("version", "2.1.0");
        doc.put("runs", List.of(run));
        return Json.write(doc);
    }

    private static Map<String, Object> rule(Pack.Entry e) {
        RuleInfo info = e.rule().info();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", info.id());
        m.put("name", info.id().replace("-", ""));
        m.put("shortDescription", Map.of("text", info.title()));
        m.put("fullDescription", Map.of("text", info.explanation()));
        String refs = info.references().isEmpty() ? "" : "\n\nReferences: " + String.join(", ", info.references());
        m.put("help", Map.of("text", "Fix: " + info.fix() + refs, "markdown", "**Fix:** " + info.fix() + refs));
        m.put("defaultConfiguration", Map.of("level", level(e.levels().production())));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("tags", List.of("security", "forge", info.area().toLowerCase(java.util.Locale.ROOT)));
        props.put("precision", "very-high");
        props.put("severity", e.levels().describe());
        m.put("properties", props);
        return m;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}

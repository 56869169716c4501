package dev.forge.check.report;

import dev.forge.check.CheckReport;
import dev.forge.check.Finding;
import dev.forge.util.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings as JSON for tools: every finding (suppressed ones with their reason) and a summary. */
public final class JsonReport {

    private JsonReport() {
    }

    public static String render(CheckReport r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", !r.hasBlocking());
        doc.put("packs", r.packs());
        doc.put("environments", r.environments());
        List<Object> list = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("severity", f.severity().spelling());
            m.put("resource", f.resource());
            m.put("environment", f.environment());
            m.put("file", f.location().file());
            m.put("line", f.location().line());
            m.put("column", f.location().column());
            m.put("message", f.message());
            m.put("fix", f.fix());
            m.put("note", f.note());
            if (f.suppressed()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("reason", f.suppression().reason());
                s.put("at", f.suppression().at().toString());
                s.put("expires", f.suppression().expires());
                m.put("suppressed", s);
            }
            list.add(m);
        }
        doc.put("findings", list);
        List<Object> na = new ArrayList<>();
        r.notApplicable().forEach(n -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", n.rule());
            m.put("resource", n.resource());
            m.put("environment", n.environment());
            m.put("reason", n.reason());
            na.add(m);
        });
        doc.put("notApplicable", na);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("passed", r.passed().size());
        summary.put("failed", r.active().size());
        summary.put("blocking", r.blocking().size());
        summary.put("suppressed", r.suppressed().size());
        summary.put("notApplicable", r.notApplicable().size());
        doc.put("summary", summary);
        return Json.write(doc);
    }
}

package dev.forge.cli;

import dev.forge.diag.Diagnostic;
import dev.forge.diag.Severity;
import dev.forge.util.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders diagnostics for people (text, coloured on a terminal) or tools (JSON). */
final class Printer {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean color;
    private dev.forge.util.Redactor redactor = dev.forge.util.Redactor.NONE;

    Printer(PrintWriter out, PrintWriter err, boolean color) {
        this.out = out;
        this.err = err;
        this.color = color;
    }

    /** From now on, mask these secrets in everything printed through this printer. */
    void redact(dev.forge.util.Redactor r) {
        this.redactor = r;
    }

    /** Text as it may reach a terminal or log: secrets masked, control characters and bidi overrides escaped. */
    String safe(String text) {
        return dev.forge.util.Shown.escape(redactor.apply(text), true);
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    void diagnostics(List<Diagnostic> ds) {
        for (Diagnostic d : ds) {
            String line = safe(d.render());
            if (color) {
                String code = d.severity() == Severity.ERROR ? "\u001b[31m" + d.code() + "\u001b[0m"
                        : "\u001b[33m" + d.code() + "\u001b[0m";
                line = line.replaceFirst(java.util.regex.Pattern.quote(d.code()), java.util.regex.Matcher.quoteReplacement(code));
            }
            err.println(line);
        }
        long errors = ds.stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            err.println(errors + (errors == 1 ? " error" : " errors"));
        }
        err.flush();
    }

    static Map<String, Object> json(Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", d.location().file());
        m.put("line", d.location().line());
        m.put("column", d.location().column());
        m.put("code", d.code());
        m.put("severity", d.severity().spelling());
        m.put("message", d.message());
        m.put("fix", d.fix());
        return m;
    }

    void json(boolean ok, List<Diagnostic> ds, Map<String, Object> extra) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", ok);
        List<Object> list = new ArrayList<>();
        ds.forEach(d -> list.add(json(d)));
        doc.put("diagnostics", list);
        doc.putAll(extra);
        out.print(redactor.apply(Json.write(doc)));
        out.flush();
    }
}

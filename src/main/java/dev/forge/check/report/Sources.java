package dev.forge.check.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The text of the files findings point into (the spec, emitted files), to quote the offending lines. */
public final class Sources {

    private final Map<String, List<String>> files = new HashMap<>();
    private final dev.forge.util.Redactor redactor;

    public Sources() {
        this(dev.forge.util.Redactor.NONE);
    }

    /** Lines are quoted through {@code redactor}: no secret value is ever quoted. */
    public Sources(dev.forge.util.Redactor redactor) {
        this.redactor = redactor;
    }

    public Sources add(String file, String text) {
        files.put(file, List.of(text.split("\n", -1)));
        return this;
    }

    /**
     * Line {@code n} (1-based) of {@code file} as it may be quoted (secrets masked, control characters escaped,
     * cut when over-long), or null when unknown.
     */
    public String line(String file, int n) {
        List<String> lines = files.get(file);
        if (lines == null || n < 1 || n > lines.size()) {
            return null;
        }
        String line = redactor.line(lines.get(n - 1));
        return dev.forge.util.Shown.escape(line.length() > 400 ? line.substring(0, 400) + "…" : line, false);
    }
}

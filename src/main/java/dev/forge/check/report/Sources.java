package dev.forge.check.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The text of the files findings point into (the spec, emitted files), to quote the offending lines. */
public final class Sources {

    private final Map<String, List<String>> files = new HashMap<>();

    public Sources add(String file, String text) {
        files.put(file, List.of(text.split("\n", -1)));
        return this;
    }

    /** Line {@code n} (1-based) of {@code file}, or null when unknown. */
    public String line(String file, int n) {
        List<String> lines = files.get(file);
        return lines == null || n < 1 || n > lines.size() ? null : lines.get(n - 1);
    }
}

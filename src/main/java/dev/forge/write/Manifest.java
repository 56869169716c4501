package dev.forge.write;

import dev.forge.util.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Forge wrote into an output directory: relative path to SHA-256 of the bytes it wrote. Stored as
 * {@code .forge/manifest.json}. A file is Forge's to overwrite or delete only while its bytes still hash
 * to the recorded value.
 */
public record Manifest(Map<String, String> files) {

    public static final String DIR = ".forge";
    public static final String FILE = DIR + "/manifest.json";
    /** The largest manifest (and journal) the writer reads: ~100,000 files. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    public Manifest {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    public String toJson() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("forge-manifest", 1);
        doc.put("files", files);
        return Json.write(doc);
    }

    /** Parses a manifest; throws IllegalArgumentException when it is not one. */
    public static Manifest parse(String text) {
        Object doc = Json.parse(text);
        if (!(doc instanceof Map<?, ?> m) || !Long.valueOf(1).equals(m.get("forge-manifest"))
                || !(m.get("files") instanceof Map<?, ?> files)) {
            throw new IllegalArgumentException("not a Forge manifest (version 1)");
        }
        Map<String, String> out = new TreeMap<>();
        List<String> outside = new ArrayList<>();
        files.forEach((k, v) -> {
            String path = (String) k;
            String problem = RelPath.problem(path);
            if (problem != null) {
                outside.add("'" + dev.forge.util.Shown.value(path) + "' (" + problem + ")");
            } else if (!(v instanceof String s) || !HASH.matcher(s).matches()) {
                throw new IllegalArgumentException("the entry for '" + dev.forge.util.Shown.value(path) + "' has no SHA-256 hash");
            } else {
                out.put(path, s);
            }
        });
        if (!outside.isEmpty()) {
            throw new Tampered(outside);
        }
        return new Manifest(out);
    }

    /** The manifest names paths outside the output folder: someone edited it to make Forge touch other files. */
    public static final class Tampered extends IllegalArgumentException {
        private final transient List<String> entries;

        Tampered(List<String> entries) {
            super("it lists " + entries.size() + " path(s) outside the output folder: " + String.join(", ", entries));
            this.entries = List.copyOf(entries);
        }

        public List<String> entries() {
            return entries;
        }
    }
}

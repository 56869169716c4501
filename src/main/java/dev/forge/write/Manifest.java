package dev.forge.write;

import dev.forge.util.Json;
import java.util.Collections;
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
    /** Written before files are moved into place, so an interrupted run can be recognised and finished. */
    public static final String PENDING = DIR + "/manifest.pending.json";

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
        files.forEach((k, v) -> {
            if (!(v instanceof String s) || !s.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("bad hash for " + k);
            }
            out.put((String) k, s);
        });
        return new Manifest(out);
    }
}

package dev.forge.bind;

import dev.forge.diag.Location;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each part of the bound spec came from, by path ({@code functions.agent.uses[0]}). Later phases
 * report problems at the right line through it, without the model records having to carry locations.
 */
public final class SourceMap {

    private final String file;
    private final Map<String, Location> locations = new HashMap<>();

    public SourceMap(String file) {
        this.file = file;
    }

    void put(String path, Location location) {
        locations.putIfAbsent(path, location);
    }

    /** The location of {@code path}, or of its nearest parent that has one, or the file. */
    public Location at(String path) {
        String p = path;
        while (true) {
            Location l = locations.get(p);
            if (l != null) {
                return l;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return Location.file(file);
            }
            p = p.substring(0, cut);
        }
    }

    /** Whether {@code path} itself was written in the spec (no fallback to a parent). */
    public boolean has(String path) {
        return locations.containsKey(path);
    }

    public String file() {
        return file;
    }

    /** Appends a map key to a path, quoting keys that are not plain words. */
    public static String child(String path, String key) {
        return dev.forge.model.FieldPaths.child(path, key);
    }

    public static String item(String path, int index) {
        return path + "[" + index + "]";
    }
}

package dev.forge.emit.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML mapping whose keys keep the order they were put in (the order they are printed in). Values are
 * {@link YamlMap}, {@link YamlList}, {@link String}, {@link Boolean}, {@link Integer}, {@link Long} or
 * {@link java.math.BigDecimal}; {@code null} values and empty optional values are never stored, so a builder
 * can write {@code m.put("command", maybeNull)} and leave the key out.
 *
 * <pre>{@code
 * YamlMap pod = YamlMap.of("apiVersion", "v1", "kind", "Pod")
 *         .put("metadata", YamlMap.of("name", "api"));
 * String text = YamlPrinter.print(pod);
 * }</pre>
 */
public final class YamlMap {

    private final Map<String, Object> entries = new LinkedHashMap<>();

    /** An empty mapping. */
    public YamlMap() {
    }

    /** A mapping of alternating keys and values: {@code of("a", 1, "b", "x")}. Null values are skipped. */
    public static YamlMap of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("of(...) takes keys and values in pairs");
        }
        YamlMap m = new YamlMap();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** Sets {@code key} (replacing an earlier value in its place); a null value removes nothing and adds nothing. */
    public YamlMap put(String key, Object value) {
        if (key == null) {
            throw new IllegalArgumentException("a YAML key cannot be null");
        }
        if (value != null) {
            entries.put(key, YamlValues.check(value));
        }
        return this;
    }

    /** Sets {@code key} only when {@code value} is a non-empty map or list (or any other non-null value). */
    public YamlMap putIfNotEmpty(String key, Object value) {
        if (value instanceof YamlMap m && m.isEmpty() || value instanceof YamlList l && l.isEmpty()) {
            return this;
        }
        return put(key, value);
    }

    /** Puts every entry of {@code values}, sorted by key when {@code values} is not already ordered. */
    public YamlMap putAll(Map<String, ?> values) {
        Map<String, ?> ordered = values instanceof LinkedHashMap || values instanceof java.util.SortedMap
                ? values : new java.util.TreeMap<>(values);
        ordered.forEach(this::put);
        return this;
    }

    /** The mapping at {@code key}, created (empty, at the end) when absent. */
    public YamlMap map(String key) {
        Object v = entries.get(key);
        if (v instanceof YamlMap m) {
            return m;
        }
        if (v != null) {
            throw new IllegalStateException("'" + key + "' holds a " + v.getClass().getSimpleName() + ", not a mapping");
        }
        YamlMap m = new YamlMap();
        entries.put(key, m);
        return m;
    }

    /** The list at {@code key}, created (empty, at the end) when absent. */
    public YamlList list(String key) {
        Object v = entries.get(key);
        if (v instanceof YamlList l) {
            return l;
        }
        if (v != null) {
            throw new IllegalStateException("'" + key + "' holds a " + v.getClass().getSimpleName() + ", not a list");
        }
        YamlList l = new YamlList();
        entries.put(key, l);
        return l;
    }

    public Object get(String key) {
        return entries.get(key);
    }

    public boolean containsKey(String key) {
        return entries.containsKey(key);
    }

    public Object remove(String key) {
        return entries.remove(key);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    /** The entries in order (read-only). */
    public Map<String, Object> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /** The keys in order. */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    /** A deep copy (maps and lists copied; scalars are immutable). */
    public YamlMap copy() {
        YamlMap m = new YamlMap();
        entries.forEach((k, v) -> m.entries.put(k, YamlValues.copy(v)));
        return m;
    }

    /** Plain Java maps and lists with the same content (for JSON writing and comparisons in tests). */
    public Map<String, Object> toPlain() {
        Map<String, Object> m = new LinkedHashMap<>();
        entries.forEach((k, v) -> m.put(k, YamlValues.plain(v)));
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YamlMap other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return YamlPrinter.print(this);
    }
}

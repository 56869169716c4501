package dev.forge.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model value as plain maps, lists and scalars with the spec's own key names, for JSON output: records
 * become maps (unset fields left out), enums and units are written as in YAML.
 */
public final class ModelTree {

    private ModelTree() {
    }

    public static Object of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(of(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), of(v)));
            return out;
        }
        if (Introspection.isSpecRecord(value.getClass())) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Introspection.Field f : Introspection.fields(value.getClass())) {
                Object v = f.get(value);
                if (v != null) {
                    out.put(f.key(), of(v));
                }
            }
            return out;
        }
        return Introspection.spelling(value);
    }
}

package dev.forge.resolve;

import dev.forge.model.Introspection;
import dev.forge.model.Introspection.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies per-environment overrides: wherever a record has an {@code environments:} entry for the
 * environment, the override's fields replace the record's. Records merge field by field, maps key by key,
 * lists are replaced whole. The result carries no {@code environments:} maps.
 */
final class Overlays {

    private Overlays() {
    }

    static Object apply(Object value, String env) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(apply(v, env)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, apply(v, env)));
            return out;
        }
        if (!Introspection.isSpecRecord(value.getClass())) {
            return value;
        }
        Object merged = value;
        for (Field f : Introspection.fields(value.getClass())) {
            if (f.isOverlay()) {
                Map<?, ?> overrides = (Map<?, ?>) f.get(value);
                if (overrides != null && overrides.get(env) != null) {
                    merged = merge(value, overrides.get(env));
                }
            }
        }
        List<Field> fields = Introspection.fields(merged.getClass());
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            Field f = fields.get(i);
            values[i] = f.isOverlay() ? null : apply(f.get(merged), env);
        }
        return Introspection.construct(merged.getClass(), values);
    }

    /** Fields set in {@code over} win; records and maps merge recursively. */
    static Object merge(Object base, Object over) {
        if (over == null) {
            return base;
        }
        if (base == null) {
            return over;
        }
        if (base instanceof Map<?, ?> b && over instanceof Map<?, ?> o) {
            Map<String, Object> out = new LinkedHashMap<>();
            b.forEach((k, v) -> out.put((String) k, v));
            o.forEach((k, v) -> out.put((String) k, merge(out.get(k), v)));
            return out;
        }
        if (Introspection.isSpecRecord(base.getClass()) && base.getClass() == over.getClass()) {
            List<Field> fields = Introspection.fields(base.getClass());
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < values.length; i++) {
                Field f = fields.get(i);
                values[i] = f.isOverlay() ? f.get(base) : merge(f.get(base), f.get(over));
            }
            return Introspection.construct(base.getClass(), values);
        }
        return over;
    }
}

package dev.forge.resolve;

import dev.forge.bind.Binder;
import dev.forge.model.Default;
import dev.forge.model.Introspection;
import dev.forge.model.Introspection.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills every unset field that declares a {@link Default}, recursively, parsing the default through the
 * binder exactly as if it had been written in the spec. In a production environment a default's
 * {@code production} value wins where it has one.
 */
final class Defaults {


    private Defaults() {
    }

    static Object apply(Object value, boolean production) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(apply(v, production)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, apply(v, production)));
            return out;
        }
        if (!Introspection.isSpecRecord(value.getClass())) {
            return value;
        }
        List<Field> fields = Introspection.fields(value.getClass());
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            Field f = fields.get(i);
            Object v = f.get(value);
            if (v == null && f.defaultValue().isPresent()) {
                v = parsed(f, f.defaultValue().get(), production);
            }
            values[i] = apply(v, production);
        }
        return Introspection.construct(value.getClass(), values);
    }

    private static Object parsed(Field f, Default d, boolean production) {
        Object[] both = BY_FIELD.get(f.component());
        if (both == null) {
            both = BY_FIELD.computeIfAbsent(f.component(), c -> new Object[2]);
        }
        int slot = production ? 1 : 0;
        if (both[slot] == null) { // a race computes the same value twice; both are equal
            both[slot] = Binder.bindDefault(f, production && !d.production().isEmpty() ? d.production() : d.value());
        }
        return both[slot];
    }

    /**
     * Each field's parsed default (not production, production), by the record component: built once, where the
     * key string above was built for every field of every record of every environment.
     */
    private static final Map<java.lang.reflect.RecordComponent, Object[]> BY_FIELD = new ConcurrentHashMap<>();
}

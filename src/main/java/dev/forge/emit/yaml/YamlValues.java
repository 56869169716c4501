package dev.forge.emit.yaml;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** What may be a YAML value here, and conversions shared by {@link YamlMap} and {@link YamlList}. */
final class YamlValues {

    private YamlValues() {
    }

    /** {@code v} as a storable value: plain maps and collections are converted; anything else unknown is refused. */
    static Object check(Object v) {
        if (v instanceof YamlMap || v instanceof YamlList || v instanceof String || v instanceof Commented || v instanceof Boolean
                || v instanceof Integer || v instanceof Long || v instanceof BigDecimal) {
            return v;
        }
        if (v instanceof Map<?, ?> m) {
            YamlMap out = new YamlMap();
            Map<?, ?> ordered = m instanceof java.util.LinkedHashMap || m instanceof java.util.SortedMap ? m
                    : new java.util.TreeMap<>(m);
            ordered.forEach((k, x) -> out.put(String.valueOf(k), x));
            return out;
        }
        if (v instanceof Collection<?> c) {
            return YamlList.copyOf(c);
        }
        if (v instanceof Double || v instanceof Float) {
            return new BigDecimal(v.toString()).stripTrailingZeros();
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).intValue();
        }
        throw new IllegalArgumentException("not a YAML value: " + v.getClass().getName());
    }

    static Object copy(Object v) {
        return v instanceof YamlMap m ? m.copy() : v instanceof YamlList l ? l.copy() : v;
    }

    static Object plain(Object v) {
        return v instanceof YamlMap m ? m.toPlain() : v instanceof YamlList l ? l.toPlain() : v instanceof Commented c ? c.value() : v;
    }
}

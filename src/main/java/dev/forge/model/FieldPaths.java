package dev.forge.model;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every field of the spec by path, read from the model records: {@code functions.*.memory} names the memory of
 * any function ({@code *} stands for a map key, {@code []} for a list item). Per-environment overrides fold into
 * the field they override ({@code functions.agent.environments.prod.memory} is {@code functions.*.memory}).
 * Targets declare what they render in these paths; the coverage report and its proof enumerate them.
 */
public final class FieldPaths {

    /** One field written in a spec: its pattern, its concrete path (as in the source map) and its value. */
    public record Written(String pattern, String path, Introspection.Field field, Object value) {
    }

    private static final List<String> ALL = List.copyOf(collect(Spec.class, "", new ArrayList<>()));

    private FieldPaths() {
    }

    /** Every leaf field path of the spec, in declaration order. */
    public static List<String> all() {
        return ALL;
    }

    private static List<String> collect(Class<?> record, String prefix, List<String> out) {
        for (Introspection.Field f : Introspection.fields(record)) {
            if (f.isOverlay()) {
                continue;
            }
            String p = join(prefix, f.key());
            Class<?> nested = nested(f.type());
            if (nested != null) {
                collect(nested, p + suffix(f.type()), out);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The record a field descends into (itself, a map's values or a list's items), or null for a leaf. */
    private static Class<?> nested(Type type) {
        Class<?> raw = Introspection.raw(type);
        if (Introspection.isSpecRecord(raw)) {
            return raw;
        }
        if (Map.class.isAssignableFrom(raw) || List.class.isAssignableFrom(raw)) {
            Class<?> element = Introspection.raw(Introspection.typeArgument(type, Map.class.isAssignableFrom(raw) ? 1 : 0));
            return Introspection.isSpecRecord(element) ? element : null;
        }
        return null;
    }

    private static String suffix(Type type) {
        Class<?> raw = Introspection.raw(type);
        return Map.class.isAssignableFrom(raw) ? ".*" : List.class.isAssignableFrom(raw) ? "[]" : "";
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    /** Every leaf field set (non-null) in {@code spec}, overrides included, in declaration order. */
    public static List<Written> written(Spec spec) {
        List<Written> out = new ArrayList<>();
        walk(spec, "", "", out);
        return out;
    }

    private static void walk(Object record, String path, String pattern, List<Written> out) {
        for (Introspection.Field f : Introspection.fields(record.getClass())) {
            Object v = f.get(record);
            if (v == null) {
                continue;
            }
            String p = child(path, f.key());
            if (f.isOverlay()) {
                new TreeMap<>((Map<?, ?>) v).forEach((k, o) -> walk(o, child(p, String.valueOf(k)), pattern, out));
                continue;
            }
            String pat = join(pattern, f.key());
            Class<?> nested = nested(f.type());
            if (nested == null) {
                out.add(new Written(pat, p, f, v));
            } else if (v instanceof Map<?, ?> m) {
                m.forEach((k, o) -> walk(o, child(p, String.valueOf(k)), pat + ".*", out));
            } else if (v instanceof List<?> l) {
                for (int i = 0; i < l.size(); i++) {
                    walk(l.get(i), p + "[" + i + "]", pat + "[]", out);
                }
            } else {
                walk(v, p, pat, out);
            }
        }
    }

    /** Appends a map key to a concrete path, quoting keys that are not plain words ({@code routes["GET /"]}). */
    public static String child(String path, String key) {
        String seg = isWord(key) ? key : "[\"" + key + "\"]";
        if (path.isEmpty()) {
            return seg;
        }
        return seg.startsWith("[") ? path + seg : path + "." + seg;
    }

    /** [A-Za-z0-9_-]+, without a regular expression: every path of every location passes here. */
    private static boolean isWord(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a written value is the field's default in every environment (writing it changes nothing), e.g.
     * {@code tracing: true}. Only scalars are compared.
     */
    public static boolean isDefault(Written w) {
        return w.field().defaultValue().map(d -> {
            String spelled = Introspection.spelling(w.value());
            boolean sameEverywhere = d.production().isEmpty() || d.production().equals(d.value());
            return sameEverywhere && Introspection.isScalar(w.value().getClass()) && spelled.equals(d.value());
        }).orElse(false);
    }
}

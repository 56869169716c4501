package dev.forge.api;

import dev.forge.model.BadValueException;
import dev.forge.model.Introspection;
import dev.forge.model.Introspection.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every spec builder shares: the values set so far, by record component; nested builders; lists and
 * maps kept in the order they were filled; and {@link #build()}, which checks what the binder checks for a
 * YAML spec (required keys, formats, ranges, key names) and constructs the model record.
 *
 * <p>A component never set stays {@code null}, exactly like a key not written in forge.yaml, so a spec built
 * in code equals the same spec bound from YAML; defaults are applied later, by resolve. Passing
 * {@code null} to a setter unsets its field again. List setters append (and calling one with no items
 * gives an empty list); map setters add entries; nested builders are created on first use and edited by
 * later calls with the same name.
 *
 * @param <R> the model record built
 * @param <B> the concrete builder, which every setter returns
 */
public abstract class SpecBuilder<R extends Record, B extends SpecBuilder<R, B>> {


    private final Class<R> type;
    private final Map<String, Object> values = new HashMap<>();

    SpecBuilder(Class<R> type) {
        this.type = type;
    }

    /**
     * Builds the record: lists and maps come out unmodifiable (equal by content to the binder's), unset
     * fields stay null.
     *
     * @throws InvalidSpecException listing every problem found (a missing required field, a bad format, a
     *     value out of range), each with its path in the spec
     */
    public final R build() {
        List<String> problems = new ArrayList<>();
        R built = build("", false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return built;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Sets (or, with {@code null}, unsets) one component. */
    final B set(String component, Object value) {
        field(component);
        if (value == null) {
            values.remove(component);
        } else {
            values.put(component, value);
        }
        return self();
    }

    /** Sets a component from text, parsed by the model's own parser; a parse error names the field. */
    final B parse(String component, String text, java.util.function.Function<String, ?> parser) {
        return set(component, text == null ? null : parsed(component, text, parser));
    }

    /** Appends items to a list component (creating it, so no items gives an empty list). */
    final B add(String component, Collection<?> items) {
        if (items == null) {
            return set(component, null);
        }
        List<Object> list = list(component);
        for (Object item : items) {
            list.add(Objects.requireNonNull(item, () -> key(component) + ": a list item is null"));
        }
        return self();
    }

    /** Appends items parsed from text to a list component. */
    final B addParsed(String component, String[] texts, java.util.function.Function<String, ?> parser) {
        if (texts == null) {
            return set(component, null);
        }
        List<Object> parsed = new ArrayList<>();
        for (String t : texts) {
            parsed.add(parsed(component, Objects.requireNonNull(t, () -> key(component) + ": a list item is null"), parser));
        }
        return add(component, parsed);
    }

    /** Appends a record, configured by {@code edit}, to a list component. */
    final <C extends SpecBuilder<?, C>> B append(String component, Supplier<C> make, Consumer<? super C> edit) {
        C child = make.get();
        if (edit != null) {
            edit.accept(child);
        }
        list(component).add(child);
        return self();
    }

    /** Puts one entry into a map component (creating it). */
    final B put(String component, String key, Object value) {
        map(component).put(Objects.requireNonNull(key, () -> key(component) + ": a name is null"),
                Objects.requireNonNull(value, () -> key(component) + "." + key + ": the value is null"));
        return self();
    }

    /** Puts every entry into a map component (creating it, so an empty map gives an empty map). */
    final B putAll(String component, Map<String, ?> entries) {
        if (entries == null) {
            return set(component, null);
        }
        map(component);
        entries.forEach((k, v) -> put(component, k, v));
        return self();
    }

    /** Edits the nested record of a component, creating its builder on first use. */
    @SuppressWarnings("unchecked")
    final <C extends SpecBuilder<?, C>> B nested(String component, Supplier<C> make, Consumer<? super C> edit) {
        field(component);
        Object v = values.get(component);
        if (!(v instanceof SpecBuilder<?, ?>)) {
            v = make.get();
            values.put(component, v);
        }
        if (edit != null) {
            edit.accept((C) v);
        }
        return self();
    }

    /** Edits the record stored under {@code key} in a map component, creating its builder on first use. */
    @SuppressWarnings("unchecked")
    final <C extends SpecBuilder<?, C>> B entry(String component, String key, Supplier<C> make, Consumer<? super C> edit) {
        Map<String, Object> map = map(component);
        Objects.requireNonNull(key, () -> key(component) + ": a name is null");
        Object v = map.get(key);
        if (!(v instanceof SpecBuilder<?, ?>)) {
            v = make.get();
            map.put(key, v);
        }
        if (edit != null) {
            edit.accept((C) v);
        }
        return self();
    }

    /** Edits the override of this record for one environment (its {@code environments:} entry). */
    final B overlay(String environment, Supplier<B> make, Consumer<? super B> edit) {
        return entry("environments", environment, make, edit);
    }

    R build(String path, boolean partial, List<String> problems) {
        List<Field> fields = Introspection.fields(type);
        Object[] out = new Object[fields.size()];
        for (int i = 0; i < out.length; i++) {
            Field f = fields.get(i);
            Object v = values.get(f.javaName());
            String at = child(path, f.key());
            if (v == null) {
                if (f.required() && !partial) {
                    problems.add(prefix(path) + "missing required key '" + f.key() + "'");
                }
            } else if (f.isOverlay() && partial) {
                problems.add(prefix(path) + "'environments' cannot be nested in an environment override");
            } else {
                out[i] = finish(v, f, at, partial || f.isOverlay(), problems);
            }
        }
        return Introspection.construct(type, out);
    }

    private static Object finish(Object v, Field f, String path, boolean partial, List<String> problems) {
        if (v instanceof SpecBuilder<?, ?> b) {
            return b.build(path, partial, problems);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(finish(list.get(i), f, path + "[" + i + "]", partial, problems));
            }
            return Collections.unmodifiableList(out);
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, value) -> {
                String key = (String) k;
                if (!f.matchesKeyFormat(key)) {
                    problems.add(prefix(path) + "bad name '" + key + "'; use " + f.keyFormat().orElseThrow().hint());
                }
                out.put(key, finish(value, f, child(path, key), partial, problems));
            });
            return Collections.unmodifiableMap(out);
        }
        check(v, f, path, problems);
        return v;
    }

    /** The binder's checks of one scalar: its field's format and range. */
    private static void check(Object v, Field f, String path, List<String> problems) {
        if (v instanceof String text && !f.matchesFormat(text)) {
            problems.add(prefix(path) + "'" + text + "' is not " + f.format().orElseThrow().hint());
        }
        if (!f.inRange(v)) {
            problems.add(prefix(path) + "'" + v + "' is out of range (" + f.rangeText() + ")");
        } else if (!f.exact(v)) {
            problems.add(prefix(path) + "'" + v + "' is not a whole number of seconds, which this field counts in");
        }
    }

    private Object parsed(String component, String text, java.util.function.Function<String, ?> parser) {
        try {
            return parser.apply(text);
        } catch (BadValueException e) {
            throw new BadValueException(key(component) + ": " + e.getMessage() + ". " + e.fix(), e.fix());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key(component) + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(String component) {
        field(component);
        return (List<Object>) values.computeIfAbsent(component, c -> new ArrayList<>());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String component) {
        field(component);
        return (Map<String, Object>) values.computeIfAbsent(component, c -> new LinkedHashMap<>());
    }

    private Field field(String component) {
        for (Field f : Introspection.fields(type)) {
            if (f.javaName().equals(component)) {
                return f;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no component '" + component + "'");
    }

    private static String key(String component) {
        return Introspection.kebab(component);
    }

    private static String prefix(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    /** A path as the binder writes it: {@code functions.agent}, {@code routes["GET /health"]}. */
    private static String child(String path, String key) {
        String seg = key.matches("[A-Za-z0-9_-]+") ? key : "[\"" + key + "\"]";
        if (path.isEmpty()) {
            return seg;
        }
        return seg.startsWith("[") ? path + seg : path + "." + seg;
    }
}

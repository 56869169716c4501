package dev.forge.emit.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** A YAML sequence; items as for {@link YamlMap} values. Null items are refused. */
public final class YamlList {

    private final List<Object> items = new ArrayList<>();

    public YamlList() {
    }

    /** A list of {@code items}. */
    public static YamlList of(Object... items) {
        YamlList l = new YamlList();
        for (Object o : items) {
            l.add(o);
        }
        return l;
    }

    /** A list of every item of {@code items}, in their order. */
    public static YamlList copyOf(Collection<?> items) {
        YamlList l = new YamlList();
        items.forEach(l::add);
        return l;
    }

    public YamlList add(Object item) {
        if (item == null) {
            throw new IllegalArgumentException("a YAML list item cannot be null");
        }
        items.add(YamlValues.check(item));
        return this;
    }

    /** Adds a new empty mapping at the end and returns it. */
    public YamlMap addMap() {
        YamlMap m = new YamlMap();
        items.add(m);
        return m;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }

    public Object get(int i) {
        return items.get(i);
    }

    /** The items in order (read-only). */
    public List<Object> items() {
        return Collections.unmodifiableList(items);
    }

    public YamlList copy() {
        YamlList l = new YamlList();
        items.forEach(v -> l.items.add(YamlValues.copy(v)));
        return l;
    }

    public List<Object> toPlain() {
        List<Object> l = new ArrayList<>();
        items.forEach(v -> l.add(YamlValues.plain(v)));
        return l;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YamlList other && items.equals(other.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }
}

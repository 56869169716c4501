package dev.forge.spec;

import dev.forge.diag.Location;
import java.util.List;
import java.util.Optional;

/** A YAML mapping with scalar keys, in source order. Duplicate keys never reach this type. */
public record MapNode(List<Entry> entries, Location location) implements Node {

    /** One key and its value. */
    public record Entry(ScalarNode key, Node value) {
        public String name() {
            return key.text();
        }
    }

    public MapNode {
        entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String key) {
        for (Entry e : entries) {
            if (e.name().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public Optional<Node> get(String key) {
        return entry(key).map(Entry::value);
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}

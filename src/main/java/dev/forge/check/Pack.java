package dev.forge.check;

import java.util.ArrayList;
import java.util.List;

/** A named set of rules, each bound to the severity it has in this pack. */
public record Pack(String name, String description, List<Entry> entries) {

    /** One rule in a pack and its severity there. */
    public record Entry(Rule rule, Levels levels) {
    }

    public Pack {
        entries = List.copyOf(entries);
    }

    public List<String> ids() {
        return entries.stream().map(e -> e.rule().id()).toList();
    }

    /** Builds a pack; rules keep their default levels unless given others. */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        public Builder add(Rule rule) {
            entries.add(new Entry(rule, rule.info().levels()));
            return this;
        }

        public Builder add(Rule rule, Levels levels) {
            entries.add(new Entry(rule, levels));
            return this;
        }

        public Builder addAll(List<Rule> rules) {
            rules.forEach(this::add);
            return this;
        }

        public Pack build(String name, String description) {
            return new Pack(name, description, entries);
        }
    }
}

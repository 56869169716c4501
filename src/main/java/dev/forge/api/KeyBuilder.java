package dev.forge.api;

import dev.forge.model.KeySpec;

/** Builds a {@link KeySpec}: a table's primary key. */
public final class KeyBuilder extends SpecBuilder<KeySpec, KeyBuilder> {

    KeyBuilder() {
        super(KeySpec.class);
    }

    /** Partition (hash) key attribute (required). */
    public KeyBuilder partition(String attribute) {
        return set("partition", attribute);
    }

    /** Sort (range) key attribute. */
    public KeyBuilder sort(String attribute) {
        return set("sort", attribute);
    }
}

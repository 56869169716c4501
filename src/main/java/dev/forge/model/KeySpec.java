package dev.forge.model;

/** A table's or index's key. */
@Shorthand("partition")
@Doc("A key: a partition (hash) attribute and an optional sort (range) attribute.")
public record KeySpec(
        @Required @Format(regex = "^[A-Za-z_][A-Za-z0-9_.-]{0,254}$", hint = "an attribute name")
        @Doc("Partition (hash) key attribute.") String partition,
        @Format(regex = "^[A-Za-z_][A-Za-z0-9_.-]{0,254}$", hint = "an attribute name")
        @Doc("Sort (range) key attribute.") String sort) {
}

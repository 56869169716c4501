package dev.forge.model;

import java.util.List;

/** A global secondary index. */
@Doc("A global secondary index.")
public record IndexSpec(
        @Required @Format(regex = "^[A-Za-z_][A-Za-z0-9_.-]{0,254}$", hint = "an attribute name")
        @Doc("Partition key attribute of the index.") String partition,
        @Format(regex = "^[A-Za-z_][A-Za-z0-9_.-]{0,254}$", hint = "an attribute name")
        @Doc("Sort key attribute of the index.") String sort,
        @Default("all") @Doc("Attributes copied into the index.") Projection projection,
        @Doc("Attributes copied when projection is include.") List<String> include) {
}

package dev.forge.api;

import dev.forge.model.IndexSpec;
import dev.forge.model.Projection;
import java.util.Arrays;

/** Builds an {@link IndexSpec}: a global secondary index. */
public final class IndexBuilder extends SpecBuilder<IndexSpec, IndexBuilder> {

    IndexBuilder() {
        super(IndexSpec.class);
    }

    /** Partition key attribute of the index (required). */
    public IndexBuilder partition(String attribute) {
        return set("partition", attribute);
    }

    /** Sort key attribute of the index. */
    public IndexBuilder sort(String attribute) {
        return set("sort", attribute);
    }

    /** Attributes copied into the index (default all). */
    public IndexBuilder projection(Projection projection) {
        return set("projection", projection);
    }

    /** Adds attributes copied when the projection is include. */
    public IndexBuilder include(String... attributes) {
        return add("include", attributes == null ? null : Arrays.asList(attributes));
    }
}

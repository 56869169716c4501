package dev.forge.api;

import dev.forge.model.Duration;
import dev.forge.model.StorageClass;
import dev.forge.model.TransitionSpec;

/** Builds a {@link TransitionSpec}: a storage class transition. */
public final class TransitionBuilder extends SpecBuilder<TransitionSpec, TransitionBuilder> {

    TransitionBuilder() {
        super(TransitionSpec.class);
    }

    /** Age at which objects move, e.g. {@code 30d} (required). */
    public TransitionBuilder after(String age) {
        return parse("after", age, Duration::parse);
    }

    /** Age at which objects move. */
    public TransitionBuilder after(Duration age) {
        return set("after", age);
    }

    /** Storage class they move to (required). */
    public TransitionBuilder storageClass(StorageClass storageClass) {
        return set("storageClass", storageClass);
    }
}

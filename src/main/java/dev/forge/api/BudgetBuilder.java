package dev.forge.api;

import dev.forge.model.BudgetSpec;
import java.util.Arrays;
import java.util.function.Consumer;

/** Builds a {@link BudgetSpec}: a monthly cost budget per environment, with alerts. */
public final class BudgetBuilder extends SpecBuilder<BudgetSpec, BudgetBuilder> {

    BudgetBuilder() {
        super(BudgetSpec.class);
    }

    /** Monthly amount in US dollars (no budget without one). */
    public BudgetBuilder monthly(Integer dollars) {
        return set("monthly", dollars);
    }

    /** Adds addresses alerted (default: the environment's alert addresses). */
    public BudgetBuilder email(String... addresses) {
        return add("email", addresses == null ? null : Arrays.asList(addresses));
    }

    /** Overrides fields in one environment. */
    public BudgetBuilder override(String environment, Consumer<BudgetBuilder> edit) {
        return overlay(environment, BudgetBuilder::new, edit);
    }
}

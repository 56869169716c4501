package dev.forge.api;

import dev.forge.model.PolicySpec;
import java.util.Arrays;
import java.util.function.Consumer;

/** Builds a {@link PolicySpec}: which rule packs run, and reviewed exceptions to them. */
public final class PolicyBuilder extends SpecBuilder<PolicySpec, PolicyBuilder> {

    PolicyBuilder() {
        super(PolicySpec.class);
    }

    /** Adds rule packs to run: baseline, strict (default baseline). */
    public PolicyBuilder packs(String... packs) {
        return add("packs", packs == null ? null : Arrays.asList(packs));
    }

    /** Suppresses a rule everywhere, for a reason that travels into the output. */
    public PolicyBuilder suppression(String rule, String reason) {
        return suppression(s -> s.rule(rule).reason(reason));
    }

    /** Appends a suppression. */
    public PolicyBuilder suppression(Consumer<SuppressionBuilder> edit) {
        return append("suppressions", SuppressionBuilder::new, edit);
    }
}

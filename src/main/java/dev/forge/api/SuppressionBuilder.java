package dev.forge.api;

import dev.forge.model.Ref;
import dev.forge.model.SuppressionSpec;

/** Builds a {@link SuppressionSpec}: a reviewed exception to a rule. */
public final class SuppressionBuilder extends SpecBuilder<SuppressionSpec, SuppressionBuilder> {

    SuppressionBuilder() {
        super(SuppressionSpec.class);
    }

    /** The rule suppressed, e.g. FORGE-S3-001 (required). */
    public SuppressionBuilder rule(String rule) {
        return set("rule", rule);
    }

    /** The resource it is suppressed for, e.g. {@code bucket:assets} (every resource when unset). */
    public SuppressionBuilder resource(String resource) {
        return parse("resource", resource, Ref::parse);
    }

    /** The resource it is suppressed for. */
    public SuppressionBuilder resource(Ref resource) {
        return set("resource", resource);
    }

    /** Why this is acceptable (required); it travels into the output for audit. */
    public SuppressionBuilder reason(String reason) {
        return set("reason", reason);
    }

    /** Date after which the suppression stops applying, e.g. 2027-01-31. */
    public SuppressionBuilder expires(String date) {
        return set("expires", date);
    }
}

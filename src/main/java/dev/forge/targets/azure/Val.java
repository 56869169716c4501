package dev.forge.targets.azure;

/**
 * A value of the one model with two renderings: the ARM template (an expression, so references are checked) and the
 * Container Apps YAML that {@code az containerapp create/update --yaml} reads (a literal). Plain values (strings,
 * numbers, maps, lists) are the same in both.
 */
sealed interface Val permits Val.Id, Val.Dual {

    /** A resource's ID: {@code [resourceId(...)]} in ARM; the full ID in YAML. */
    record Id(Res resource) implements Val {
    }

    /** An expression in ARM, this literal in YAML (an FQDN Azure derives from the name, a vault URL). */
    record Dual(Arm.Expr arm, String literal) implements Val {
    }
}

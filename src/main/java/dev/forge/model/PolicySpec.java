package dev.forge.model;

import java.util.List;

/** Guardrails. */
@Doc("Guardrails: which rule packs run, and reviewed exceptions to them.")
public record PolicySpec(
        @Default("[baseline]") @Format(regex = "^(?:baseline|strict)$", hint = "baseline or strict")
        @Doc("Rule packs to run.") List<String> packs,
        @Doc("Exceptions to rules, each with the reason a reviewer accepted.") List<SuppressionSpec> suppressions) {
}

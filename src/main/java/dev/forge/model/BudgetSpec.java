package dev.forge.model;

import java.util.List;
import java.util.Map;

/** A monthly cost budget per environment. */
@Doc("A monthly cost budget for each environment, with e-mail alerts when the month's forecast reaches 80 % and"
        + " 100 % of it.")
public record BudgetSpec(
        @Range(min = 0, max = 1000000000) @Example("500")
        @Doc("Monthly amount in US dollars; an environment without one (or with 0) gets no budget.") Integer monthly,
        @Format(regex = Names.EMAIL, hint = Names.EMAIL_HINT) @Example("[finance@example.com]")
        @Doc("Addresses alerted (one address may be written alone); defaults to the environment's `alerts.email`.")
        List<String> email,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, BudgetSpec> environments) {
}

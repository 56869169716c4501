package dev.forge.model;

/** A reviewed exception to a rule. */
@Doc("A reviewed exception to a rule.")
public record SuppressionSpec(
        @Required @Format(regex = "^FORGE-[A-Z0-9]+-\\d{3}$", hint = "a rule ID such as FORGE-S3-001")
        @Doc("The rule suppressed.") String rule,
        @Doc("The resource it is suppressed for; every resource when absent.") Ref resource,
        @Required @Doc("Why this is acceptable: it travels into the output for audit.") String reason,
        @Format(regex = "^\\d{4}-\\d{2}-\\d{2}$", hint = "a date such as 2027-01-31")
        @Doc("Date after which the suppression stops applying (and says so).") String expires) {
}

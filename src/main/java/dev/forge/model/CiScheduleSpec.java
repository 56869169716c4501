package dev.forge.model;

/** A scheduled workflow. */
@Doc("A scheduled workflow: a built-in kind run on a cron schedule (UTC).")
public record CiScheduleSpec(
        @Required @Format(regex = Names.RESOURCE, hint = "a name such as weekly-cost")
        @Doc("Name of the workflow (its file is `scheduled-<name>.yml`).") String name,
        @Required @Format(regex = "^\\S+ \\S+ \\S+ \\S+ \\S+$", hint = "a five-field cron expression")
        @Doc("When it runs (cron, UTC).") String cron,
        @Required @Doc("What it runs: `cost-report` (last week's AWS cost per service of each environment, from Cost"
                + " Explorer by the app's and environment's tags, in the run's summary) or `forge-check` (forge check,"
                + " its SARIF to code scanning).") ScheduledKind kind) {
}

package dev.forge.model;

import java.util.List;
import java.util.Map;

/** A container that runs to completion. */
@Doc("A container that runs to completion, on a schedule or on demand (a migration, a report): Kubernetes Job or"
        + " CronJob, Cloud Run job, Container Apps job, ECS task.")
public record JobSpec(
        @Doc("What the job does.") String description,
        @Required @Doc("The image the job runs.") ImageSpec image,
        @Doc("Command to run instead of the image's default.") List<String> command,
        @Default("0.25") @Range(min = 100, max = 16000) @Example("0.5") @Doc("CPU: cores (0.5) or millicores (500m).") Cpu cpu,
        @Default("512Mi") @Range(min = 64, max = 122880) @Example("1Gi") @Doc("Memory.") Size memory,
        @Example("0 3 * * *")
        @Doc("When the job runs: a five-field cron (minute hour day-of-month month day-of-week). On demand only when"
                + " absent.") String schedule,
        @Format(regex = Names.TIME_ZONE, hint = Names.TIME_ZONE_HINT)
        @Default("UTC") @Doc("The time zone the schedule is read in.") String timezone,
        @Default("1h") @Range(min = 1, max = 86400) @Doc("Longest a run may take (1s-24h); it is stopped after that.")
        Duration timeout,
        @Default("1") @Range(min = 0, max = 10) @Doc("Runs retried after a failure before the job counts as failed.")
        Integer retries,
        @KeyFormat(regex = Names.ENV_VAR, hint = Names.ENV_VAR_HINT)
        @Doc("Environment variables; `secret:NAME` and `parameter:NAME` values are read from the store;"
                + " `kind:name.attribute` is another resource's attribute (`api:public.url`; docs/env-contract.md).")
        Map<String, String> env,
        @Example("[database:main (connect)]")
        @Doc("What the job may access; least-privilege grants and connection variables are derived from it; `as NAME` renames the variable an entry derives.")
        List<Use> uses,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, JobSpec> environments) {
}

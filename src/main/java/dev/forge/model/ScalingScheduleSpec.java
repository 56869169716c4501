package dev.forge.model;

/** A time at which a service's replica bounds change (predictable load: office hours, nightly batches). */
@Doc("From a point in time on, the service scales between these bounds (seed 003: scheduled scaling for predictable"
        + " workloads). Each entry sets new bounds at its schedule; the next entry's schedule sets the next ones.")
public record ScalingScheduleSpec(
        @Required @Example("0 8 * * 1-5")
        @Doc("When the bounds change: a five-field cron (minute hour day-of-month month day-of-week).") String schedule,
        @Format(regex = Names.TIME_ZONE, hint = Names.TIME_ZONE_HINT)
        @Default("UTC") @Doc("The time zone the schedule is read in.") String timezone,
        @Required @Range(min = 0, max = 1000) @Doc("Fewest replicas from then on.") Integer min,
        @Required @Range(min = 0, max = 1000) @Doc("Most replicas from then on.") Integer max) {
}

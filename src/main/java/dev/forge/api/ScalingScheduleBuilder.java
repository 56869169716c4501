package dev.forge.api;

import dev.forge.model.ScalingScheduleSpec;

/** Builds a {@link ScalingScheduleSpec}: new autoscaling bounds of a service from a point in time on. */
public final class ScalingScheduleBuilder extends SpecBuilder<ScalingScheduleSpec, ScalingScheduleBuilder> {

    ScalingScheduleBuilder() {
        super(ScalingScheduleSpec.class);
    }

    /** When the bounds change: a five-field cron (required). */
    public ScalingScheduleBuilder schedule(String cron) {
        return set("schedule", cron);
    }

    /** The time zone the schedule is read in (default UTC). */
    public ScalingScheduleBuilder timezone(String zone) {
        return set("timezone", zone);
    }

    /** Fewest replicas from then on (required). */
    public ScalingScheduleBuilder min(Integer min) {
        return set("min", min);
    }

    /** Most replicas from then on (required). */
    public ScalingScheduleBuilder max(Integer max) {
        return set("max", max);
    }
}

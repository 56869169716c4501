package dev.forge.api;

import dev.forge.model.CiScheduleSpec;
import dev.forge.model.ScheduledKind;

/** Builds a {@link CiScheduleSpec}: a scheduled workflow. */
public final class CiScheduleBuilder extends SpecBuilder<CiScheduleSpec, CiScheduleBuilder> {

    CiScheduleBuilder() {
        super(CiScheduleSpec.class);
    }

    /** Name of the workflow (required). */
    public CiScheduleBuilder name(String name) {
        return set("name", name);
    }

    /** When it runs, five-field cron in UTC (required). */
    public CiScheduleBuilder cron(String cron) {
        return set("cron", cron);
    }

    /** What it runs (required). */
    public CiScheduleBuilder kind(ScheduledKind kind) {
        return set("kind", kind);
    }
}

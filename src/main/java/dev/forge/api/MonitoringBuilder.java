package dev.forge.api;

import dev.forge.model.Duration;
import dev.forge.model.MonitoringSpec;
import java.util.function.Consumer;

/** Builds a {@link MonitoringSpec}: alarms, dashboards and log retention. */
public final class MonitoringBuilder extends SpecBuilder<MonitoringSpec, MonitoringBuilder> {

    MonitoringBuilder() {
        super(MonitoringSpec.class);
    }

    /** A dashboard of the app's main metrics (default true). */
    public MonitoringBuilder dashboard(Boolean dashboard) {
        return set("dashboard", dashboard);
    }

    /** How long logs are kept, e.g. {@code 30d} (the default; 90d in production). */
    public MonitoringBuilder logRetention(String retention) {
        return parse("logRetention", retention, Duration::parse);
    }

    /** How long logs are kept. */
    public MonitoringBuilder logRetention(Duration retention) {
        return set("logRetention", retention);
    }

    /** Alarm thresholds. */
    public MonitoringBuilder alarms(Consumer<AlarmsBuilder> edit) {
        return nested("alarms", AlarmsBuilder::new, edit);
    }

    /** Overrides fields in one environment. */
    public MonitoringBuilder override(String environment, Consumer<MonitoringBuilder> edit) {
        return overlay(environment, MonitoringBuilder::new, edit);
    }
}

package dev.forge.api;

import dev.forge.model.AlarmsSpec;
import dev.forge.model.Duration;

/** Builds an {@link AlarmsSpec}: alarm thresholds. */
public final class AlarmsBuilder extends SpecBuilder<AlarmsSpec, AlarmsBuilder> {

    AlarmsBuilder() {
        super(AlarmsSpec.class);
    }

    /** Whether alarms are created (default true). */
    public AlarmsBuilder enabled(Boolean enabled) {
        return set("enabled", enabled);
    }

    /** Function errors in 5 minutes that raise an alarm (default 5). */
    public AlarmsBuilder errors(Integer errors) {
        return set("errors", errors);
    }

    /** Alarm when p99 duration passes this share of the timeout, in percent (default 90). */
    public AlarmsBuilder durationPercent(Integer percent) {
        return set("durationPercent", percent);
    }

    /** API 5xx responses in 5 minutes that raise an alarm (default 5). */
    public AlarmsBuilder server5xx(Integer responses) {
        return set("server5xx", responses);
    }

    /** API p99 latency that raises an alarm, e.g. {@code 3s} (the default). */
    public AlarmsBuilder latency(String latency) {
        return parse("latency", latency, Duration::parse);
    }

    /** API p99 latency that raises an alarm. */
    public AlarmsBuilder latency(Duration latency) {
        return set("latency", latency);
    }

    /** Service CPU use, in percent, that raises an alarm (default 80). */
    public AlarmsBuilder cpu(Integer percent) {
        return set("cpu", percent);
    }

    /** Service memory use, in percent, that raises an alarm (default 80). */
    public AlarmsBuilder memory(Integer percent) {
        return set("memory", percent);
    }
}

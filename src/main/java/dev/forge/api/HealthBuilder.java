package dev.forge.api;

import dev.forge.model.Duration;
import dev.forge.model.HealthSpec;

/** Builds a {@link HealthSpec}: how a service's health is checked. */
public final class HealthBuilder extends SpecBuilder<HealthSpec, HealthBuilder> {

    HealthBuilder() {
        super(HealthSpec.class);
    }

    /** Path answering 200 when healthy (default /health). */
    public HealthBuilder path(String path) {
        return set("path", path);
    }

    /** Time between checks, e.g. {@code 30s} (the default). */
    public HealthBuilder interval(String interval) {
        return parse("interval", interval, Duration::parse);
    }

    /** Time between checks. */
    public HealthBuilder interval(Duration interval) {
        return set("interval", interval);
    }

    /** Time a check may take (default 5s). */
    public HealthBuilder timeout(String timeout) {
        return parse("timeout", timeout, Duration::parse);
    }

    /** Time a check may take. */
    public HealthBuilder timeout(Duration timeout) {
        return set("timeout", timeout);
    }

    /** Passing checks before healthy (default 2). */
    public HealthBuilder healthyThreshold(Integer checks) {
        return set("healthyThreshold", checks);
    }

    /** Failing checks before unhealthy (default 3). */
    public HealthBuilder unhealthyThreshold(Integer checks) {
        return set("unhealthyThreshold", checks);
    }

    /** Time after start before the first check (default 10s). */
    public HealthBuilder initialDelay(String delay) {
        return parse("initialDelay", delay, Duration::parse);
    }

    /** Time after start before the first check. */
    public HealthBuilder initialDelay(Duration delay) {
        return set("initialDelay", delay);
    }
}

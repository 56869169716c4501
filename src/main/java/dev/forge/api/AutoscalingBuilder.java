package dev.forge.api;

import dev.forge.model.AutoscalingSpec;

/** Builds an {@link AutoscalingSpec}: horizontal autoscaling of a service. */
public final class AutoscalingBuilder extends SpecBuilder<AutoscalingSpec, AutoscalingBuilder> {

    AutoscalingBuilder() {
        super(AutoscalingSpec.class);
    }

    /** Fewest replicas (required). */
    public AutoscalingBuilder min(Integer min) {
        return set("min", min);
    }

    /** Most replicas (required). */
    public AutoscalingBuilder max(Integer max) {
        return set("max", max);
    }

    /** Target average CPU use, in percent (default 70). */
    public AutoscalingBuilder cpu(Integer percent) {
        return set("cpu", percent);
    }

    /** Target average memory use, in percent (no memory scaling when unset). */
    public AutoscalingBuilder memory(Integer percent) {
        return set("memory", percent);
    }

    /** Target requests per replica per minute through the load balancer in front (no request scaling when unset). */
    public AutoscalingBuilder requests(Integer perMinute) {
        return set("requests", perMinute);
    }
}

package dev.forge.api;

import dev.forge.model.ThrottlingSpec;

/** Builds a {@link ThrottlingSpec}: an API's request rate limits. */
public final class ThrottlingBuilder extends SpecBuilder<ThrottlingSpec, ThrottlingBuilder> {

    ThrottlingBuilder() {
        super(ThrottlingSpec.class);
    }

    /** Steady requests per second (default 100). */
    public ThrottlingBuilder rate(Integer rate) {
        return set("rate", rate);
    }

    /** Burst allowed above the rate (default 200). */
    public ThrottlingBuilder burst(Integer burst) {
        return set("burst", burst);
    }
}

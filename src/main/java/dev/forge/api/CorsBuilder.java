package dev.forge.api;

import dev.forge.model.CorsSpec;
import dev.forge.model.Duration;
import java.util.Arrays;

/** Builds a {@link CorsSpec}: cross-origin access from browsers. */
public final class CorsBuilder extends SpecBuilder<CorsSpec, CorsBuilder> {

    CorsBuilder() {
        super(CorsSpec.class);
    }

    /** Adds origins allowed to call: {@code *} or e.g. {@code https://app.example.com} (required). */
    public CorsBuilder origins(String... origins) {
        return add("origins", origins == null ? null : Arrays.asList(origins));
    }

    /** Adds methods allowed (default GET, POST, PUT, DELETE, OPTIONS). */
    public CorsBuilder methods(String... methods) {
        return add("methods", methods == null ? null : Arrays.asList(methods));
    }

    /** Adds request headers allowed (default Content-Type, Authorization). */
    public CorsBuilder headers(String... headers) {
        return add("headers", headers == null ? null : Arrays.asList(headers));
    }

    /** Whether browsers may send credentials (default false). */
    public CorsBuilder credentials(Boolean credentials) {
        return set("credentials", credentials);
    }

    /** How long browsers may cache the answer (default 1h). */
    public CorsBuilder maxAge(String maxAge) {
        return parse("maxAge", maxAge, Duration::parse);
    }

    /** How long browsers may cache the answer. */
    public CorsBuilder maxAge(Duration maxAge) {
        return set("maxAge", maxAge);
    }
}

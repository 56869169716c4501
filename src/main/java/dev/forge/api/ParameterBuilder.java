package dev.forge.api;

import dev.forge.model.ParameterSpec;
import java.util.function.Consumer;

/** Builds a {@link ParameterSpec}: a plain (non-secret) configuration value. */
public final class ParameterBuilder extends SpecBuilder<ParameterSpec, ParameterBuilder> {

    ParameterBuilder() {
        super(ParameterSpec.class);
    }

    /** What the parameter configures. */
    public ParameterBuilder description(String description) {
        return set("description", description);
    }

    /** The value (never a secret); set by hand in the store when unset. */
    public ParameterBuilder value(String value) {
        return set("value", value);
    }

    /** Environment variable naming the parameter (default: NAME_PARAMETER). */
    public ParameterBuilder variable(String variable) {
        return set("variable", variable);
    }

    /** Overrides fields in one environment. */
    public ParameterBuilder override(String environment, Consumer<ParameterBuilder> edit) {
        return overlay(environment, ParameterBuilder::new, edit);
    }
}

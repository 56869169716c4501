package dev.forge.model;

import java.util.Map;

/** A plain configuration value. */
@Doc("A plain (non-secret) configuration value, stored in SSM Parameter Store.")
public record ParameterSpec(
        @Doc("What the parameter configures.") String description,
        @Doc("The value (must not be a secret). Set by hand in the store when absent.") String value,
        @Format(regex = Names.ENV_VAR, hint = Names.ENV_VAR_HINT)
        @Doc("Environment variable naming the parameter for code that uses it; defaults to the name in upper"
                + " case with '_' and `_PARAMETER`.") String variable,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, ParameterSpec> environments) {
}

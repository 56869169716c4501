package dev.forge.model;

import java.util.Map;

/** A model the app may invoke. */
@Shorthand("id")
@Doc("A large language model the app may invoke (`model: anthropic.claude-...` sets just the id).")
public record ModelSpec(
        @Required @Format(regex = "^(?:(?:us|eu|apac|global)\\.)?[a-z0-9-]+\\.[a-z0-9][a-z0-9.:-]*[a-z0-9]$",
                hint = "an exact Bedrock model ID such as anthropic.claude-3-5-sonnet-20241022-v2:0 (no wildcards)")
        @Example("anthropic.claude-3-5-sonnet-20241022-v2:0")
        @Doc("Exact model ID, or a cross-region inference profile ID (us./eu./apac./global. prefix).") String id,
        @Default("bedrock") @Doc("Where the model is served.") ModelProvider provider,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, ModelSpec> environments) {
}

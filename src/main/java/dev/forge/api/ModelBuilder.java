package dev.forge.api;

import dev.forge.model.ModelProvider;
import dev.forge.model.ModelSpec;
import java.util.function.Consumer;

/** Builds a {@link ModelSpec}: a large language model the app may invoke. */
public final class ModelBuilder extends SpecBuilder<ModelSpec, ModelBuilder> {

    ModelBuilder() {
        super(ModelSpec.class);
    }

    /** Exact model ID or cross-region inference profile ID (required). */
    public ModelBuilder id(String id) {
        return set("id", id);
    }

    /** Where the model is served (default bedrock). */
    public ModelBuilder provider(ModelProvider provider) {
        return set("provider", provider);
    }

    /** Overrides fields in one environment. */
    public ModelBuilder override(String environment, Consumer<ModelBuilder> edit) {
        return overlay(environment, ModelBuilder::new, edit);
    }
}

package dev.forge.api;

import dev.forge.model.SecretSpec;
import dev.forge.model.SecretStore;

/** Builds a {@link SecretSpec}: a secret by name only; its value never enters the spec. */
public final class SecretBuilder extends SpecBuilder<SecretSpec, SecretBuilder> {

    SecretBuilder() {
        super(SecretSpec.class);
    }

    /** What the secret is, and who sets it. */
    public SecretBuilder description(String description) {
        return set("description", description);
    }

    /** Where the secret lives (default secrets-manager). */
    public SecretBuilder store(SecretStore store) {
        return set("store", store);
    }

    /** Environment variable naming the secret for code that uses it (default derived from the name). */
    public SecretBuilder variable(String variable) {
        return set("variable", variable);
    }
}

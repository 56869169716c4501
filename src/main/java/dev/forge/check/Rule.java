package dev.forge.check;

/**
 * A guardrail: a small pure function of one resource (or one environment, or one emitted file) returning
 * compliant, non-compliant or not applicable. Its stable ID, message, explanation, fix and references are
 * in {@link #info()}; packs ({@link Packs}) decide which rules run and at which severity.
 */
public sealed interface Rule permits ResourceRule, EnvironmentRule, ArtifactRule {

    RuleInfo info();

    default String id() {
        return info().id();
    }
}

package dev.forge.check;

import dev.forge.diag.Severity;

/**
 * A rule's severity per kind of environment: a missing replica can be an error in production and only
 * information in dev. Artifact rules use {@link #production()} for files of a production environment.
 */
public record Levels(Severity production, Severity other) {

    public static Levels always(Severity s) {
        return new Levels(s, s);
    }

    public static Levels prod(Severity production, Severity other) {
        return new Levels(production, other);
    }

    public Severity in(boolean productionEnv) {
        return productionEnv ? production : other;
    }

    /** The stricter of the two levels, field by field. */
    public Levels max(Levels o) {
        return new Levels(stricter(production, o.production), stricter(other, o.other));
    }

    static Severity stricter(Severity a, Severity b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** {@code error in production, info elsewhere}, or {@code warning} when both agree. */
    public String describe() {
        return production == other ? production.spelling()
                : production.spelling() + " in production, " + other.spelling() + " elsewhere";
    }
}

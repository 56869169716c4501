package dev.forge.diag;

/** How bad a diagnostic is. Only {@link #ERROR} stops a run. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String spelling() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

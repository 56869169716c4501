package dev.forge.check;

import dev.forge.diag.Diagnostic;
import dev.forge.diag.Location;
import dev.forge.diag.Severity;
import java.util.Comparator;

/**
 * One rule broken by one resource in one environment (or one emitted file): the rule's ID, the severity it
 * has there, the resource, where (spec file:line:col, or the emitted file and line), what and how to fix.
 *
 * @param environment null for findings in emitted files shared by every environment
 * @param suppression the reviewed suppression that accepts this finding, or null
 * @param note extra information, e.g. that a suppression has expired; null when none
 */
public record Finding(String rule, Severity severity, String resource, String environment, Location location,
                      String message, String fix, Suppression suppression, String note) {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.environment == null ? "" : f.environment)
            .thenComparing(Finding::resource)
            .thenComparing(Finding::message);

    /** A suppression as it applied: its reason, where it was written, and its expiry date if any. */
    public record Suppression(String reason, Location at, String expires) {
    }

    public boolean suppressed() {
        return suppression != null;
    }

    /** An error nobody suppressed: it stops {@code forge synth}. */
    public boolean blocking() {
        return severity == Severity.ERROR && suppression == null;
    }

    public Finding withSuppression(Suppression s) {
        return new Finding(rule, severity, resource, environment, location, message, fix, s, note);
    }

    public Finding withNote(String n) {
        return new Finding(rule, severity, resource, environment, location, message, fix, suppression, n);
    }

    /** As a diagnostic, for the plain error listing of other commands. */
    public Diagnostic toDiagnostic() {
        String where = environment == null ? "" : " [" + environment + "]";
        return new Diagnostic(location, rule, severity, resource + where + ": " + message
                + (note == null ? "" : " (" + note + ")"), fix);
    }
}

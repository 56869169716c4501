package dev.forge.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a spec: where, which stable code, what (with the offending value in quotes)
 * and how to fix it. The code is stable; the wording may change.
 *
 * @param location where the problem is ({@link Location#NONE} when it has no single place)
 * @param code the stable code, e.g. {@code FORGE-E104}
 * @param severity error, warning or info
 * @param message what is wrong, naming the offending value in quotes
 * @param fix how to fix it; empty when there is nothing useful to say
 */
public record Diagnostic(Location location, String code, Severity severity, String message, String fix) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public static Diagnostic error(Location location, Code code, String message, String fix) {
        return new Diagnostic(location, code.id(), Severity.ERROR, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code forge.yaml:14:7 FORGE-E104 function 'api' uses unknown table 'mesages' (did you mean 'messages'?)}. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        String where = location.toString();
        if (!where.isEmpty()) {
            sb.append(where).append(' ');
        }
        sb.append(code).append(' ');
        if (severity != Severity.ERROR) {
            sb.append(severity.spelling()).append(": ");
        }
        sb.append(message);
        if (!fix.isEmpty()) {
            sb.append("\n  fix: ").append(fix);
        }
        return sb.toString();
    }
}

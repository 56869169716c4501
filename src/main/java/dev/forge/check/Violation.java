package dev.forge.check;

/**
 * Where and how a resource breaks a rule: a spec path (relative to the rule's subject) or, for an emitted
 * file, a line and column; the resource it concerns; and what is wrong, with the offending value quoted.
 *
 * @param resource the resource named in the finding; null means the rule's subject
 */
public record Violation(String path, int line, int column, String resource, String message) {

    /** At a spec path relative to the subject ({@code ""} for the subject itself). */
    public static Violation at(String path, String message) {
        return new Violation(path, 0, 0, null, message);
    }

    /** At a spec path, about a resource other than the subject (environment rules). */
    public static Violation at(String path, String resource, String message) {
        return new Violation(path, 0, 0, resource, message);
    }

    /** At a line and column of an emitted file. */
    public static Violation line(int line, int column, String resource, String message) {
        return new Violation(null, line, column, resource, message);
    }
}

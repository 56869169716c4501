package dev.forge.check;

import java.util.List;

/** What a rule says of one subject: compliant, not applicable, or non-compliant with its violations. */
public record Result(Status status, List<Violation> violations) {

    /** The three answers a rule can give. */
    public enum Status { COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE }

    private static final Result OK = new Result(Status.COMPLIANT, List.of());
    private static final Result NA = new Result(Status.NOT_APPLICABLE, List.of());

    public Result {
        violations = List.copyOf(violations);
        if ((status == Status.NON_COMPLIANT) == violations.isEmpty()) {
            throw new IllegalArgumentException("a non-compliant result needs violations, and only it has them");
        }
    }

    public static Result compliant() {
        return OK;
    }

    public static Result notApplicable() {
        return NA;
    }

    public static Result fail(Violation... violations) {
        return new Result(Status.NON_COMPLIANT, List.of(violations));
    }

    /** Non-compliant when {@code violations} is not empty, compliant otherwise. */
    public static Result of(List<Violation> violations) {
        return violations.isEmpty() ? OK : new Result(Status.NON_COMPLIANT, violations);
    }

    /** Compliant when {@code ok}, otherwise one violation at {@code path}. */
    public static Result require(boolean ok, String path, String message) {
        return ok ? OK : fail(Violation.at(path, message));
    }
}

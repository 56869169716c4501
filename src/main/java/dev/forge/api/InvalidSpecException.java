package dev.forge.api;

import java.util.List;

/**
 * A spec built in code breaks a rule the binder enforces on forge.yaml: a required field is missing, a
 * value has the wrong format or is out of range. Lists every problem, each with its path in the spec.
 */
public final class InvalidSpecException extends IllegalArgumentException {

    private final List<String> problems;

    InvalidSpecException(List<String> problems) {
        super("invalid spec:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code path: what is wrong}, in the order of the spec's fields. */
    public List<String> problems() {
        return problems;
    }
}

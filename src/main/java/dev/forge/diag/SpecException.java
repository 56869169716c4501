package dev.forge.diag;

import java.util.List;

/** A phase found errors in the spec. Carries all of them, sorted by location. */
public final class SpecException extends RuntimeException {

    private final transient List<Diagnostic> diagnostics;

    public SpecException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid spec" : diagnostics.get(0).render(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public SpecException(Diagnostic single) {
        this(List.of(single));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}

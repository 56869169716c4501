package dev.forge.write;

import dev.forge.diag.Diagnostic;
import java.util.List;

/** The writer refused to write (conflicts) or could not (I/O). Nothing was changed. */
public final class WriteException extends RuntimeException {

    private final transient List<Diagnostic> diagnostics;

    public WriteException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "write failed" : diagnostics.get(0).render(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}

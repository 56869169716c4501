package dev.forge.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the diagnostics of one phase, so that all of them are reported together, sorted by location. */
public final class Diagnostics {

    /** More than this many errors in one file only bury the first ones; the rest are counted. */
    public static final int LIMIT = 200;

    private final List<Diagnostic> items = new ArrayList<>();
    private int dropped;

    public void add(Diagnostic d) {
        if (items.size() >= LIMIT) {
            dropped++;
            return;
        }
        items.add(d);
    }

    public void error(Location where, Code code, String message, String fix) {
        add(Diagnostic.error(where, code, message, fix));
    }

    public void addAll(List<Diagnostic> ds) {
        ds.forEach(this::add);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public int dropped() {
        return dropped;
    }

    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.ORDER);
        return Collections.unmodifiableList(copy);
    }

    /** Throws a {@link SpecException} carrying every diagnostic so far when any is an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new SpecException(sorted());
        }
    }
}

package dev.forge.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A reference to a declared resource, written {@code kind:name} (e.g. {@code table:messages}). */
public record Ref(Kind kind, String name) implements Comparable<Ref> {

    public static Ref parse(String raw) {
        String s = raw.trim();
        int colon = s.indexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new BadValueException("'" + dev.forge.util.Shown.value(raw) + "' is not a reference",
                    "Write kind:name, where kind is one of " + kinds() + ".");
        }
        String kind = s.substring(0, colon);
        String name = s.substring(colon + 1);
        Kind k = Kind.bySpelling(kind).orElseThrow(() -> new BadValueException(
                "'" + dev.forge.util.Shown.value(raw) + "' names unknown kind '" + dev.forge.util.Shown.value(kind) + "'", "Use one of " + kinds() + "."));
        if (!Names.RESOURCE_PATTERN.matcher(name).matches()) {
            throw new BadValueException("'" + dev.forge.util.Shown.value(raw) + "' has a bad name '" + dev.forge.util.Shown.value(name) + "'",
                    "Names are " + Names.RESOURCE_HINT + ".");
        }
        return new Ref(k, name);
    }

    static String kinds() {
        return Arrays.stream(Kind.values()).map(Kind::spelling).collect(Collectors.joining(", "));
    }

    @Override
    public int compareTo(Ref o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : name.compareTo(o.name);
    }

    // Written out rather than left to the record's generated methods: refs are map keys and compared in every
    // rule and target, and the generated ones dispatch through method handles, slow until compiled.
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Ref r && kind == r.kind && name.equals(r.name);
    }

    @Override
    public int hashCode() {
        return 31 * kind.ordinal() + name.hashCode();
    }

    @Override
    public String toString() {
        return kind.spelling() + ":" + name;
    }
}

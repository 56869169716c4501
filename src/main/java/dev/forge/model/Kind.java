package dev.forge.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of resource a spec declares, as written in references ({@code table:messages}). */
public enum Kind implements SpecEnum {
    SERVICE("service", "services", List.of(Access.INVOKE)),
    FUNCTION("function", "functions", List.of(Access.INVOKE)),
    API("api", "apis", List.of(Access.INVOKE)),
    TABLE("table", "tables", List.of(Access.READ, Access.WRITE, Access.READ_WRITE)),
    BUCKET("bucket", "buckets", List.of(Access.READ, Access.WRITE, Access.READ_WRITE)),
    QUEUE("queue", "queues", List.of(Access.PUBLISH, Access.CONSUME)),
    DATABASE("database", "databases", List.of(Access.CONNECT)),
    CACHE("cache", "caches", List.of(Access.CONNECT)),
    SECRET("secret", "secrets", List.of(Access.READ)),
    PARAMETER("parameter", "parameters", List.of(Access.READ)),
    MODEL("model", "models", List.of(Access.INVOKE));

    private final String spelling;
    private final String section;
    private final List<Access> accesses;

    Kind(String spelling, String section, List<Access> accesses) {
        this.spelling = spelling;
        this.section = section;
        this.accesses = accesses;
    }

    @Override
    public String spelling() {
        return spelling;
    }

    /** The top-level key that declares resources of this kind. */
    public String section() {
        return section;
    }

    /** Access levels a {@code uses:} entry may ask of this kind; the first is the default. */
    public List<Access> accesses() {
        return accesses;
    }

    public Access defaultAccess() {
        return accesses.get(0);
    }

    public static Optional<Kind> bySpelling(String s) {
        return Arrays.stream(values()).filter(k -> k.spelling.equals(s)).findFirst();
    }
}

package dev.forge.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of resource a spec declares, as written in references ({@code table:messages}). */
public enum Kind implements SpecEnum {
    SERVICE("service", "services", ServiceSpec.class, List.of(Access.INVOKE)),
    FUNCTION("function", "functions", FunctionSpec.class, List.of(Access.INVOKE)),
    JOB("job", "jobs", JobSpec.class, List.of(Access.INVOKE)),
    API("api", "apis", ApiSpec.class, List.of(Access.INVOKE)),
    TABLE("table", "tables", TableSpec.class, List.of(Access.READ, Access.WRITE, Access.READ_WRITE)),
    BUCKET("bucket", "buckets", BucketSpec.class, List.of(Access.READ, Access.WRITE, Access.READ_WRITE)),
    QUEUE("queue", "queues", QueueSpec.class, List.of(Access.PUBLISH, Access.CONSUME)),
    TOPIC("topic", "topics", TopicSpec.class, List.of(Access.PUBLISH)),
    DATABASE("database", "databases", DatabaseSpec.class, List.of(Access.CONNECT)),
    CACHE("cache", "caches", CacheSpec.class, List.of(Access.CONNECT)),
    SECRET("secret", "secrets", SecretSpec.class, List.of(Access.READ)),
    PARAMETER("parameter", "parameters", ParameterSpec.class, List.of(Access.READ)),
    MODEL("model", "models", ModelSpec.class, List.of(Access.INVOKE));

    private final String spelling;
    private final String section;
    private final Class<? extends Record> type;
    private final List<Access> accesses;

    Kind(String spelling, String section, Class<? extends Record> type, List<Access> accesses) {
        this.spelling = spelling;
        this.section = section;
        this.type = type;
        this.accesses = accesses;
    }

    /** The record type declaring a resource of this kind ({@code FunctionSpec} for functions). */
    public Class<? extends Record> type() {
        return type;
    }

    /** The kind whose resources are declared by {@code type}. */
    public static Kind of(Class<?> type) {
        return Arrays.stream(values()).filter(k -> k.type == type).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a resource record: " + type.getName()));
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
        for (Kind k : VALUES) {
            if (k.spelling.equals(s)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static final Kind[] VALUES = values();
}

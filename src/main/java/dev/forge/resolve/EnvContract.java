package dev.forge.resolve;

import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The environment-variable contract (docs/env-contract.md): the variables a function, service or job receives
 * in one environment, the same names on every target. They are {@code ENVIRONMENT}, the connection variables of
 * its {@code uses:} (renamed with {@code as}), and its own {@code env:} entries: text, {@code secret:NAME} and
 * {@code parameter:NAME} values, and attribute references such as {@code api:public.url}.
 */
public final class EnvContract {

    /** The attributes an {@code env:} value may name, per kind: {@code kind:name.attribute}. */
    private static final Map<Kind, Map<String, Connection.Attribute>> ATTRIBUTES = Map.ofEntries(
            Map.entry(Kind.TABLE, Map.of("name", Connection.Attribute.NAME)),
            Map.entry(Kind.BUCKET, Map.of("name", Connection.Attribute.NAME)),
            Map.entry(Kind.QUEUE, Map.of("url", Connection.Attribute.URL)),
            Map.entry(Kind.FUNCTION, Map.of("name", Connection.Attribute.NAME)),
            Map.entry(Kind.JOB, Map.of("name", Connection.Attribute.NAME)),
            Map.entry(Kind.SERVICE, Map.of("url", Connection.Attribute.URL)),
            Map.entry(Kind.API, Map.of("url", Connection.Attribute.URL)),
            Map.entry(Kind.TOPIC, Map.of("arn", Connection.Attribute.TOPIC_ARN)),
            Map.entry(Kind.MODEL, Map.of("id", Connection.Attribute.MODEL_ID)),
            Map.entry(Kind.DATABASE, Map.of("host", Connection.Attribute.HOST, "port", Connection.Attribute.PORT,
                    "name", Connection.Attribute.DATABASE_NAME, "secret", Connection.Attribute.CREDENTIALS_SECRET_ARN)),
            Map.entry(Kind.CACHE, Map.of("host", Connection.Attribute.HOST, "port", Connection.Attribute.PORT)));

    private EnvContract() {
    }

    /** The variables of {@code principal} (a function, service or job) in {@code env}, sorted by name. */
    public static List<EnvVar> of(ResolvedEnv env, Ref principal) {
        Map<String, EnvVar> out = new TreeMap<>();
        out.put(Connections.ENVIRONMENT, new EnvVar(Connections.ENVIRONMENT, new EnvVar.EnvironmentName()));
        for (Connection c : Connections.of(env, principal)) {
            out.put(c.variable(), new EnvVar(c.variable(), new EnvVar.Attribute(c.resource(), c.attribute(), true)));
        }
        Map<String, String> own = own(env.spec(), principal);
        if (own != null) {
            own.forEach((k, v) -> out.put(k, new EnvVar(k, value(v))));
        }
        return new ArrayList<>(out.values());
    }

    /** The principals that have a contract: every function, service and job, in kind then spec order. */
    public static List<Ref> principals(Spec s) {
        List<Ref> out = new ArrayList<>();
        s.functions().keySet().forEach(n -> out.add(new Ref(Kind.FUNCTION, n)));
        s.services().keySet().forEach(n -> out.add(new Ref(Kind.SERVICE, n)));
        if (s.jobs() != null) {
            s.jobs().keySet().forEach(n -> out.add(new Ref(Kind.JOB, n)));
        }
        return out;
    }

    /** The principal's own {@code env:} (null when it writes none; empty for kinds that have none). */
    static Map<String, String> own(Spec s, Ref principal) {
        return switch (principal.kind()) {
            case FUNCTION -> s.functions().get(principal.name()).env();
            case SERVICE -> s.services().get(principal.name()).env();
            case JOB -> s.jobs().get(principal.name()).env();
            default -> Map.of();
        };
    }

    /** Whether an {@code env:} value reads a secret or parameter ({@code secret:NAME}, {@code parameter:NAME}). */
    public static boolean isStoreValue(String raw) {
        return (raw.startsWith("secret:") || raw.startsWith("parameter:")) && raw.indexOf('.') < 0;
    }

    /** What an {@code env:} value means (checked at resolve: a bad reference never gets here). */
    public static EnvVar.Value value(String raw) {
        if (isStoreValue(raw)) {
            return new EnvVar.StoreValue(Ref.parse(raw));
        }
        Optional<AttributeRef> a = attributeRef(raw);
        if (a.isPresent()) {
            AttributeRef r = a.get();
            return new EnvVar.Attribute(r.ref(), ATTRIBUTES.get(r.ref().kind()).get(r.attribute()), false);
        }
        return new EnvVar.Text(raw);
    }

    /** {@code kind:name.attribute} as written, before it is checked. */
    public record AttributeRef(Ref ref, String attribute) {
    }

    /**
     * {@code raw} read as an attribute reference when it has that shape ({@code kind:name.word}, kind one of the
     * spec's kinds); empty otherwise (plain text). The reference and attribute are checked by {@link #problem}.
     */
    public static Optional<AttributeRef> attributeRef(String raw) {
        int colon = raw.indexOf(':');
        int dot = raw.lastIndexOf('.');
        if (colon <= 0 || dot < colon + 2 || dot == raw.length() - 1 || raw.indexOf(' ') >= 0) {
            return Optional.empty();
        }
        Optional<Kind> kind = Kind.bySpelling(raw.substring(0, colon));
        String name = raw.substring(colon + 1, dot);
        String attribute = raw.substring(dot + 1);
        if (kind.isEmpty() || !dev.forge.model.Names.RESOURCE_PATTERN.matcher(name).matches()
                || !attribute.matches("[a-z]+")) {
            return Optional.empty();
        }
        return Optional.of(new AttributeRef(new Ref(kind.get(), name), attribute));
    }

    /** Why {@code r} names no attribute (with the ones it could), or empty when it does. */
    public static Optional<String> problem(AttributeRef r) {
        Map<String, Connection.Attribute> known = ATTRIBUTES.get(r.ref().kind());
        if (known == null) {
            return Optional.of("a " + r.ref().kind().spelling() + " has no attribute to reference; "
                    + (r.ref().kind() == Kind.SECRET || r.ref().kind() == Kind.PARAMETER
                    ? "write " + r.ref() + " for its value" : "reference another kind"));
        }
        if (!known.containsKey(r.attribute())) {
            return Optional.of("a " + r.ref().kind().spelling() + " has no attribute '" + r.attribute() + "'; use "
                    + String.join(", ", new java.util.TreeSet<>(known.keySet())));
        }
        return Optional.empty();
    }

    /** The variable name prefix of a resource, as connection variables spell it ({@code run-events} → {@code RUN_EVENTS}). */
    public static String base(String name) {
        return name.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}

package dev.forge.resolve;

import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.model.Use;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The environment variables a function or service receives, derived from its grants: for
 * {@code uses: [table:messages]} it gets {@code MESSAGES_TABLE_NAME}, and so on (docs/spec.md lists them).
 * Every principal also gets {@code ENVIRONMENT}. A variable set in {@code env:} that is also derived here is
 * refused at resolve (FORGE-E116, {@code NameClashes}), so none is ever silently dropped.
 */
public final class Connections {

    /** The variable every function and service gets with the environment's name. */
    public static final String ENVIRONMENT = "ENVIRONMENT";

    private Connections() {
    }

    /** Connection variables of {@code principal} in {@code env}, sorted by name, minus those set in {@code env:}. */
    public static List<Connection> of(ResolvedEnv env, Ref principal) {
        Spec s = env.spec();
        Map<String, String> own = EnvContract.own(s, principal);
        Set<String> taken = own == null ? Set.of() : own.keySet();
        Map<String, Connection> out = new TreeMap<>();
        Map<Ref, String> aliases = aliases(s, principal);
        for (Grant g : env.grantsOf(principal)) {
            if (g.via().startsWith("env:") || g.isTrigger()) {
                continue; // a trigger hands the function its events, not an address to call
            }
            for (Connection c : forResource(s, g.resource(), aliases.get(g.resource()), principal.kind())) {
                if (!taken.contains(c.variable())) {
                    out.putIfAbsent(c.variable(), c);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The {@code as} names of a principal's {@code uses:} entries, by resource. */
    static Map<Ref, String> aliases(Spec s, Ref principal) {
        List<Use> uses = switch (principal.kind()) {
            case FUNCTION -> s.functions().get(principal.name()).uses();
            case SERVICE -> s.services().get(principal.name()).uses();
            case JOB -> s.jobs().get(principal.name()).uses();
            default -> null;
        };
        if (uses == null) {
            return Map.of();
        }
        Map<Ref, String> out = new HashMap<>();
        for (Use u : uses) {
            if (u.variable() != null) {
                out.put(u.ref(), u.variable());
            }
        }
        return out;
    }

    /** The connection variables a grant on {@code r} hands a function, without renaming. */
    public static List<Connection> forResource(Spec s, Ref r) {
        return forResource(s, r, null, Kind.FUNCTION);
    }

    /**
     * The connection variables a grant on {@code r} hands a principal of kind {@code principal}: named
     * {@code alias} (for databases and caches, prefixed with it) when the {@code uses:} entry says {@code as}.
     * Containers (services and jobs) also get a database's user name and password; a function reads them from the
     * credentials secret.
     */
    public static List<Connection> forResource(Spec s, Ref r, String alias, Kind principal) {
        String base = r.name().toUpperCase(Locale.ROOT).replace('-', '_');
        String one = alias;
        return switch (r.kind()) {
            case TABLE -> List.of(new Connection(or(one, base + "_TABLE_NAME"), r, Connection.Attribute.NAME));
            case BUCKET -> List.of(new Connection(or(one, base + "_BUCKET_NAME"), r, Connection.Attribute.NAME));
            case QUEUE -> List.of(new Connection(or(one, base + "_QUEUE_URL"), r, Connection.Attribute.URL));
            case FUNCTION -> List.of(new Connection(or(one, base + "_FUNCTION_NAME"), r, Connection.Attribute.NAME));
            case SERVICE -> List.of(new Connection(or(one, base + "_URL"), r, Connection.Attribute.URL));
            case MODEL -> List.of(new Connection(or(one, base + "_MODEL_ID"), r, Connection.Attribute.MODEL_ID));
            case TOPIC -> List.of(new Connection(or(one, base + "_TOPIC_ARN"), r, Connection.Attribute.TOPIC_ARN));
            case JOB -> List.of(new Connection(or(one, base + "_JOB_NAME"), r, Connection.Attribute.NAME));
            case SECRET -> List.of(new Connection(or(one, s.secrets().get(r.name()).variable()), r,
                    s.secrets().get(r.name()).store() == dev.forge.model.SecretStore.SSM
                            ? Connection.Attribute.PARAMETER_NAME : Connection.Attribute.SECRET_ARN));
            case PARAMETER -> List.of(new Connection(or(one, s.parameters().get(r.name()).variable()), r,
                    Connection.Attribute.PARAMETER_NAME));
            case DATABASE -> database(r, or(alias, base + "_DATABASE"), principal != Kind.FUNCTION);
            case CACHE -> List.of(
                    new Connection(or(alias, base + "_CACHE") + "_HOST", r, Connection.Attribute.HOST),
                    new Connection(or(alias, base + "_CACHE") + "_PORT", r, Connection.Attribute.PORT));
            case API -> List.of();
        };
    }

    private static List<Connection> database(Ref r, String prefix, boolean container) {
        List<Connection> out = new ArrayList<>(List.of(
                new Connection(prefix + "_HOST", r, Connection.Attribute.HOST),
                new Connection(prefix + "_PORT", r, Connection.Attribute.PORT),
                new Connection(prefix + "_NAME", r, Connection.Attribute.DATABASE_NAME),
                new Connection(prefix + "_SECRET_ARN", r, Connection.Attribute.CREDENTIALS_SECRET_ARN)));
        if (container) {
            out.add(new Connection(prefix + "_USER", r, Connection.Attribute.USERNAME));
            out.add(new Connection(prefix + "_PASSWORD", r, Connection.Attribute.PASSWORD));
        }
        return out;
    }

    private static String or(String alias, String otherwise) {
        return alias != null ? alias : otherwise;
    }
}

package dev.forge.resolve;

import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import java.util.ArrayList;
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
        Map<String, String> own = principal.kind() == Kind.FUNCTION ? s.functions().get(principal.name()).env()
                : principal.kind() == Kind.SERVICE ? s.services().get(principal.name()).env()
                : principal.kind() == Kind.JOB ? s.jobs().get(principal.name()).env() : Map.of();
        Set<String> taken = own == null ? Set.of() : own.keySet();
        Map<String, Connection> out = new TreeMap<>();
        for (Grant g : env.grantsOf(principal)) {
            if (g.via().startsWith("env:") || g.isTrigger()) {
                continue; // a trigger hands the function its events, not an address to call
            }
            for (Connection c : forResource(s, g.resource())) {
                if (!taken.contains(c.variable())) {
                    out.putIfAbsent(c.variable(), c);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The connection variables a grant on {@code r} hands its principal. */
    public static List<Connection> forResource(Spec s, Ref r) {
        String base = r.name().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (r.kind()) {
            case TABLE -> List.of(new Connection(base + "_TABLE_NAME", r, Connection.Attribute.NAME));
            case BUCKET -> List.of(new Connection(base + "_BUCKET_NAME", r, Connection.Attribute.NAME));
            case QUEUE -> List.of(new Connection(base + "_QUEUE_URL", r, Connection.Attribute.URL));
            case FUNCTION -> List.of(new Connection(base + "_FUNCTION_NAME", r, Connection.Attribute.NAME));
            case SERVICE -> List.of(new Connection(base + "_URL", r, Connection.Attribute.URL));
            case MODEL -> List.of(new Connection(base + "_MODEL_ID", r, Connection.Attribute.MODEL_ID));
            case TOPIC -> List.of(new Connection(base + "_TOPIC_ARN", r, Connection.Attribute.TOPIC_ARN));
            case JOB -> List.of(new Connection(base + "_JOB_NAME", r, Connection.Attribute.NAME));
            case SECRET -> List.of(new Connection(s.secrets().get(r.name()).variable(), r,
                    s.secrets().get(r.name()).store() == dev.forge.model.SecretStore.SSM
                            ? Connection.Attribute.PARAMETER_NAME : Connection.Attribute.SECRET_ARN));
            case PARAMETER -> List.of(new Connection(s.parameters().get(r.name()).variable(), r,
                    Connection.Attribute.PARAMETER_NAME));
            case DATABASE -> List.of(
                    new Connection(base + "_DATABASE_HOST", r, Connection.Attribute.HOST),
                    new Connection(base + "_DATABASE_PORT", r, Connection.Attribute.PORT),
                    new Connection(base + "_DATABASE_NAME", r, Connection.Attribute.DATABASE_NAME),
                    new Connection(base + "_DATABASE_SECRET_ARN", r, Connection.Attribute.CREDENTIALS_SECRET_ARN));
            case CACHE -> List.of(
                    new Connection(base + "_CACHE_HOST", r, Connection.Attribute.HOST),
                    new Connection(base + "_CACHE_PORT", r, Connection.Attribute.PORT));
            case API -> List.of();
        };
    }
}

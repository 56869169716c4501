package dev.forge.targets.compose;

import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.resolve.Connection;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import dev.forge.resolve.ResolvedEnv;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The environment of one service or job: exactly the variables of {@link EnvContract#of}, each pointed at the local
 * stand-ins (table, bucket and queue names and URLs as the init containers create them, the Postgres and cache
 * containers' host and port), secrets and passwords interpolated from {@code .env}, never written; then the fixed
 * list of local-only SDK settings ({@link #SDK_VARIABLES}) when the workload uses a table, bucket or queue.
 */
final class LocalEnv implements EnvVar.Renderer<String> {

    /**
     * The only variables compose adds to the contract: for a workload that reaches a table, bucket or queue,
     * {@code AWS_REGION} and the local credentials, and the endpoint of each of those kinds it reaches
     * ({@code AWS_ENDPOINT_URL_DYNAMODB}, {@code _S3}, {@code _SQS}), which point the AWS SDKs (they read these
     * variables since 2023) at DynamoDB Local, MinIO and ElasticMQ.
     */
    static final List<String> SDK_VARIABLES = List.of("AWS_ACCESS_KEY_ID", "AWS_ENDPOINT_URL_DYNAMODB",
            "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_SQS", "AWS_REGION", "AWS_SECRET_ACCESS_KEY");

    private final ResolvedEnv env;
    private final DotEnv dotEnv;
    private final Set<Ref> reached = new TreeSet<>(java.util.Comparator.comparing(Ref::toString));

    LocalEnv(ResolvedEnv env, DotEnv dotEnv) {
        this.env = env;
        this.dotEnv = dotEnv;
    }

    /** The variables of {@code principal}, in the contract's order, then the SDK settings when needed. */
    Map<String, String> of(Ref principal) {
        Map<String, String> out = new LinkedHashMap<>();
        reached.clear();
        for (EnvVar v : EnvContract.of(env, principal)) {
            out.put(v.name(), v.render(this));
        }
        Set<Kind> kinds = new TreeSet<>();
        reached.forEach(r -> kinds.add(r.kind()));
        kinds.retainAll(Set.of(Kind.TABLE, Kind.BUCKET, Kind.QUEUE));
        if (!kinds.isEmpty()) {
            for (String name : SDK_VARIABLES) {
                if (out.containsKey(name)) {
                    throw new IllegalArgumentException(principal + " sets " + name + ", which the compose target sets to"
                            + " point the AWS SDKs at the local stand-ins; rename the variable");
                }
            }
            out.put("AWS_ACCESS_KEY_ID", accessKey(dotEnv));
            if (kinds.contains(Kind.TABLE)) {
                out.put("AWS_ENDPOINT_URL_DYNAMODB", "http://" + Local.DYNAMODB + ":" + Local.DYNAMODB_PORT);
            }
            if (kinds.contains(Kind.BUCKET)) {
                out.put("AWS_ENDPOINT_URL_S3", "http://" + Local.MINIO + ":" + Local.MINIO_PORT);
            }
            if (kinds.contains(Kind.QUEUE)) {
                out.put("AWS_ENDPOINT_URL_SQS", "http://" + Local.ELASTICMQ + ":" + Local.ELASTICMQ_PORT);
            }
            out.put("AWS_REGION", env.environment().region());
            out.put("AWS_SECRET_ACCESS_KEY", secretKey(dotEnv));
        }
        return out;
    }

    /** The local access key: MinIO's root user, and the key every local AWS request is signed with. */
    static String accessKey(DotEnv dotEnv) {
        return dotEnv.require(Local.ACCESS_KEY_VAR, "local AWS access key: MinIO's root user (at least 3 characters),"
                + " used by the services and init containers for MinIO, DynamoDB Local and ElasticMQ", false, "forge-local");
    }

    /** The local secret key: MinIO's root password. */
    static String secretKey(DotEnv dotEnv) {
        return dotEnv.require(Local.SECRET_KEY_VAR, "local AWS secret key: MinIO's root password (at least 8"
                + " characters), used with " + Local.ACCESS_KEY_VAR, true, "");
    }

    /** The resources the last {@link #of} call's variables point at (for depends_on). */
    Set<Ref> reached() {
        return Set.copyOf(reached);
    }

    @Override
    public String text(String text) {
        return Local.literal(text);
    }

    @Override
    public String environmentName() {
        return env.name();
    }

    @Override
    public String storeValue(Ref ref) {
        String base = EnvContract.base(ref.name());
        if (ref.kind() == Kind.SECRET) {
            String d = env.spec().secrets().get(ref.name()).description();
            return dotEnv.require("SECRET_" + base, "value of secret '" + ref.name() + "'" + (d == null ? "" : ": " + d),
                    true, "");
        }
        var p = env.spec().parameters().get(ref.name());
        if (p.value() != null) {
            return Local.literal(p.value());
        }
        return dotEnv.require("PARAMETER_" + base, "value of parameter '" + ref.name() + "' (set in the store by hand"
                + " in the cloud)" + (p.description() == null ? "" : ": " + p.description()), false, "");
    }

    @Override
    public String attribute(Ref r, Connection.Attribute attribute, boolean fromUses) {
        reached.add(r);
        Spec s = env.spec();
        return switch (attribute) {
            case NAME -> env.physicalName(r.kind(), r.name());
            case URL -> url(r);
            case SECRET_ARN, PARAMETER_NAME -> env.naming().storePath(r.name());
            case CREDENTIALS_SECRET_ARN -> env.naming().storePath(r.name()) + "/credentials";
            case MODEL_ID -> s.models().get(r.name()).id();
            case TOPIC_ARN -> "arn:aws:sns:" + env.environment().region() + ":"
                    + (env.environment().account() == null ? Local.ELASTICMQ_ACCOUNT : env.environment().account()) + ":"
                    + env.physicalName(Kind.TOPIC, r.name())
                    + (Boolean.TRUE.equals(s.topics().get(r.name()).fifo()) ? ".fifo" : "");
            case HOST -> r.kind() == Kind.DATABASE ? Local.postgres(r.name()) : Local.cache(r.name(), s.caches().get(r.name()));
            case PORT -> String.valueOf(r.kind() == Kind.DATABASE ? Local.POSTGRES_PORT : Local.CACHE_PORT);
            case DATABASE_NAME -> Local.databaseName(r.name(), s.databases().get(r.name()));
            case USERNAME -> Local.databaseUser(r.name(), s.databases().get(r.name()));
            case PASSWORD -> databasePassword(r.name());
        };
    }

    String databasePassword(String database) {
        return dotEnv.require(Local.databasePasswordVar(database), "password of the local Postgres of database '"
                + database + "' (its server and every service using it)", true, "");
    }

    private String url(Ref r) {
        return switch (r.kind()) {
            case QUEUE -> Local.queueUrl(Local.queueName(env, r.name(), env.spec().queues().get(r.name())));
            case SERVICE -> "http://" + r.name() + ":" + env.spec().services().get(r.name()).port();
            default -> apiUrl(r.name());
        };
    }

    /** Compose runs no API gateway or load balancer: the user says which local URL stands for the API. */
    private String apiUrl(String api) {
        var a = env.spec().apis().get(api);
        String example = "http://localhost:8080";
        if (a.routes() != null) {
            example = a.routes().values().stream().filter(rt -> rt.to() != null && rt.to().kind() == Kind.SERVICE)
                    .findFirst().map(rt -> "http://localhost:" + env.spec().services().get(rt.to().name()).port())
                    .orElse(example);
        }
        return dotEnv.require("API_" + EnvContract.base(api) + "_URL", "the URL that stands for api '" + api
                + "' locally (compose runs no API gateway or load balancer; e.g. a published service port)", false, example);
    }
}

package dev.forge.platform.kubernetes;

import dev.forge.model.ApiSpec;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.SecretStore;
import dev.forge.resolve.Connection;
import dev.forge.resolve.EnvVar;
import dev.forge.resolve.ResolvedEnv;
import java.util.List;

/**
 * The env contract ({@link dev.forge.resolve.EnvContract}) in Kubernetes terms. Each variable is either a value
 * written into the workload's ConfigMap (text, names, URLs, store ids) or a key of a Secret that the External
 * Secrets Operator fills from AWS Secrets Manager or SSM Parameter Store (secret and parameter values, the
 * database's user and password, and the addresses only the account knows when it is not pinned).
 */
public final class KubeEnv {

    /** Default ports of the engines (RDS PostgreSQL, ElastiCache Redis and Valkey). */
    public static final int POSTGRES_PORT = 5432;
    public static final int REDIS_PORT = 6379;

    private KubeEnv() {
    }

    /** Which AWS store an ExternalSecret reads (the {@code service} of an external-secrets.io AWS provider). */
    public enum Store {
        SECRETS_MANAGER("SecretsManager", "secrets"),
        PARAMETER_STORE("ParameterStore", "parameters");

        private final String service;
        private final String suffix;

        Store(String service, String suffix) {
            this.service = service;
            this.suffix = suffix;
        }

        /** The provider's {@code service} value. */
        public String service() {
            return service;
        }

        /** Suffix of the names of the store, the ExternalSecret and the Secret of a workload. */
        public String suffix() {
            return suffix;
        }
    }

    /** A value read from a store: the store id ({@code remoteRef.key}) and, for JSON secrets, the property. */
    public record Remote(Store store, String key, String property) {
    }

    /** One variable: exactly one of {@code value} (ConfigMap) and {@code remote} (Secret) is set. */
    public record Var(String name, String value, Remote remote) {

        public boolean isSecret() {
            return remote != null;
        }
    }

    /** The Kubernetes namespace of the app in an environment: {@code <app>-<env>}. */
    public static String namespace(ResolvedEnv env) {
        return env.naming().prefix();
    }

    /** The in-cluster Service name standing for a database or cache (ExternalName): {@code database-main}. */
    public static String endpointService(Ref r) {
        return r.kind().spelling() + "-" + r.name();
    }

    /** The ConfigMap holding a workload's non-secret variables. */
    public static String configMap(String workload) {
        return workload + "-config";
    }

    /** The Secret (and ExternalSecret, and SecretStore) of a workload's values from one store. */
    public static String secret(String workload, Store store) {
        return workload + "-" + store.suffix();
    }

    /** The variables of {@code principal}, in the contract's order. */
    static List<Var> of(ResolvedEnv env, Ref principal, List<EnvVar> contract) {
        return contract.stream().map(v -> v.render(new Renderer(env, v.name()))).toList();
    }

    private record Renderer(ResolvedEnv env, String name) implements EnvVar.Renderer<Var> {

        @Override
        public Var text(String text) {
            return new Var(name, text, null);
        }

        @Override
        public Var environmentName() {
            return new Var(name, env.name(), null);
        }

        @Override
        public Var storeValue(Ref ref) {
            Store store = ref.kind() == Kind.SECRET && env.spec().secrets().get(ref.name()).store() != SecretStore.SSM
                    ? Store.SECRETS_MANAGER : Store.PARAMETER_STORE;
            return new Var(name, null, new Remote(store, env.naming().storePath(ref.name()), null));
        }

        @Override
        public Var attribute(Ref r, Connection.Attribute attribute, boolean fromUses) {
            String account = env.environment().account();
            String region = env.environment().region();
            return switch (attribute) {
                case NAME -> value(env.physicalName(r.kind(), r.name()));
                case URL -> switch (r.kind()) {
                    case SERVICE -> value("http://" + r.name() + "." + namespace(env) + ".svc.cluster.local:"
                            + env.spec().services().get(r.name()).port());
                    case QUEUE -> account != null ? value("https://sqs." + region + ".amazonaws.com/" + account + "/"
                            + fifo(env.naming().base(r.name()), env.spec().queues().get(r.name()).fifo()))
                            // without the account the URL is unknown here: the platform publishes it (docs)
                            : remote(Store.PARAMETER_STORE, env.naming().storePath(r.name()) + "/url", null);
                    case API -> apiUrl(r);
                    default -> throw new IllegalStateException("no URL for " + r);
                };
                case SECRET_ARN, PARAMETER_NAME -> value(env.naming().storePath(r.name()));
                case CREDENTIALS_SECRET_ARN -> value(credentials(r));
                case MODEL_ID -> value(env.spec().models().get(r.name()).id());
                case TOPIC_ARN -> account != null ? value("arn:aws:sns:" + region + ":" + account + ":"
                        + fifo(env.naming().base(r.name()), env.spec().topics().get(r.name()).fifo()))
                        : remote(Store.PARAMETER_STORE, env.naming().storePath(r.name()) + "/arn", null);
                case HOST -> value(endpointService(r) + "." + namespace(env) + ".svc.cluster.local");
                case PORT -> value(Integer.toString(port(r)));
                case DATABASE_NAME -> value(databaseName(r.name(), env.spec().databases().get(r.name())));
                case USERNAME -> remote(Store.SECRETS_MANAGER, credentials(r), "username");
                case PASSWORD -> remote(Store.SECRETS_MANAGER, credentials(r), "password");
            };
        }

        private String credentials(Ref db) {
            return env.naming().storePath(db.name()) + "/credentials";
        }

        /** An API's URL: {@code https://<domain>}; without a domain only the platform knows it (SSM, docs). */
        private Var apiUrl(Ref r) {
            ApiSpec a = env.spec().apis().get(r.name());
            return a.domain() != null ? value("https://" + a.domain())
                    : remote(Store.PARAMETER_STORE, env.naming().storePath(r.name()) + "/url", null);
        }

        private Var value(String v) {
            return new Var(name, v, null);
        }

        private Var remote(Store s, String key, String property) {
            return new Var(name, null, new Remote(s, key, property));
        }
    }

    private static String fifo(String name, Boolean fifo) {
        return Boolean.TRUE.equals(fifo) ? name + ".fifo" : name;
    }

    /** The database created inside the server: the spec's name, or the resource name with '-' as '_'. */
    public static String databaseName(String resource, DatabaseSpec d) {
        return d.name() != null ? d.name() : resource.replace('-', '_');
    }

    /** The port of a database (PostgreSQL) or cache (Redis and Valkey both listen on 6379). */
    public static int port(Ref r) {
        return r.kind() == Kind.DATABASE ? POSTGRES_PORT : REDIS_PORT;
    }
}

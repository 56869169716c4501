package dev.forge.targets.gcp;

import dev.forge.model.ApiSpec;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.resolve.Connection;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import dev.forge.resolve.ResolvedEnv;
import java.util.List;

/**
 * The env contract ({@link EnvContract}: the same variable names on every target) in Cloud Run terms. A variable is
 * either a plain {@code value} or a Secret Manager reference ({@code valueFrom.secretKeyRef}: the secret and its
 * version, always {@code latest}). Secret and parameter values, and databases' passwords, come from Secret Manager;
 * names and addresses are written, some through a placeholder the deploy step fills ({@link GcpNames}).
 * docs/targets/gcp.md has the table per attribute.
 */
final class GcpEnv {

    static final int POSTGRES_PORT = 5432;
    static final int REDIS_PORT = 6379;

    /** The Secret Manager version every reference reads (a pinned number is written the same way). */
    static final String SECRET_VERSION = "latest";

    private GcpEnv() {
    }

    /** One variable: exactly one of {@code value} and {@code secret} is set. */
    record Var(String name, String value, String secret) {

        boolean isSecret() {
            return secret != null;
        }
    }

    /** The variables of {@code principal} in {@code env}, in the contract's order (sorted by name). */
    static List<Var> of(ResolvedEnv env, Ref principal) {
        return EnvContract.of(env, principal).stream().map(v -> v.render(new Renderer(env, v.name()))).toList();
    }

    /** Whether {@code principal} connects to a database (its pods then get the Cloud SQL connection). */
    static List<String> databases(ResolvedEnv env, Ref principal) {
        return EnvContract.of(env, principal).stream()
                .map(v -> v.value() instanceof EnvVar.Attribute a && a.resource().kind() == Kind.DATABASE
                        ? a.resource().name() : null)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /** Whether {@code principal} reaches a private address (a database or a Memorystore cache): Direct VPC egress. */
    static boolean needsVpc(ResolvedEnv env, Ref principal) {
        return EnvContract.of(env, principal).stream().anyMatch(v -> v.value() instanceof EnvVar.Attribute a
                && (a.resource().kind() == Kind.DATABASE || a.resource().kind() == Kind.CACHE));
    }

    /** The caches whose host {@code principal} gets (the deploy step looks their IP up). */
    static List<String> caches(ResolvedEnv env, Ref principal) {
        return EnvContract.of(env, principal).stream()
                .map(v -> v.value() instanceof EnvVar.Attribute a && a.resource().kind() == Kind.CACHE
                        && a.attribute() == Connection.Attribute.HOST ? a.resource().name() : null)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    private record Renderer(ResolvedEnv env, String name) implements EnvVar.Renderer<Var> {

        @Override
        public Var text(String text) {
            return value(text);
        }

        @Override
        public Var environmentName() {
            return value(env.name());
        }

        /**
         * A secret from Secret Manager. A parameter is plain configuration: its value, when the spec gives one, is the
         * variable's value; one without a value is read from the Secret Manager secret of its name, which the team
         * creates (docs/targets/gcp.md), as the spec says of parameters ("set by hand in the store when absent").
         */
        @Override
        public Var storeValue(Ref ref) {
            if (ref.kind() == Kind.PARAMETER) {
                dev.forge.model.ParameterSpec p = env.spec().parameters().get(ref.name());
                if (p != null && p.value() != null) {
                    return value(p.value());
                }
            }
            return new Var(name, null, GcpNames.secret(env, ref.name()));
        }

        @Override
        public Var attribute(Ref r, Connection.Attribute attribute, boolean fromUses) {
            return switch (attribute) {
                case NAME -> value(switch (r.kind()) {
                    case BUCKET -> GcpNames.bucket(env, r.name());
                    // functions stay on AWS Lambda (not rendered here) and tables have no Cloud Run side: the name is
                    // the one every target uses
                    default -> env.physicalName(r.kind(), r.name());
                });
                case URL -> switch (r.kind()) {
                    // Cloud Run's deterministic URL: https://<service>-<project number>.<region>.run.app
                    case SERVICE -> value("https://" + GcpNames.run(env, r.name()) + "-" + GcpNames.PROJECT_NUMBER
                            + "." + GcpNames.region(env) + ".run.app");
                    case QUEUE -> value(GcpNames.topicPath(env, r.name()));
                    case API -> apiUrl(r);
                    default -> throw new IllegalStateException("no URL for " + r);
                };
                case SECRET_ARN, PARAMETER_NAME -> value("projects/" + GcpNames.project(env) + "/secrets/"
                        + GcpNames.secret(env, r.name()));
                case CREDENTIALS_SECRET_ARN -> value("projects/" + GcpNames.project(env) + "/secrets/"
                        + GcpNames.databasePassword(env, r.name()));
                case MODEL_ID -> value(env.spec().models().get(r.name()).id());
                case TOPIC_ARN -> value(GcpNames.topicPath(env, r.name()));
                case HOST -> value(r.kind() == Kind.DATABASE ? "/cloudsql/" + GcpNames.sqlConnection(env, r.name())
                        : GcpNames.redisHostPlaceholder(env, r.name()));
                case PORT -> value(Integer.toString(r.kind() == Kind.DATABASE ? POSTGRES_PORT : REDIS_PORT));
                case DATABASE_NAME -> value(databaseName(r.name(), env.spec().databases().get(r.name())));
                case USERNAME -> value(GcpNames.databaseUser(env));
                case PASSWORD -> new Var(name, null, GcpNames.databasePassword(env, r.name()));
            };
        }

        /** An API's URL: {@code https://<domain>}, else the cloudbuild.yaml substitution the deploy step writes. */
        private Var apiUrl(Ref r) {
            ApiSpec a = env.spec().apis().get(r.name());
            return value(a.domain() != null ? "https://" + a.domain() : "__API_URL_" + GcpNames.token(r.name()) + "__");
        }

        private Var value(String v) {
            return new Var(name, v, null);
        }
    }

    /** The database created inside the server: the spec's name, or the resource name with '-' as '_'. */
    static String databaseName(String resource, DatabaseSpec d) {
        return d.name() != null ? d.name() : resource.replace('-', '_');
    }
}

package dev.forge.targets.helm;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.resolve.Connection;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import dev.forge.resolve.ResolvedEnv;
import java.util.Map;
import java.util.TreeMap;

/**
 * A workload's env contract in chart values: plain values go to its ConfigMap ({@code config}), values read from a
 * store (secrets, parameters, a database's credentials) to its ExternalSecret ({@code externalSecret.data}); the
 * container reads both through {@code envFrom}. A secret value is never written (FORGE-SEC: secrets by reference).
 */
final class EnvValues {

    /** The secrets-store key of a database's credentials secret (host, port, dbname, username, password inside). */
    static final String CREDENTIALS = "/credentials";

    final Map<String, String> config = new TreeMap<>();
    final YamlList secretData = new YamlList();
    boolean usesParameters;
    boolean usesSecrets;

    private EnvValues() {
    }

    static EnvValues of(ResolvedEnv env, Ref principal) {
        EnvValues v = new EnvValues();
        for (EnvVar var : EnvContract.of(env, principal)) {
            var.render(new EnvVar.Renderer<Void>() {
                @Override
                public Void text(String text) {
                    v.config.put(var.name(), text);
                    return null;
                }

                @Override
                public Void environmentName() {
                    v.config.put(var.name(), env.name());
                    return null;
                }

                @Override
                public Void storeValue(Ref ref) {
                    boolean ssm = ref.kind() == Kind.PARAMETER
                            || env.spec().secrets().get(ref.name()).store() == dev.forge.model.SecretStore.SSM;
                    v.fromStore(var.name(), ssm, env.naming().storePath(ref.name()), null);
                    return null;
                }

                @Override
                public Void attribute(Ref resource, Connection.Attribute attribute, boolean fromUses) {
                    v.attribute(env, var.name(), resource, attribute);
                    return null;
                }
            });
        }
        return v;
    }

    private void attribute(ResolvedEnv env, String name, Ref r, Connection.Attribute a) {
        String credentials = env.naming().storePath(r.name()) + CREDENTIALS;
        switch (a) {
            case HOST, PORT, DATABASE_NAME, USERNAME, PASSWORD -> {
                if (r.kind() == Kind.DATABASE) {
                    fromStore(name, false, credentials, property(a));
                } else {
                    config.put(name, a == Connection.Attribute.PORT ? "6379" : env.naming().base(r.name()));
                }
            }
            case CREDENTIALS_SECRET_ARN -> config.put(name, credentials);
            case SECRET_ARN, PARAMETER_NAME -> config.put(name, env.naming().storePath(r.name()));
            case MODEL_ID -> config.put(name, env.spec().models().get(r.name()).id());
            case NAME -> config.put(name, env.physicalName(r.kind(), r.name()));
            case TOPIC_ARN -> config.put(name, arn(env, "sns", env.naming().base(r.name())));
            case URL -> config.put(name, url(env, r));
        }
    }

    private static String property(Connection.Attribute a) {
        return switch (a) {
            case HOST -> "host";
            case PORT -> "port";
            case DATABASE_NAME -> "dbname";
            case USERNAME -> "username";
            default -> "password";
        };
    }

    private static String url(ResolvedEnv env, Ref r) {
        return switch (r.kind()) {
            case SERVICE -> "http://" + env.naming().base(r.name()) + ":" + env.spec().services().get(r.name()).port();
            case QUEUE -> "https://sqs." + env.environment().region() + ".amazonaws.com/"
                    + account(env) + "/" + env.physicalName(Kind.QUEUE, r.name());
            default -> {
                String domain = env.spec().apis().get(r.name()).domain();
                yield domain != null ? "https://" + domain : "http://" + env.naming().base(r.name());
            }
        };
    }

    private static String arn(ResolvedEnv env, String service, String resource) {
        return "arn:aws:" + service + ":" + env.environment().region() + ":" + account(env) + ":" + resource;
    }

    /** The environment's AWS account; an environment without one gets the ExternalSecret-free placeholder id 000000000000. */
    private static String account(ResolvedEnv env) {
        return env.environment().account() != null ? env.environment().account() : "000000000000";
    }

    /** One ExternalSecret entry; {@code parameter}: read from Parameter Store (SSM) rather than Secrets Manager. */
    private void fromStore(String name, boolean parameter, String key, String property) {
        YamlMap remote = YamlMap.of("key", key, "property", property);
        YamlMap entry = YamlMap.of("secretKey", name, "remoteRef", remote);
        if (parameter) {
            entry.put("sourceRef", YamlMap.of("storeRef", YamlMap.of("kind", "SecretStore", "name", SecretStores.PARAMETERS)));
            usesParameters = true;
        } else {
            usesSecrets = true;
        }
        secretData.add(entry);
    }
}

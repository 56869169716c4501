package dev.forge.targets.helm;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.resolve.ResolvedEnv;

/**
 * The External Secrets Operator stores of an environment: AWS Secrets Manager for secrets and database
 * credentials, AWS Systems Manager Parameter Store for parameters; namespaced SecretStores, created only when a
 * workload reads from them. They authenticate as the operator's own identity (IRSA or Pod Identity of the
 * external-secrets controller), so no credentials live in the chart.
 */
final class SecretStores {

    static final String SECRETS = "secrets-manager";
    static final String PARAMETERS = "parameter-store";

    private SecretStores() {
    }

    static YamlMap values(ResolvedEnv env, boolean secrets, boolean parameters) {
        YamlMap stores = new YamlMap();
        stores.put(SECRETS, store(env, secrets, "SecretsManager"));
        stores.put(PARAMETERS, store(env, parameters, "ParameterStore"));
        return stores;
    }

    private static YamlMap store(ResolvedEnv env, boolean create, String service) {
        return YamlMap.of("create", create, "kind", "SecretStore",
                "provider", YamlMap.of("aws", YamlMap.of("service", service, "region", env.environment().region())));
    }
}

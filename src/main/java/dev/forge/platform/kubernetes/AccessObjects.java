package dev.forge.platform.kubernetes;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.platform.kubernetes.KubeEnv.Store;
import dev.forge.platform.kubernetes.Workloads.Workload;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a workload is and what it reads: its ServiceAccount (with the IRSA role when the account is known), the
 * ConfigMap of its non-secret variables, and per store it reads a SecretStore and an ExternalSecret (External
 * Secrets Operator, external-secrets.io/v1) that make the Secret its secret variables come from.
 */
final class AccessObjects {

    static final String ROLE_ARN = "eks.amazonaws.com/role-arn";
    static final String ESO = "external-secrets.io/v1";
    /** How often the operator re-reads the stores (rotated secrets reach new pods within this time). */
    static final String REFRESH = "1h";

    private AccessObjects() {
    }

    static List<YamlMap> of(ResolvedEnv env, Workload w) {
        List<YamlMap> out = new ArrayList<>();
        out.add(serviceAccount(env, w));
        YamlMap data = new YamlMap();
        w.env().stream().filter(v -> !v.isSecret()).forEach(v -> data.put(v.name(), v.value()));
        if (!data.isEmpty()) {
            out.add(Labels.object("v1", "ConfigMap", Labels.metadata(env, KubeEnv.configMap(w.name()),
                    WorkloadObjects.labels(env, w))).put("data", data));
        }
        TreeSet<Store> stores = new TreeSet<>();
        w.env().stream().filter(KubeEnv.Var::isSecret).forEach(v -> stores.add(v.remote().store()));
        for (Store s : stores) {
            out.add(secretStore(env, w, s));
            out.add(externalSecret(env, w, s));
        }
        return out;
    }

    static YamlMap serviceAccount(ResolvedEnv env, Workload w) {
        YamlMap metadata = Labels.metadata(env, w.name(), WorkloadObjects.labels(env, w));
        if (w.roleArn() != null) {
            metadata.put("annotations", YamlMap.of(ROLE_ARN, w.roleArn()));
        }
        // FORGE-K8S-007: the token is not mounted (no workload calls the Kubernetes API)
        return Labels.object("v1", "ServiceAccount", metadata).put("automountServiceAccountToken", false);
    }

    /**
     * A namespaced SecretStore per workload and store: it authenticates as the workload's own ServiceAccount (so
     * the operator reads only what the workload's IAM role may read) when the role is known; otherwise with the
     * operator's own identity (docs/targets/kubernetes.md).
     */
    static YamlMap secretStore(ResolvedEnv env, Workload w, Store s) {
        YamlMap aws = YamlMap.of("service", s.service(), "region", env.environment().region());
        if (w.roleArn() != null) {
            aws.put("auth", YamlMap.of("jwt", YamlMap.of("serviceAccountRef", YamlMap.of("name", w.name()))));
        }
        return Labels.object(ESO, "SecretStore", Labels.metadata(env, KubeEnv.secret(w.name(), s),
                WorkloadObjects.labels(env, w))).put("spec", YamlMap.of("provider", YamlMap.of("aws", aws)));
    }

    static YamlMap externalSecret(ResolvedEnv env, Workload w, Store s) {
        String name = KubeEnv.secret(w.name(), s);
        YamlList data = new YamlList();
        w.env().stream().filter(v -> v.isSecret() && v.remote().store() == s).forEach(v -> data.add(YamlMap.of(
                "secretKey", v.name(),
                "remoteRef", YamlMap.of("key", v.remote().key(), "property", v.remote().property()))));
        YamlMap spec = YamlMap.of("refreshInterval", REFRESH,
                "secretStoreRef", YamlMap.of("name", name, "kind", "SecretStore"),
                "target", YamlMap.of("name", name, "creationPolicy", "Owner"),
                "data", data);
        return Labels.object(ESO, "ExternalSecret", Labels.metadata(env, name, WorkloadObjects.labels(env, w)))
                .put("spec", spec);
    }
}

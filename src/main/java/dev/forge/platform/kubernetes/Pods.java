package dev.forge.platform.kubernetes;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.platform.kubernetes.Workloads.Health;
import dev.forge.platform.kubernetes.Workloads.Workload;
import dev.forge.resolve.ResolvedEnv;

/** The hardened pod template of a service or job (Pod Security Standard "restricted": FORGE-K8S-001 to 008). */
final class Pods {

    static final String PORT_NAME = "http";
    static final String ZONE = "topology.kubernetes.io/zone";

    private Pods() {
    }

    /** {@code spec.template} of a Deployment or Job. */
    static YamlMap template(ResolvedEnv env, Workload w, YamlMap labels) {
        return YamlMap.of("metadata", YamlMap.of("labels", labels.copy()), "spec", spec(env, w));
    }

    private static YamlMap spec(ResolvedEnv env, Workload w) {
        YamlMap spec = YamlMap.of("serviceAccountName", w.name(),
                // FORGE-K8S-007: no workload calls the Kubernetes API; IRSA and EKS Pod Identity mount their own token
                "automountServiceAccountToken", false,
                "securityContext", YamlMap.of(
                        "runAsNonRoot", true, // FORGE-K8S-001
                        "runAsUser", Workloads.RUN_AS_USER, // FORGE-K8S-001: a numeric, non-zero user
                        "runAsGroup", Workloads.RUN_AS_USER,
                        "fsGroup", Workloads.RUN_AS_USER,
                        "seccompProfile", YamlMap.of("type", "RuntimeDefault"))); // FORGE-K8S-006 (PSS restricted)
        if (w.isService()) {
            spec.put("topologySpreadConstraints", YamlList.of(YamlMap.of("maxSkew", 1, "topologyKey", ZONE,
                    "whenUnsatisfiable", "ScheduleAnyway", "labelSelector",
                    YamlMap.of("matchLabels", Labels.selector(env, w.name())))));
        } else {
            spec.put("restartPolicy", "Never");
        }
        spec.put("containers", YamlList.of(container(w)));
        // FORGE-K8S-002: the root filesystem is read-only, /tmp is the scratch space; no hostPath (FORGE-K8S-008)
        spec.put("volumes", YamlList.of(YamlMap.of("name", "tmp", "emptyDir", new YamlMap())));
        return spec;
    }

    private static YamlMap container(Workload w) {
        YamlMap c = YamlMap.of("name", w.name(), "image", w.image(), "imagePullPolicy", "IfNotPresent");
        if (!w.args().isEmpty()) {
            c.put("args", YamlList.copyOf(w.args()));
        }
        if (w.port() != null) {
            c.put("ports", YamlList.of(YamlMap.of("name", PORT_NAME, "containerPort", w.port(), "protocol", "TCP")));
        }
        c.putIfNotEmpty("env", env(w));
        YamlMap size = YamlMap.of("cpu", w.resources().cpu(), "memory", w.resources().memory());
        c.put("resources", YamlMap.of("requests", size, "limits", size.copy())); // FORGE-K8S-004
        if (w.health() != null) { // FORGE-K8S-005
            Health h = w.health();
            c.put("startupProbe", probe(h).put("initialDelaySeconds", h.initialDelaySeconds())
                    .put("periodSeconds", Workloads.STARTUP_PERIOD_SECONDS).put("timeoutSeconds", h.timeoutSeconds())
                    .put("failureThreshold", Workloads.STARTUP_FAILURES));
            c.put("livenessProbe", probe(h).put("periodSeconds", h.periodSeconds())
                    .put("timeoutSeconds", h.timeoutSeconds()).put("failureThreshold", h.failureThreshold()));
            c.put("readinessProbe", probe(h).put("periodSeconds", h.periodSeconds())
                    .put("timeoutSeconds", h.timeoutSeconds()).put("successThreshold", h.successThreshold())
                    .put("failureThreshold", h.failureThreshold()));
        }
        c.put("securityContext", YamlMap.of(
                "allowPrivilegeEscalation", false, // FORGE-K8S-003
                "readOnlyRootFilesystem", true, // FORGE-K8S-002
                "runAsNonRoot", true, // FORGE-K8S-001
                "runAsUser", Workloads.RUN_AS_USER,
                "capabilities", YamlMap.of("drop", YamlList.of("ALL")))); // FORGE-K8S-006 (PSS restricted)
        c.put("volumeMounts", YamlList.of(YamlMap.of("name", "tmp", "mountPath", "/tmp")));
        return c;
    }

    private static YamlMap probe(Health h) {
        return YamlMap.of("httpGet", YamlMap.of("path", h.path(), "port", PORT_NAME));
    }

    private static YamlList env(Workload w) {
        YamlList out = new YamlList();
        for (KubeEnv.Var v : w.env()) {
            YamlMap from = v.isSecret()
                    ? YamlMap.of("secretKeyRef", YamlMap.of("name", KubeEnv.secret(w.name(), v.remote().store()), "key", v.name()))
                    : YamlMap.of("configMapKeyRef", YamlMap.of("name", KubeEnv.configMap(w.name()), "key", v.name()));
            out.add(YamlMap.of("name", v.name(), "valueFrom", from));
        }
        return out;
    }
}

package dev.forge.platform.kubernetes;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.platform.kubernetes.Workloads.Workload;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every Kubernetes object of an app in one environment, fully resolved: what {@code kubectl apply} should receive
 * for that environment. The kubernetes target splits them into a Kustomize base and overlays; the helm target
 * renders the same objects from a chart. Order: by kind (the order {@code kubectl apply} needs: namespace, then
 * what pods reference, then workloads, then what routes to them), then by name.
 */
public final class KubeObjects {

    /** The kinds in apply order; a namespace first, the workloads after everything they mount or reference. */
    public static final List<String> KIND_ORDER = List.of("Namespace", "ServiceAccount", "ConfigMap", "SecretStore",
            "ExternalSecret", "Service", "Deployment", "Job", "CronJob", "HorizontalPodAutoscaler",
            "PodDisruptionBudget", "NetworkPolicy", "Ingress");

    /** Objects in {@link #KIND_ORDER}, then by name. */
    public static final Comparator<YamlMap> ORDER = Comparator
            .comparingInt((YamlMap o) -> KIND_ORDER.indexOf((String) o.get("kind")))
            .thenComparing(o -> (String) ((YamlMap) o.get("metadata")).get("name"));

    private KubeObjects() {
    }

    /** The objects of {@code env}, in {@link #ORDER}. */
    public static List<YamlMap> objects(ResolvedEnv env) {
        return objects(env, Workloads.of(env));
    }

    /** The objects of {@code env} built from {@code workloads} (those of {@link Workloads#of}). */
    public static List<YamlMap> objects(ResolvedEnv env, List<Workload> workloads) {
        List<YamlMap> out = new ArrayList<>();
        out.add(NetworkObjects.namespace(env));
        out.add(NetworkObjects.defaultDeny(env));
        for (Workload w : workloads) {
            out.addAll(AccessObjects.of(env, w));
            out.addAll(WorkloadObjects.of(env, w));
            out.add(NetworkObjects.policy(env, w));
        }
        NetworkObjects.endpoints(env).forEach(r -> out.add(NetworkObjects.endpoint(env, r)));
        out.addAll(Ingresses.of(env));
        out.sort(ORDER);
        return out;
    }

    /** Whether the app has anything to run on Kubernetes (a service or a job). */
    public static boolean hasWorkloads(dev.forge.model.Spec spec) {
        return spec.services() != null && !spec.services().isEmpty() || spec.jobs() != null && !spec.jobs().isEmpty();
    }

    /** {@code <kind>/<name>} of an object, e.g. {@code Deployment/api}. */
    public static String id(YamlMap o) {
        return o.get("kind") + "/" + ((YamlMap) o.get("metadata")).get("name");
    }
}

package dev.forge.targets.helm;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.platform.kubernetes.KubeEnv;
import dev.forge.platform.kubernetes.KubeObjects;
import dev.forge.platform.kubernetes.Labels;
import dev.forge.platform.kubernetes.Workloads;
import dev.forge.platform.kubernetes.Workloads.Workload;
import dev.forge.resolve.ResolvedEnv;
import java.util.List;

/**
 * The chart's values: the chart-wide defaults of values.yaml, and the complete values of one environment, built
 * from the shared Kubernetes model ({@link Workloads}, {@link KubeObjects}) so that the chart installed with them
 * renders exactly the kubernetes target's objects for that environment.
 */
final class ChartValues {

    private ChartValues() {
    }

    /** values.yaml: the chart-wide knobs and their defaults; the workloads come from values-&lt;env&gt;.yaml. */
    static YamlMap defaults() {
        return YamlMap.of(
                "environment", "",
                "region", "",
                "namespace", YamlMap.of("create", false, "name", ""),
                "instance", "",
                "partOf", "",
                "managedBy", "",
                "version", "",
                "imageTag", "",
                "commonLabels", new YamlMap(),
                "commonAnnotations", new YamlMap(),
                "defaults", YamlMap.of("podAnnotations", new YamlMap(), "nodeSelector", new YamlMap(),
                        "tolerations", new YamlList(), "affinity", new YamlMap()),
                "networkPolicy", YamlMap.of("defaultDeny", true),
                "secretStores", stores(null),
                "endpoints", new YamlMap(),
                "services", new YamlMap(),
                "jobs", new YamlMap(),
                "ingresses", new YamlMap());
    }

    /** values-&lt;env&gt;.yaml: every workload of the environment, its endpoints and ingresses. */
    static YamlMap of(ResolvedEnv env) {
        List<Workload> workloads = Workloads.of(env);
        KubeIndex k = new KubeIndex(KubeObjects.objects(env, workloads));
        String app = env.spec().app();
        YamlMap ns = k.all("Namespace").get(0);
        YamlMap nsLabels = KubeIndex.without(KubeIndex.map(ns, "metadata.labels"), Labels.NAME, Labels.INSTANCE,
                Labels.COMPONENT, Labels.PART_OF, Labels.MANAGED_BY);
        YamlMap v = YamlMap.of("environment", env.name(), "region", env.environment().region(),
                "namespace", YamlMap.of("create", true, "name", KubeIndex.name(ns), "labels", nsLabels),
                "instance", app, "partOf", app, "managedBy", Labels.MANAGER);
        v.put("networkPolicy", YamlMap.of("defaultDeny", k.get("NetworkPolicy", "default-deny") != null));
        v.put("secretStores", stores(k));
        YamlMap endpoints = new YamlMap();
        for (YamlMap s : k.all("Service")) {
            if ("ExternalName".equals(KubeIndex.at(s, "spec.type"))) {
                endpoints.put(KubeIndex.name(s), YamlMap.of(
                        "component", KubeIndex.map(s, "metadata.labels").get(Labels.COMPONENT),
                        "externalName", KubeIndex.at(s, "spec.externalName"),
                        "port", ((YamlMap) ((YamlList) KubeIndex.at(s, "spec.ports")).get(0)).get("port")));
            }
        }
        v.put("endpoints", endpoints);
        YamlMap services = new YamlMap();
        YamlMap jobs = new YamlMap();
        for (Workload w : workloads) {
            (w.isService() ? services : jobs).put(w.name(), WorkloadValues.of(w, k));
        }
        v.put("services", services);
        v.put("jobs", jobs);
        YamlMap ingresses = new YamlMap();
        for (YamlMap i : k.all("Ingress")) {
            ingresses.put(KubeIndex.name(i), YamlMap.of("enabled", true,
                    "className", KubeIndex.at(i, "spec.ingressClassName"),
                    "annotations", KubeIndex.at(i, "metadata.annotations"),
                    "tls", KubeIndex.at(i, "spec.tls"),
                    "rules", KubeIndex.at(i, "spec.rules")));
        }
        v.put("ingresses", ingresses);
        return v;
    }

    /** The External Secrets Operator stores by the suffix their objects carry; refresh read from the model. */
    private static YamlMap stores(KubeIndex k) {
        YamlMap out = new YamlMap();
        String refresh = "1h";
        if (k != null) {
            for (YamlMap e : k.all("ExternalSecret")) {
                refresh = (String) KubeIndex.at(e, "spec.refreshInterval");
            }
        }
        for (KubeEnv.Store s : KubeEnv.Store.values()) {
            out.put(s.suffix(), YamlMap.of("service", s.service(), "refreshInterval", refresh));
        }
        return out;
    }
}

package dev.forge.targets.helm;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.JobSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.ServiceSpec;
import dev.forge.resolve.ResolvedEnv;
import java.util.Map;

/** The chart's values: the defaults of values.yaml, and the complete values of one environment. */
final class ChartValues {

    private ChartValues() {
    }

    /** values.yaml: chart-wide knobs with their defaults; workloads come from values-&lt;env&gt;.yaml. */
    static YamlMap defaults() {
        return YamlMap.of(
                "environment", "",
                "imageTag", "",
                "instance", "",
                "partOf", "",
                "managedBy", "",
                "version", "",
                "commonLabels", new YamlMap(),
                "commonAnnotations", new YamlMap(),
                "defaults", YamlMap.of("podAnnotations", new YamlMap(), "nodeSelector", new YamlMap(),
                        "tolerations", new YamlList(), "affinity", new YamlMap()),
                "refreshInterval", "1h",
                "secretStores", new YamlMap(),
                "services", new YamlMap(),
                "jobs", new YamlMap(),
                "ingresses", new YamlMap());
    }

    /** values-&lt;env&gt;.yaml: every workload of the environment, its stores and ingresses. */
    static YamlMap of(ResolvedEnv env) {
        YamlMap v = YamlMap.of("environment", env.name(),
                "instance", env.naming().prefix(),
                "partOf", env.spec().app(),
                "managedBy", "forge");
        boolean secrets = false;
        boolean parameters = false;
        YamlMap services = new YamlMap();
        for (Map.Entry<String, ServiceSpec> e : orEmpty(env.spec().services()).entrySet()) {
            EnvValues ev = EnvValues.of(env, new Ref(Kind.SERVICE, e.getKey()));
            secrets |= ev.usesSecrets;
            parameters |= ev.usesParameters;
            services.put(e.getKey(), Workloads.service(env, e.getKey(), e.getValue(), ev));
        }
        YamlMap jobs = new YamlMap();
        for (Map.Entry<String, JobSpec> e : orEmpty(env.spec().jobs()).entrySet()) {
            EnvValues ev = EnvValues.of(env, new Ref(Kind.JOB, e.getKey()));
            secrets |= ev.usesSecrets;
            parameters |= ev.usesParameters;
            jobs.put(e.getKey(), Workloads.job(env, e.getKey(), e.getValue(), ev));
        }
        v.put("secretStores", SecretStores.values(env, secrets, parameters));
        v.put("services", services);
        v.put("jobs", jobs);
        v.put("ingresses", env.spec().apis() == null ? new YamlMap() : Ingresses.values(env));
        return v;
    }

    static <V> Map<String, V> orEmpty(Map<String, V> m) {
        return m == null ? Map.of() : m;
    }
}

package dev.forge.targets.helm;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.platform.kubernetes.KubeEnv;
import dev.forge.platform.kubernetes.Workloads.Workload;

/**
 * The values of one service or job: its inputs from the shared {@link Workload} record (image, port, replicas,
 * autoscaling, variables, IAM role), and the hardened pod blocks (probes, resources, security contexts, volumes,
 * topology spread, network rules) read from the kubernetes target's objects, so that the chart's defaults render
 * them unchanged and a user can still override each one.
 */
final class WorkloadValues {

    private WorkloadValues() {
    }

    static YamlMap of(Workload w, KubeIndex k) {
        YamlMap v = YamlMap.of("enabled", true, "description", w.description(), "version", w.version());
        v.put("image", image(w));
        YamlMap top = w.isService() ? k.get("Deployment", w.name())
                : k.get("CronJob", w.name()) != null ? k.get("CronJob", w.name()) : k.get("Job", w.name());
        YamlMap jobSpec = w.isService() ? null : KubeIndex.map(top, top.get("kind").equals("CronJob") ? "spec.jobTemplate.spec" : "spec");
        YamlMap pod = KubeIndex.map(w.isService() ? top : jobSpec, w.isService() ? "spec.template.spec" : "template.spec");
        YamlMap c = KubeIndex.container(pod);
        v.put("imagePullPolicy", c.get("imagePullPolicy"));
        v.putIfNotEmpty("args", YamlList.copyOf(w.args()));
        v.put("port", w.port());
        if (w.isService()) {
            service(v, w, k, top);
        } else {
            job(v, w, top, jobSpec);
        }
        v.put("restartPolicy", pod.get("restartPolicy"));
        v.putIfNotEmpty("env", env(w));
        for (String key : new String[] {"resources", "startupProbe", "livenessProbe", "readinessProbe"}) {
            v.put(key, c.get(key));
        }
        v.put("podSecurityContext", pod.get("securityContext"));
        v.put("securityContext", c.get("securityContext"));
        v.put("volumeMounts", c.get("volumeMounts"));
        v.put("volumes", pod.get("volumes"));
        if (pod.get("topologySpreadConstraints") instanceof YamlList spread) {
            YamlList t = new YamlList(); // the template adds each constraint's labelSelector (the selector labels)
            spread.items().forEach(o -> t.add(KubeIndex.without((YamlMap) o, "labelSelector")));
            v.put("topologySpread", t);
        }
        YamlMap sa = YamlMap.of("create", true, "automountToken", pod.get("automountServiceAccountToken"),
                "roleArn", w.roleArn());
        v.put("serviceAccount", sa);
        YamlMap policy = k.get("NetworkPolicy", w.name());
        YamlMap np = YamlMap.of("enabled", policy != null);
        if (policy != null) {
            np.put("ingress", KubeIndex.at(policy, "spec.ingress"));
            np.put("egress", KubeIndex.at(policy, "spec.egress"));
        }
        v.put("networkPolicy", np);
        return v;
    }

    private static void service(YamlMap v, Workload w, KubeIndex k, YamlMap deployment) {
        if (w.autoscaling() == null) {
            v.put("replicas", w.replicas());
        } else {
            v.put("autoscaling", YamlMap.of("minReplicas", w.autoscaling().min(), "maxReplicas", w.autoscaling().max(),
                    "cpuUtilization", w.autoscaling().cpuPercent(), "memoryUtilization", w.autoscaling().memoryPercent()));
        }
        YamlMap pdb = k.get("PodDisruptionBudget", w.name());
        if (pdb != null) {
            v.put("podDisruptionBudget", KubeIndex.without(KubeIndex.map(pdb, "spec"), "selector"));
        }
        v.put("strategy", KubeIndex.at(deployment, "spec.strategy"));
        YamlMap service = k.get("Service", w.name());
        YamlMap s = YamlMap.of("type", KubeIndex.at(service, "spec.type"));
        s.putIfNotEmpty("annotations", KubeIndex.at(service, "metadata.annotations"));
        v.put("service", s);
    }

    private static void job(YamlMap v, Workload w, YamlMap top, YamlMap jobSpec) {
        v.put("schedule", w.run().schedule());
        if (w.run().schedule() != null) {
            v.put("timeZone", w.run().timeZone());
            for (String key : new String[] {"concurrencyPolicy", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"}) {
                v.put(key, KubeIndex.at(top, "spec." + key));
            }
        }
        v.put("backoffLimit", w.run().backoffLimit());
        v.put("activeDeadlineSeconds", w.run().activeDeadlineSeconds());
        v.put("ttlSecondsAfterFinished", jobSpec.get("ttlSecondsAfterFinished"));
    }

    /** The variables in the contract's order: a plain value, or where a store keeps it. */
    private static YamlList env(Workload w) {
        YamlList out = new YamlList();
        for (KubeEnv.Var var : w.env()) {
            out.add(var.isSecret()
                    ? YamlMap.of("name", var.name(), "store", var.remote().store().suffix(),
                    "key", var.remote().key(), "property", var.remote().property())
                    : YamlMap.of("name", var.name(), "value", var.value()));
        }
        return out;
    }

    /** {@code repository}, {@code tag} or {@code digest}; {@code built}: Forge builds it (imageTag applies). */
    private static YamlMap image(Workload w) {
        String ref = w.image();
        int at = ref.indexOf('@');
        if (at > 0) {
            return YamlMap.of("repository", ref.substring(0, at), "digest", ref.substring(at + 1));
        }
        int colon = ref.lastIndexOf(':');
        boolean tagged = colon > ref.lastIndexOf('/');
        return YamlMap.of("repository", tagged ? ref.substring(0, colon) : ref, "tag", tagged ? ref.substring(colon + 1) : null,
                "built", w.imageName() != null);
    }
}

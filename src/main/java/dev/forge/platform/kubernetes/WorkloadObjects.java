package dev.forge.platform.kubernetes;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.platform.kubernetes.Workloads.Health;
import dev.forge.platform.kubernetes.Workloads.Workload;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.List;

/** The objects that run a workload: Deployment or Job/CronJob, Service, HorizontalPodAutoscaler, PodDisruptionBudget. */
final class WorkloadObjects {

    static final String DESCRIPTION = "kubernetes.io/description";
    static final String ALB = "alb.ingress.kubernetes.io/";

    private WorkloadObjects() {
    }

    static List<YamlMap> of(ResolvedEnv env, Workload w) {
        List<YamlMap> out = new ArrayList<>();
        if (w.isService()) {
            out.add(deployment(env, w));
            out.add(service(env, w));
            if (w.autoscaling() != null) {
                out.add(autoscaler(env, w));
            }
            if (w.minReplicas() > 1) {
                out.add(disruptionBudget(env, w));
            }
        } else {
            out.add(w.run().schedule() == null ? job(env, w) : cronJob(env, w));
        }
        return out;
    }

    static YamlMap labels(ResolvedEnv env, Workload w) {
        return Labels.of(env, w.name(), w.isService() ? "service" : "job", w.version());
    }

    private static YamlMap metadata(ResolvedEnv env, Workload w) {
        YamlMap m = Labels.metadata(env, w.name(), labels(env, w));
        if (w.description() != null) {
            m.put("annotations", YamlMap.of(DESCRIPTION, w.description()));
        }
        return m;
    }

    static YamlMap deployment(ResolvedEnv env, Workload w) {
        YamlMap spec = new YamlMap().put("replicas", w.replicas()) // absent when the autoscaler owns it
                .put("selector", YamlMap.of("matchLabels", Labels.selector(env, w.name())))
                .put("strategy", YamlMap.of("type", "RollingUpdate",
                        "rollingUpdate", YamlMap.of("maxUnavailable", 0, "maxSurge", 1)))
                .put("template", Pods.template(env, w, labels(env, w)));
        return Labels.object("apps/v1", "Deployment", metadata(env, w)).put("spec", spec);
    }

    private static YamlMap jobSpec(ResolvedEnv env, Workload w) {
        return YamlMap.of("backoffLimit", w.run().backoffLimit(),
                "activeDeadlineSeconds", w.run().activeDeadlineSeconds(),
                "template", Pods.template(env, w, labels(env, w)));
    }

    static YamlMap job(ResolvedEnv env, Workload w) {
        YamlMap spec = jobSpec(env, w);
        spec.put("ttlSecondsAfterFinished", 86400); // finished runs are removed after a day
        return Labels.object("batch/v1", "Job", metadata(env, w)).put("spec", spec);
    }

    static YamlMap cronJob(ResolvedEnv env, Workload w) {
        YamlMap spec = YamlMap.of("schedule", w.run().schedule(), "timeZone", w.run().timeZone(),
                "concurrencyPolicy", "Forbid", "successfulJobsHistoryLimit", 3, "failedJobsHistoryLimit", 3,
                "jobTemplate", YamlMap.of("metadata", YamlMap.of("labels", labels(env, w)), "spec", jobSpec(env, w)));
        return Labels.object("batch/v1", "CronJob", metadata(env, w)).put("spec", spec);
    }

    static YamlMap service(ResolvedEnv env, Workload w) {
        YamlMap metadata = Labels.metadata(env, w.name(), labels(env, w));
        if (Ingresses.routed(env, w.ref())) {
            // the AWS Load Balancer Controller's target-group health check, from the service's health spec
            Health h = w.health();
            metadata.put("annotations", new YamlMap()
                    .put(ALB + "healthcheck-path", h.path())
                    .put(ALB + "healthcheck-interval-seconds", Integer.toString(h.periodSeconds()))
                    .put(ALB + "healthcheck-timeout-seconds", Integer.toString(h.timeoutSeconds()))
                    .put(ALB + "healthy-threshold-count", Integer.toString(h.successThreshold()))
                    .put(ALB + "unhealthy-threshold-count", Integer.toString(h.failureThreshold())));
        }
        YamlMap spec = YamlMap.of("type", "ClusterIP", "selector", Labels.selector(env, w.name()),
                "ports", YamlList.of(YamlMap.of("name", Pods.PORT_NAME, "port", w.port(), "targetPort", Pods.PORT_NAME,
                        "protocol", "TCP")));
        return Labels.object("v1", "Service", metadata).put("spec", spec);
    }

    static YamlMap autoscaler(ResolvedEnv env, Workload w) {
        YamlList metrics = YamlList.of(resource("cpu", w.autoscaling().cpuPercent()));
        if (w.autoscaling().memoryPercent() != null) {
            metrics.add(resource("memory", w.autoscaling().memoryPercent()));
        }
        YamlMap spec = YamlMap.of("scaleTargetRef", YamlMap.of("apiVersion", "apps/v1", "kind", "Deployment", "name", w.name()),
                "minReplicas", w.autoscaling().min(), "maxReplicas", w.autoscaling().max(), "metrics", metrics);
        return Labels.object("autoscaling/v2", "HorizontalPodAutoscaler",
                Labels.metadata(env, w.name(), labels(env, w))).put("spec", spec);
    }

    private static YamlMap resource(String name, int percent) {
        return YamlMap.of("type", "Resource", "resource", YamlMap.of("name", name,
                "target", YamlMap.of("type", "Utilization", "averageUtilization", percent)));
    }

    static YamlMap disruptionBudget(ResolvedEnv env, Workload w) {
        YamlMap spec = YamlMap.of("maxUnavailable", 1, "selector", YamlMap.of("matchLabels", Labels.selector(env, w.name())));
        return Labels.object("policy/v1", "PodDisruptionBudget", Labels.metadata(env, w.name(), labels(env, w)))
                .put("spec", spec);
    }
}

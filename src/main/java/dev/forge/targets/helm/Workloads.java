package dev.forge.targets.helm;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Cpu;
import dev.forge.model.HealthSpec;
import dev.forge.model.ImageSpec;
import dev.forge.model.JobSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.ServiceSpec;
import dev.forge.model.Size;
import dev.forge.platform.containers.Images;
import dev.forge.resolve.ResolvedEnv;

/** The values of one service or job: what its Deployment or CronJob/Job and their companions render. */
final class Workloads {

    private Workloads() {
    }

    static YamlMap service(ResolvedEnv env, String name, ServiceSpec s, EnvValues ev) {
        YamlMap v = common(env, name, "service", s.image(), s.command(), s.cpu(), s.memory(), ev);
        v.put("port", s.port());
        if (s.autoscaling() == null) {
            v.put("replicas", s.replicas());
        } else {
            v.put("autoscaling", YamlMap.of("minReplicas", s.autoscaling().min(), "maxReplicas", s.autoscaling().max(),
                    "cpuUtilization", s.autoscaling().cpu(), "memoryUtilization", s.autoscaling().memory()));
        }
        int least = s.autoscaling() == null ? s.replicas() : s.autoscaling().min();
        if (least > 1) {
            v.put("podDisruptionBudget", YamlMap.of("maxUnavailable", 1)); // voluntary evictions keep all but one pod
        }
        // Rolling updates never take a serving pod away before its replacement is ready (issue 12).
        v.put("strategy", YamlMap.of("type", "RollingUpdate",
                "rollingUpdate", YamlMap.of("maxSurge", 1, "maxUnavailable", 0)));
        HealthSpec h = s.health();
        YamlMap get = YamlMap.of("path", h.path(), "port", "http");
        v.put("startupProbe", YamlMap.of("httpGet", get.copy(), "initialDelaySeconds", (int) h.initialDelay().seconds(),
                "periodSeconds", 5, "timeoutSeconds", (int) h.timeout().seconds(), "failureThreshold", 30));
        v.put("livenessProbe", YamlMap.of("httpGet", get.copy(), "periodSeconds", (int) h.interval().seconds(),
                "timeoutSeconds", (int) h.timeout().seconds(), "failureThreshold", h.unhealthyThreshold()));
        v.put("readinessProbe", YamlMap.of("httpGet", get.copy(), "periodSeconds", (int) h.interval().seconds(),
                "timeoutSeconds", (int) h.timeout().seconds(), "successThreshold", h.healthyThreshold(),
                "failureThreshold", h.unhealthyThreshold()));
        // Spread replicas over zones so one zone's loss leaves the service up.
        v.put("topologySpread", YamlList.of(YamlMap.of("maxSkew", 1, "topologyKey", "topology.kubernetes.io/zone",
                "whenUnsatisfiable", "ScheduleAnyway")));
        v.put("service", YamlMap.of("type", "ClusterIP", "port", s.port()));
        v.put("networkPolicy", Network.policy(env, new Ref(Kind.SERVICE, name)));
        return v;
    }

    static YamlMap job(ResolvedEnv env, String name, JobSpec j, EnvValues ev) {
        YamlMap v = common(env, name, "job", j.image(), j.command(), j.cpu(), j.memory(), ev);
        v.put("schedule", j.schedule());
        v.put("timeZone", j.schedule() == null ? null : j.timezone());
        v.put("backoffLimit", j.retries());
        v.put("activeDeadlineSeconds", j.timeout().seconds());
        v.put("restartPolicy", "Never");
        v.put("networkPolicy", Network.policy(env, new Ref(Kind.JOB, name)));
        return v;
    }

    private static YamlMap common(ResolvedEnv env, String name, String component, ImageSpec image,
                                  java.util.List<String> command, Cpu cpu, Size memory, EnvValues ev) {
        YamlMap v = YamlMap.of("enabled", true, "fullname", env.naming().base(name), "component", component);
        v.put("image", image(env, name, image));
        v.putIfNotEmpty("command", command == null ? null : YamlList.copyOf(command));
        YamlList envFrom = new YamlList();
        if (!ev.config.isEmpty()) {
            envFrom.add(YamlMap.of("configMapRef", YamlMap.of("name", env.naming().base(name))));
        }
        if (!ev.secretData.isEmpty()) {
            envFrom.add(YamlMap.of("secretRef", YamlMap.of("name", env.naming().base(name))));
        }
        v.putIfNotEmpty("envFrom", envFrom);
        v.putIfNotEmpty("config", new YamlMap().putAll(ev.config));
        if (!ev.secretData.isEmpty()) {
            v.put("externalSecret", YamlMap.of("data", ev.secretData));
        }
        String mem = memory.mebibytes() + "Mi";
        // Requests and limits on every container (FORGE-K8S: resource limits); CPU is requested, not capped.
        v.put("resources", YamlMap.of("requests", YamlMap.of("cpu", cpu.millicores() + "m", "memory", mem),
                "limits", YamlMap.of("memory", mem)));
        // Pod Security Standard "restricted" (FORGE-K8S: pod security): non-root, RuntimeDefault seccomp.
        v.put("podSecurityContext", YamlMap.of("runAsNonRoot", true,
                "seccompProfile", YamlMap.of("type", "RuntimeDefault")));
        v.put("securityContext", YamlMap.of("allowPrivilegeEscalation", false, "readOnlyRootFilesystem", true,
                "runAsNonRoot", true, "capabilities", YamlMap.of("drop", YamlList.of("ALL"))));
        // A read-only root file system still needs a writable /tmp.
        v.put("volumeMounts", YamlList.of(YamlMap.of("name", "tmp", "mountPath", "/tmp")));
        v.put("volumes", YamlList.of(YamlMap.of("name", "tmp", "emptyDir", new YamlMap())));
        YamlMap sa = YamlMap.of("create", true, "automountToken", false); // no API access needed (FORGE-K8S)
        if (env.environment().account() != null && !env.grantsOf(new Ref(Kind.valueOf(component.toUpperCase(java.util.Locale.ROOT)), name)).isEmpty()) {
            sa.put("annotations", YamlMap.of("eks.amazonaws.com/role-arn",
                    "arn:aws:iam::" + env.environment().account() + ":role/" + env.naming().base(name)));
        }
        v.put("serviceAccount", sa);
        return v;
    }

    /** A built image lives in the environment's repository (tag chosen at install: imageTag or the chart's appVersion). */
    private static YamlMap image(ResolvedEnv env, String name, ImageSpec image) {
        if (Images.isBuilt(image)) {
            String repo = Images.repository(env, name);
            return YamlMap.of("repository", Images.registry(env).map(r -> r + "/" + repo).orElse(repo));
        }
        String ref = image.ref();
        int at = ref.indexOf('@');
        if (at > 0) {
            return YamlMap.of("repository", ref.substring(0, at), "digest", ref.substring(at + 1));
        }
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) {
            return YamlMap.of("repository", ref.substring(0, colon), "tag", ref.substring(colon + 1));
        }
        return YamlMap.of("repository", ref);
    }
}

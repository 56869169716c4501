package dev.forge.targets.gcp;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.ApiType;
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
import dev.forge.util.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Cloud Run objects of one environment, as {@code gcloud run services replace} and {@code gcloud run jobs replace}
 * take them: a Knative {@code serving.knative.dev/v1} Service per service, a {@code run.googleapis.com/v1} Job per
 * job. Built images are written {@code __REGISTRY__/<name>:__COMMIT_SHA__}, placeholders cloudbuild.yaml's deploy
 * step fills ({@link GcpNames}).
 */
final class RunObjects {

    static final String SERVICE_API = "serving.knative.dev/v1";
    static final String JOB_API = "run.googleapis.com/v1";

    /** Requests one instance serves at once with a whole CPU or more (Cloud Run's default); 1 below a CPU (required). */
    static final int CONCURRENCY = 80;
    /** Longest a request may take (Cloud Run's default). */
    static final int REQUEST_TIMEOUT_SECONDS = 300;
    /** Cloud Run gives a startup probe at most 240 s (failureThreshold x periodSeconds). */
    static final int STARTUP_BUDGET_SECONDS = 240;
    static final int STARTUP_PERIOD_SECONDS = 10;

    /** Ingress: who may call a service ({@code run.googleapis.com/ingress}). */
    enum Ingress {
        /** Only from the project's VPC networks (no API routes to it). */
        INTERNAL("internal"),
        /** The VPC and Google Cloud load balancers (a load-balancer API routes to it). */
        LOAD_BALANCER("internal-and-cloud-load-balancing"),
        /** Anyone (an HTTP or REST API routes to it); Cloud Run IAM still decides who may invoke. */
        ALL("all");

        final String value;

        Ingress(String value) {
            this.value = value;
        }
    }

    private RunObjects() {
    }

    /** The ingress of service {@code name}: from the APIs that route to it. */
    static Ingress ingress(ResolvedEnv env, String name) {
        Ingress out = Ingress.INTERNAL;
        for (String api : env.apisRouting(new Ref(Kind.SERVICE, name))) {
            Ingress i = env.spec().apis().get(api).type() == ApiType.LOADBALANCER ? Ingress.LOAD_BALANCER : Ingress.ALL;
            if (i.ordinal() > out.ordinal()) {
                out = i;
            }
        }
        return out;
    }

    /**
     * Whether service {@code name} is a background worker: no API routes to it and no workload uses it. Cloud Run then
     * keeps its CPU allocated outside requests (instance-based billing), which Cloud Run allows from one CPU.
     */
    static boolean isWorker(ResolvedEnv env, String name) {
        Ref ref = new Ref(Kind.SERVICE, name);
        return env.apisRouting(ref).isEmpty() && env.grantsOn(ref).isEmpty();
    }

    /** The Knative Service of {@code name}. */
    static YamlMap service(ResolvedEnv env, String name, ServiceSpec s) {
        Ref ref = new Ref(Kind.SERVICE, name);
        Sizing size = Sizing.of(s.cpu(), s.memory());
        int min = s.autoscaling() != null ? s.autoscaling().min() : s.replicas();
        int max = s.autoscaling() != null ? s.autoscaling().max() : Math.max(1, s.replicas());
        YamlMap annotations = new YamlMap()
                .put("autoscaling.knative.dev/minScale", Integer.toString(min))
                .put("autoscaling.knative.dev/maxScale", Integer.toString(max))
                .put("run.googleapis.com/execution-environment", "gen2")
                .put("run.googleapis.com/startup-cpu-boost", "true");
        if (isWorker(env, name) && size.concurrency() > 1) {
            // nothing calls it: its work is in the background, which request-based billing would throttle
            annotations.put("run.googleapis.com/cpu-throttling", "false");
        }
        network(env, ref, annotations);
        YamlMap container = container(env, name, s.image(), s.command(), ref, size);
        container.put("ports", YamlList.of(YamlMap.of("name", "http1", "containerPort", s.port())));
        probes(container, s.health());
        YamlMap spec = YamlMap.of(
                "serviceAccountName", GcpNames.serviceAccount(env, name),
                "containerConcurrency", size.concurrency(),
                "timeoutSeconds", REQUEST_TIMEOUT_SECONDS,
                "containers", YamlList.of(container));
        YamlMap metadata = YamlMap.of("name", GcpNames.run(env, name), "labels", labels(env, name, "service"),
                "annotations", YamlMap.of("run.googleapis.com/ingress", ingress(env, name).value));
        return YamlMap.of("apiVersion", SERVICE_API, "kind", "Service", "metadata", metadata,
                "spec", YamlMap.of(
                        "template", YamlMap.of("metadata", YamlMap.of("labels", labels(env, name, "service"),
                                "annotations", annotations), "spec", spec),
                        "traffic", YamlList.of(YamlMap.of("latestRevision", true, "percent", 100))));
    }

    /** The Cloud Run Job of {@code name} (run on demand, or by the Cloud Scheduler job of the same name). */
    static YamlMap job(ResolvedEnv env, String name, JobSpec j) {
        Ref ref = new Ref(Kind.JOB, name);
        Sizing size = Sizing.of(j.cpu(), j.memory());
        YamlMap annotations = new YamlMap().put("run.googleapis.com/execution-environment", "gen2");
        network(env, ref, annotations);
        YamlMap task = YamlMap.of(
                "serviceAccountName", GcpNames.serviceAccount(env, name),
                "maxRetries", j.retries(),
                "timeoutSeconds", Long.toString(j.timeout().seconds()),
                "containers", YamlList.of(container(env, name, j.image(), j.command(), ref, size)));
        YamlMap metadata = YamlMap.of("name", GcpNames.run(env, name), "labels", labels(env, name, "job"));
        return YamlMap.of("apiVersion", JOB_API, "kind", "Job", "metadata", metadata,
                "spec", YamlMap.of("template", YamlMap.of(
                        "metadata", YamlMap.of("labels", labels(env, name, "job"), "annotations", annotations),
                        "spec", YamlMap.of("taskCount", 1, "parallelism", 1,
                                "template", YamlMap.of("spec", task)))));
    }

    /** The Cloud SQL connection and Direct VPC egress (private ranges only) of a workload that needs them. */
    private static void network(ResolvedEnv env, Ref ref, YamlMap annotations) {
        List<String> databases = GcpEnv.databases(env, ref);
        if (!databases.isEmpty()) {
            annotations.put("run.googleapis.com/cloudsql-instances", String.join(",",
                    databases.stream().map(d -> GcpNames.sqlConnection(env, d)).toList()));
        }
        if (GcpEnv.needsVpc(env, ref)) {
            Map<String, String> nic = new TreeMap<>(Map.of("network", GcpNames.network(env),
                    "subnetwork", GcpNames.subnetwork(env)));
            annotations.put("run.googleapis.com/network-interfaces", compactJson(nic));
            annotations.put("run.googleapis.com/vpc-access-egress", "private-ranges-only");
        }
    }

    /** A one-line JSON list of one object of string fields, as Cloud Run's annotation wants it. */
    private static String compactJson(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder("[{");
        fields.forEach((k, v) -> sb.append(sb.length() > 2 ? "," : "").append(Json.quote(k)).append(':')
                .append(Json.quote(v)));
        return sb.append("}]").toString();
    }

    private static YamlMap container(ResolvedEnv env, String name, ImageSpec image, List<String> command, Ref ref,
                                     Sizing size) {
        YamlMap c = YamlMap.of("name", name, "image", image(name, image));
        if (command != null && !command.isEmpty()) {
            c.put("args", YamlList.copyOf(command));
        }
        YamlList vars = new YamlList();
        for (GcpEnv.Var v : GcpEnv.of(env, ref)) {
            vars.add(v.isSecret()
                    ? YamlMap.of("name", v.name(), "valueFrom", YamlMap.of("secretKeyRef",
                            YamlMap.of("name", v.secret(), "key", GcpEnv.SECRET_VERSION)))
                    : YamlMap.of("name", v.name(), "value", v.value()));
        }
        c.putIfNotEmpty("env", vars);
        c.put("resources", YamlMap.of("limits", YamlMap.of("cpu", size.cpu(), "memory", size.memory())));
        return c;
    }

    /** A built image from the app's Artifact Registry repository by commit; a reference as written. */
    static String image(String name, ImageSpec image) {
        return Images.isBuilt(image) ? GcpNames.REGISTRY + "/" + name + ":" + GcpNames.COMMIT_SHA : image.ref();
    }

    /** Startup (up to 240 s) and liveness probes on the health path. */
    private static void probes(YamlMap c, HealthSpec h) {
        int timeout = (int) h.timeout().seconds();
        int startupPeriod = Math.max(STARTUP_PERIOD_SECONDS, timeout);
        int delay = (int) Math.min(h.initialDelay().seconds(), 240);
        c.put("startupProbe", YamlMap.of("httpGet", YamlMap.of("path", h.path()),
                "initialDelaySeconds", delay, "timeoutSeconds", timeout, "periodSeconds", startupPeriod,
                "failureThreshold", Math.max(1, (STARTUP_BUDGET_SECONDS - delay) / startupPeriod)));
        int period = (int) h.interval().seconds();
        c.put("livenessProbe", YamlMap.of("httpGet", YamlMap.of("path", h.path()),
                "timeoutSeconds", Math.min(timeout, period), "periodSeconds", period,
                "failureThreshold", h.unhealthyThreshold()));
    }

    /** Labels: the environment's tags as Google Cloud labels (lower case, [a-z0-9_-], 63 characters at most). */
    static YamlMap labels(ResolvedEnv env, String name, String component) {
        Map<String, String> out = new TreeMap<>();
        env.environment().tags().forEach((k, v) -> out.put(label(k, true), label(v, false)));
        out.put("component", label(component, false));
        out.put("workload", label(name, false));
        YamlMap m = new YamlMap();
        out.forEach(m::put);
        return m;
    }

    private static String label(String s, boolean key) {
        String l = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
        if (key && (l.isEmpty() || !Character.isLetter(l.charAt(0)))) {
            l = "x" + l;
        }
        return l.length() > 63 ? l.substring(0, 63) : l;
    }

    /**
     * CPU, memory and concurrency as Cloud Run takes them: below one CPU any fraction (then concurrency 1, and at least
     * 0.5 CPU above 512Mi, one CPU above 1Gi); above it whole CPUs 1, 2, 4, 6 or 8 (rounded up), with at least 2Gi for
     * 4 CPUs and 4Gi for 6 or 8; memory at least 512Mi. {@code adjusted} says when the spec's size was raised.
     */
    record Sizing(String cpu, String memory, int concurrency) {

        static Sizing of(Cpu cpu, Size memory) {
            long milli = cpu.millicores();
            long mib = Math.max(512, memory.mebibytes());
            if (milli < 1000) {
                if (mib > 1024) {
                    milli = 1000;
                } else if (mib > 512) {
                    milli = Math.max(milli, 500);
                }
            }
            if (milli > 8000) {
                throw new IllegalArgumentException("Cloud Run gives a container at most 8 CPUs; the spec asks for " + cpu);
            }
            if (milli > 1000) {
                long cores = (milli + 999) / 1000;
                milli = (cores <= 2 ? cores : cores <= 4 ? 4 : cores <= 6 ? 6 : 8) * 1000;
                mib = Math.max(mib, milli >= 6000 ? 4096 : milli >= 4000 ? 2048 : mib);
            }
            String c = milli % 1000 == 0 ? Long.toString(milli / 1000) : milli + "m";
            String m = mib % 1024 == 0 ? mib / 1024 + "Gi" : mib + "Mi";
            return new Sizing(c, m, milli < 1000 ? 1 : CONCURRENCY);
        }
    }
}

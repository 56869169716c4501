package dev.forge.platform.kubernetes;

import dev.forge.model.HealthSpec;
import dev.forge.model.ImageSpec;
import dev.forge.model.JobSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.ServiceSpec;
import dev.forge.platform.containers.Images;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The per-workload inputs of the Kubernetes objects in one environment, decided once for the kubernetes and helm
 * targets: a {@link Workload} per service and job with its image, port, replicas or autoscaling, resources,
 * probes, environment variables and schedule. {@link KubeObjects} builds the objects from these records; the helm
 * target turns the same records into values.
 */
public final class Workloads {

    /** The numeric user and group every container runs as (FORGE-K8S-001: runAsNonRoot needs a non-zero UID). */
    public static final long RUN_AS_USER = 10001;

    /** How long a container may take to start before the startup probe gives up (5 minutes, in 5 s periods). */
    static final int STARTUP_PERIOD_SECONDS = 5;
    static final int STARTUP_FAILURES = 60;

    private Workloads() {
    }

    /**
     * One service or job in one environment.
     *
     * @param ref          {@code service:api} or {@code job:migrate}
     * @param image        the image in this environment (see {@link #image(ResolvedEnv, String, ImageSpec)})
     * @param imageName    for built images, the name the Kustomize base uses and an overlay's {@code images:}
     *                     entry replaces ({@code <app>-<name>}); null for images given by reference
     * @param version      the image's tag when given by reference (the {@code app.kubernetes.io/version} label);
     *                     null for built images, whose tag CI sets
     * @param port         the container port (services; null for jobs)
     * @param replicas     replicas when not autoscaling (services; null for jobs)
     * @param autoscaling  null when not autoscaling
     * @param health       probes (services; null for jobs)
     * @param args         the command that replaces the image's default CMD, or empty
     * @param env          the env contract, rendered for Kubernetes
     * @param run          schedule and limits (jobs; null for services)
     * @param roleArn      the IAM role of the workload's ServiceAccount (IRSA), when the account is known
     */
    public record Workload(Ref ref, String description, String image, String imageName, String version, Integer port,
                           Integer replicas, Scaling autoscaling, Resources resources, Health health, List<String> args,
                           List<KubeEnv.Var> env, JobRun run, String roleArn) {

        public String name() {
            return ref.name();
        }

        public boolean isService() {
            return ref.kind() == Kind.SERVICE;
        }

        /** Replicas at least, whatever the load (replicas, or the autoscaling minimum). */
        public int minReplicas() {
            return autoscaling != null ? autoscaling.min() : replicas == null ? 1 : replicas;
        }
    }

    /** Horizontal autoscaling: replicas between min and max, on average CPU (and memory) use in percent. */
    public record Scaling(int min, int max, int cpuPercent, Integer memoryPercent) {
    }

    /** Requests and limits (equal: Guaranteed QoS, the same size the task gets on other platforms). */
    public record Resources(String cpu, String memory) {
    }

    /** The HTTP health check, in the probes' terms (seconds and counts). */
    public record Health(String path, int periodSeconds, int timeoutSeconds, int successThreshold,
                         int failureThreshold, int initialDelaySeconds) {
    }

    /** How a job runs: on a schedule (a CronJob) or on demand (a Job) when {@code schedule} is null. */
    public record JobRun(String schedule, String timeZone, int backoffLimit, long activeDeadlineSeconds) {
    }

    /** Every service, then every job, in the spec's order. */
    public static List<Workload> of(ResolvedEnv env) {
        List<Workload> out = new ArrayList<>();
        if (env.spec().services() != null) {
            env.spec().services().forEach((name, s) -> out.add(service(env, name, s)));
        }
        if (env.spec().jobs() != null) {
            env.spec().jobs().forEach((name, j) -> out.add(job(env, name, j)));
        }
        return out;
    }

    static Workload service(ResolvedEnv env, String name, ServiceSpec s) {
        Ref ref = new Ref(Kind.SERVICE, name);
        Scaling scaling = s.autoscaling() == null ? null : new Scaling(s.autoscaling().min(), s.autoscaling().max(),
                s.autoscaling().cpu(), s.autoscaling().memory());
        return new Workload(ref, s.description(), image(env, name, s.image()), imageName(env, name, s.image()),
                version(s.image()), s.port(), scaling == null ? s.replicas() : null, scaling,
                new Resources(s.cpu().toString(), quantity(s.memory())), health(s.health()),
                s.command() == null ? List.of() : List.copyOf(s.command()),
                KubeEnv.of(env, ref, EnvContract.of(env, ref)), null, roleArn(env, name).orElse(null));
    }

    static Workload job(ResolvedEnv env, String name, JobSpec j) {
        Ref ref = new Ref(Kind.JOB, name);
        return new Workload(ref, j.description(), image(env, name, j.image()), imageName(env, name, j.image()),
                version(j.image()), null, null, null, new Resources(j.cpu().toString(), quantity(j.memory())),
                null, j.command() == null ? List.of() : List.copyOf(j.command()),
                KubeEnv.of(env, ref, EnvContract.of(env, ref)),
                new JobRun(j.schedule(), j.timezone(), j.retries(), j.timeout().seconds()), roleArn(env, name).orElse(null));
    }

    /** A memory quantity: whole gibibytes as {@code 2Gi}, otherwise mebibytes ({@code 512Mi}). */
    static String quantity(dev.forge.model.Size size) {
        long mib = size.mebibytes();
        return mib % 1024 == 0 ? mib / 1024 + "Gi" : mib + "Mi";
    }

    static Health health(HealthSpec h) {
        return new Health(h.path(), (int) h.interval().seconds(), (int) h.timeout().seconds(), h.healthyThreshold(),
                h.unhealthyThreshold(), (int) h.initialDelay().seconds());
    }

    /**
     * The image in {@code env}: a reference as written; a built image from the environment's ECR repository
     * ({@link Images#repository}) when its registry is known, else the local name {@code <app>-<name>} (a local
     * cluster loads it with {@code kind load docker-image}). Built images carry the tag {@code local} until CI
     * sets the real one with {@code kustomize edit set image} (docs/targets/kubernetes.md).
     */
    public static String image(ResolvedEnv env, String name, ImageSpec image) {
        if (!Images.isBuilt(image)) {
            return image.ref();
        }
        return Images.registry(env).map(r -> r + "/" + Images.repository(env, name)).orElse(baseName(env, name))
                + ":" + Images.localReference(env.spec().app(), name).substring(baseName(env, name).length() + 1);
    }

    private static String imageName(ResolvedEnv env, String name, ImageSpec image) {
        return Images.isBuilt(image) ? baseName(env, name) : null;
    }

    private static String baseName(ResolvedEnv env, String name) {
        String local = Images.localReference(env.spec().app(), name);
        return local.substring(0, local.lastIndexOf(':'));
    }

    /** The tag of an image reference ({@code ghcr.io/acme/api:1.4.2} gives 1.4.2), when it has one. */
    static String version(ImageSpec image) {
        if (Images.isBuilt(image) || image.ref() == null) {
            return null;
        }
        String ref = image.ref();
        int at = ref.indexOf('@');
        String noDigest = at >= 0 ? ref.substring(0, at) : ref;
        int colon = noDigest.lastIndexOf(':');
        return colon > noDigest.lastIndexOf('/') ? noDigest.substring(colon + 1) : null;
    }

    /** The IAM role of a workload (IRSA), {@code <app>-<name>-<env>} in the environment's account, when known. */
    public static Optional<String> roleArn(ResolvedEnv env, String name) {
        String account = env.environment().account();
        return account == null ? Optional.empty()
                : Optional.of("arn:aws:iam::" + account + ":role/" + env.naming().base(name));
    }
}

package dev.forge.api;

import dev.forge.model.Cpu;
import dev.forge.model.ServiceSpec;
import dev.forge.model.Size;
import dev.forge.model.Use;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

/** Builds a {@link ServiceSpec}: a long-running container. */
public final class ServiceBuilder extends SpecBuilder<ServiceSpec, ServiceBuilder> {

    ServiceBuilder() {
        super(ServiceSpec.class);
    }

    /** What the service does. */
    public ServiceBuilder description(String description) {
        return set("description", description);
    }

    /** Runs an existing image ({@code image: ghcr.io/acme/api:1.4.2}). */
    public ServiceBuilder image(String ref) {
        return image(i -> i.ref(ref));
    }

    /** Runs an image built from a directory ({@code image: { build: services/api }}). */
    public ServiceBuilder imageBuild(String directory) {
        return image(i -> i.build(directory));
    }

    /** The image the service runs (required). */
    public ServiceBuilder image(Consumer<ImageBuilder> edit) {
        return nested("image", ImageBuilder::new, edit);
    }

    /** Port the container listens on (default 8080). */
    public ServiceBuilder port(Integer port) {
        return set("port", port);
    }

    /** Health check path ({@code health: /healthz}). */
    public ServiceBuilder health(String path) {
        return health(h -> h.path(path));
    }

    /** Health check. */
    public ServiceBuilder health(Consumer<HealthBuilder> edit) {
        return nested("health", HealthBuilder::new, edit);
    }

    /** Replicas when not autoscaling (default 1; 2 in production). */
    public ServiceBuilder replicas(Integer replicas) {
        return set("replicas", replicas);
    }

    /** Autoscaling between {@code min} and {@code max} replicas. */
    public ServiceBuilder autoscaling(int min, int max) {
        return autoscaling(a -> a.min(min).max(max));
    }

    /** Autoscaling; replaces {@code replicas}. */
    public ServiceBuilder autoscaling(Consumer<AutoscalingBuilder> edit) {
        return nested("autoscaling", AutoscalingBuilder::new, edit);
    }

    /** How a new version replaces the old: rolling (default) or blue-green (through a load balancer). */
    public ServiceBuilder deployment(dev.forge.model.Deployment deployment) {
        return set("deployment", deployment);
    }

    /** Appends a scheduled change of the autoscaling bounds. */
    public ServiceBuilder scalingSchedule(Consumer<ScalingScheduleBuilder> edit) {
        return append("scalingSchedules", ScalingScheduleBuilder::new, edit);
    }

    /** CPU per replica: cores ({@code 0.5}) or millicores ({@code 500m}); default 0.25. */
    public ServiceBuilder cpu(String cpu) {
        return parse("cpu", cpu, Cpu::parse);
    }

    /** CPU per replica. */
    public ServiceBuilder cpu(Cpu cpu) {
        return set("cpu", cpu);
    }

    /** Memory per replica ({@code 1Gi}; a bare number is MiB); default 512Mi. */
    public ServiceBuilder memory(String memory) {
        return parse("memory", memory, Size::parse);
    }

    /** Memory per replica. */
    public ServiceBuilder memory(Size memory) {
        return set("memory", memory);
    }

    /** Adds words of the command run instead of the image's default. */
    public ServiceBuilder command(String... command) {
        return add("command", command == null ? null : Arrays.asList(command));
    }

    /** Adds an environment variable; {@code secret:NAME} and {@code parameter:NAME} are read from the store. */
    public ServiceBuilder env(String name, String value) {
        return put("env", name, value);
    }

    /** Adds environment variables. */
    public ServiceBuilder env(Map<String, String> env) {
        return putAll("env", env);
    }

    /** Adds what the service may access: {@code table:messages (read-write)}, {@code secret:openai-api-key}. */
    public ServiceBuilder uses(String... uses) {
        return addParsed("uses", uses, Use::parse);
    }

    /** Adds what the service may access. */
    public ServiceBuilder uses(Use... uses) {
        return add("uses", uses == null ? null : Arrays.asList(uses));
    }

    /** Overrides fields in one environment. */
    public ServiceBuilder override(String environment, Consumer<ServiceBuilder> edit) {
        return overlay(environment, ServiceBuilder::new, edit);
    }
}

package dev.forge.api;

import dev.forge.model.Architecture;
import dev.forge.model.Duration;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Runtime;
import dev.forge.model.Size;
import dev.forge.model.Use;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

/** Builds a {@link FunctionSpec}: a function (AWS Lambda), from {@code source} or an image. */
public final class FunctionBuilder extends SpecBuilder<FunctionSpec, FunctionBuilder> {

    FunctionBuilder() {
        super(FunctionSpec.class);
    }

    /** What the function does. */
    public FunctionBuilder description(String description) {
        return set("description", description);
    }

    /** Runtime (required for zip functions). */
    public FunctionBuilder runtime(Runtime runtime) {
        return set("runtime", runtime);
    }

    /** Entry point, e.g. {@code app.handler.handler} (required for zip functions). */
    public FunctionBuilder handler(String handler) {
        return set("handler", handler);
    }

    /** Directory with the function's code, packaged as a zip. */
    public FunctionBuilder source(String directory) {
        return set("source", directory);
    }

    /** Runs an existing image ({@code image: ghcr.io/acme/fn:1.0}). */
    public FunctionBuilder image(String ref) {
        return image(i -> i.ref(ref));
    }

    /** Runs an image built from a directory ({@code image: { build: agent/ }}). */
    public FunctionBuilder imageBuild(String directory) {
        return image(i -> i.build(directory));
    }

    /** Container image the function runs. */
    public FunctionBuilder image(Consumer<ImageBuilder> edit) {
        return nested("image", ImageBuilder::new, edit);
    }

    /** Memory, 128Mi-10Gi ({@code 512Mi}; a bare number is MiB); default 512. */
    public FunctionBuilder memory(String memory) {
        return parse("memory", memory, Size::parse);
    }

    /** Memory. */
    public FunctionBuilder memory(Size memory) {
        return set("memory", memory);
    }

    /** Longest an invocation may run, 1s-15m ({@code 30s}, the default). */
    public FunctionBuilder timeout(String timeout) {
        return parse("timeout", timeout, Duration::parse);
    }

    /** Longest an invocation may run. */
    public FunctionBuilder timeout(Duration timeout) {
        return set("timeout", timeout);
    }

    /** How CI's deploy moves the {@code live} alias to a new version (default all-at-once). */
    public FunctionBuilder deployment(dev.forge.model.TrafficShift deployment) {
        return set("deployment", deployment);
    }

    /** CPU architecture (default arm64). */
    public FunctionBuilder architecture(Architecture architecture) {
        return set("architecture", architecture);
    }

    /** Trace invocations with X-Ray (default true). */
    public FunctionBuilder tracing(Boolean tracing) {
        return set("tracing", tracing);
    }

    /** Send failed asynchronous invocations to a dead-letter queue (default true). */
    public FunctionBuilder dlq(Boolean dlq) {
        return set("dlq", dlq);
    }

    /** Concurrency reserved for the function (unreserved when unset). */
    public FunctionBuilder reservedConcurrency(Integer instances) {
        return set("reservedConcurrency", instances);
    }

    /** Pre-warmed instances on the {@code live} alias. */
    public FunctionBuilder provisionedConcurrency(Integer instances) {
        return set("provisionedConcurrency", instances);
    }

    /** Run inside the app's private network (default false). */
    public FunctionBuilder vpc(Boolean vpc) {
        return set("vpc", vpc);
    }

    /** Adds an environment variable; {@code secret:NAME} and {@code parameter:NAME} are read from the store. */
    public FunctionBuilder env(String name, String value) {
        return put("env", name, value);
    }

    /** Adds environment variables. */
    public FunctionBuilder env(Map<String, String> env) {
        return putAll("env", env);
    }

    /** Adds what the function may access: {@code table:messages (read-write)}, {@code function:agent}. */
    public FunctionBuilder uses(String... uses) {
        return addParsed("uses", uses, Use::parse);
    }

    /** Adds what the function may access. */
    public FunctionBuilder uses(Use... uses) {
        return add("uses", uses == null ? null : Arrays.asList(uses));
    }

    /** Appends a trigger: {@code trigger(t -> t.queue("jobs").batchSize(10))}. */
    public FunctionBuilder trigger(Consumer<TriggerBuilder> edit) {
        return append("triggers", TriggerBuilder::new, edit);
    }

    /** Overrides fields in one environment: {@code override("prod", f -> f.memory("1024"))}. */
    public FunctionBuilder override(String environment, Consumer<FunctionBuilder> edit) {
        return overlay(environment, FunctionBuilder::new, edit);
    }
}

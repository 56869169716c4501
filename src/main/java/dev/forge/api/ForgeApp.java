package dev.forge.api;

import dev.forge.model.Spec;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds a {@link Spec} in code: the Java form of forge.yaml. The result equals the spec bound from the same
 * YAML, and goes through resolve, check and synth the same way.
 *
 * <pre>{@code
 * Spec spec = ForgeApp.named("trip-assistant")
 *         .region("us-east-2")
 *         .environment("dev")
 *         .environment("prod", e -> e.alerts("ops@example.com"))
 *         .secret("openai-api-key", s -> s.store(SecretStore.SSM))
 *         .function("agent", f -> f.runtime(Runtime.PYTHON3_12).handler("handler.handler")
 *                 .imageBuild("agent/").memory("512Mi").timeout("30s").uses("secret:openai-api-key"))
 *         .ci(c -> c.github("example-org/trip-assistant").promote("dev", "prod"))
 *         .build();
 * }</pre>
 *
 * <p>Resources are declared by name; calling a declaring method again with the same name edits the same
 * resource. Environments and resources keep the order they were first declared in.
 */
public final class ForgeApp extends SpecBuilder<Spec, ForgeApp> {

    private ForgeApp() {
        super(Spec.class);
    }

    /** A spec (format version 1) for the application {@code app}. */
    public static ForgeApp named(String app) {
        return new ForgeApp().forge(1).app(app);
    }

    /** Spec format version (`forge:`); {@link #named} sets 1, the only version this Forge reads. */
    public ForgeApp forge(Integer version) {
        return set("forge", version);
    }

    /** The application's name: 1-30 lowercase letters, digits and single hyphens. */
    public ForgeApp app(String app) {
        return set("app", app);
    }

    /** What the application is, in a sentence. */
    public ForgeApp description(String description) {
        return set("description", description);
    }

    /** The owning team; becomes the `owner` tag. */
    public ForgeApp owner(String owner) {
        return set("owner", owner);
    }

    /** Cost centre; becomes the `cost-centre` tag. */
    public ForgeApp costCentre(String costCentre) {
        return set("costCentre", costCentre);
    }

    /** Adds a tag put on every resource. */
    public ForgeApp tag(String key, String value) {
        return put("tags", key, value);
    }

    /** Adds tags put on every resource. */
    public ForgeApp tags(Map<String, String> tags) {
        return putAll("tags", tags);
    }

    /** The default region (`us-east-1` when unset). */
    public ForgeApp region(String region) {
        return set("region", region);
    }

    /** Declares an environment with nothing overridden ({@code dev: {}}). */
    public ForgeApp environment(String name) {
        return environment(name, null);
    }

    /** Declares (or edits) an environment; environments are promoted in declaration order. */
    public ForgeApp environment(String name, Consumer<EnvironmentBuilder> edit) {
        return entry("environments", name, EnvironmentBuilder::new, edit);
    }

    /** The app's private network. */
    public ForgeApp network(Consumer<NetworkBuilder> edit) {
        return nested("network", NetworkBuilder::new, edit);
    }

    /** Declares (or edits) a long-running container. */
    public ForgeApp service(String name, Consumer<ServiceBuilder> edit) {
        return entry("services", name, ServiceBuilder::new, edit);
    }

    /** Declares (or edits) a function. */
    public ForgeApp function(String name, Consumer<FunctionBuilder> edit) {
        return entry("functions", name, FunctionBuilder::new, edit);
    }

    /** Declares (or edits) a container that runs to completion. */
    public ForgeApp job(String name, Consumer<JobBuilder> edit) {
        return entry("jobs", name, JobBuilder::new, edit);
    }

    /** Declares (or edits) an HTTP entry point. */
    public ForgeApp api(String name, Consumer<ApiBuilder> edit) {
        return entry("apis", name, ApiBuilder::new, edit);
    }

    /** Declares (or edits) a key-value table. */
    public ForgeApp table(String name, Consumer<TableBuilder> edit) {
        return entry("tables", name, TableBuilder::new, edit);
    }

    /** Declares a bucket with every field at its default. */
    public ForgeApp bucket(String name) {
        return bucket(name, null);
    }

    /** Declares (or edits) an object storage bucket. */
    public ForgeApp bucket(String name, Consumer<BucketBuilder> edit) {
        return entry("buckets", name, BucketBuilder::new, edit);
    }

    /** Declares a queue with every field at its default. */
    public ForgeApp queue(String name) {
        return queue(name, null);
    }

    /** Declares (or edits) a message queue. */
    public ForgeApp queue(String name, Consumer<QueueBuilder> edit) {
        return entry("queues", name, QueueBuilder::new, edit);
    }

    /** Declares a topic with every field at its default. */
    public ForgeApp topic(String name) {
        return topic(name, null);
    }

    /** Declares (or edits) a publish/subscribe topic. */
    public ForgeApp topic(String name, Consumer<TopicBuilder> edit) {
        return entry("topics", name, TopicBuilder::new, edit);
    }

    /** Declares a database with every field at its default. */
    public ForgeApp database(String name) {
        return database(name, null);
    }

    /** Declares (or edits) a relational database. */
    public ForgeApp database(String name, Consumer<DatabaseBuilder> edit) {
        return entry("databases", name, DatabaseBuilder::new, edit);
    }

    /** Declares a cache with every field at its default. */
    public ForgeApp cache(String name) {
        return cache(name, null);
    }

    /** Declares (or edits) an in-memory cache. */
    public ForgeApp cache(String name, Consumer<CacheBuilder> edit) {
        return entry("caches", name, CacheBuilder::new, edit);
    }

    /** Declares a secret by name ({@code openai-api-key: {}}); its value never enters the spec. */
    public ForgeApp secret(String name) {
        return secret(name, null);
    }

    /** Declares (or edits) a secret. */
    public ForgeApp secret(String name, Consumer<SecretBuilder> edit) {
        return entry("secrets", name, SecretBuilder::new, edit);
    }

    /** Declares a parameter whose value is set by hand in the store. */
    public ForgeApp parameter(String name) {
        return parameter(name, null);
    }

    /** Declares (or edits) a plain configuration parameter. */
    public ForgeApp parameter(String name, Consumer<ParameterBuilder> edit) {
        return entry("parameters", name, ParameterBuilder::new, edit);
    }

    /** Declares a model by its exact ID ({@code claude: anthropic.claude-...}). */
    public ForgeApp model(String name, String id) {
        return model(name, m -> m.id(id));
    }

    /** Declares (or edits) a model the app may invoke. */
    public ForgeApp model(String name, Consumer<ModelBuilder> edit) {
        return entry("models", name, ModelBuilder::new, edit);
    }

    /** Alarms, dashboards and log retention. */
    public ForgeApp monitoring(Consumer<MonitoringBuilder> edit) {
        return nested("monitoring", MonitoringBuilder::new, edit);
    }

    /** A monthly cost budget per environment, with alerts. */
    public ForgeApp budget(Consumer<BudgetBuilder> edit) {
        return nested("budget", BudgetBuilder::new, edit);
    }

    /** Continuous integration and delivery. */
    public ForgeApp ci(Consumer<CiBuilder> edit) {
        return nested("ci", CiBuilder::new, edit);
    }

    /** Guardrails: rule packs and suppressions. */
    public ForgeApp policy(Consumer<PolicyBuilder> edit) {
        return nested("policy", PolicyBuilder::new, edit);
    }
}

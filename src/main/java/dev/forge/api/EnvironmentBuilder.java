package dev.forge.api;

import dev.forge.model.EnvironmentSpec;
import java.util.Map;
import java.util.function.Consumer;

/** Builds an {@link EnvironmentSpec}: one environment the app is deployed to. */
public final class EnvironmentBuilder extends SpecBuilder<EnvironmentSpec, EnvironmentBuilder> {

    EnvironmentBuilder() {
        super(EnvironmentSpec.class);
    }

    /** The 12-digit AWS account ID. */
    public EnvironmentBuilder account(String account) {
        return set("account", account);
    }

    /** The Google Cloud project, for the gcp target. */
    public EnvironmentBuilder project(String project) {
        return set("project", project);
    }

    /** The Azure subscription (a UUID), for the azure target. */
    public EnvironmentBuilder subscription(String subscription) {
        return set("subscription", subscription);
    }

    /** The region; defaults to the spec's region. */
    public EnvironmentBuilder region(String region) {
        return set("region", region);
    }

    /** Whether this is production (default: true for the names prod and production). */
    public EnvironmentBuilder production(Boolean production) {
        return set("production", production);
    }

    /** Whether a person approves deployments (default: {@code production}). */
    public EnvironmentBuilder approval(Boolean approval) {
        return set("approval", approval);
    }

    /** Adds e-mail addresses alarms are sent to ({@code alerts: { email: [...] }}). */
    public EnvironmentBuilder alerts(String... emails) {
        return alerts(a -> a.email(emails));
    }

    /** Where alarms are sent. */
    public EnvironmentBuilder alerts(Consumer<AlertsBuilder> edit) {
        return nested("alerts", AlertsBuilder::new, edit);
    }

    /** The team's existing EKS cluster deploy.yml installs the app's chart on ({@code kubernetes: { cluster: ... }}). */
    public EnvironmentBuilder eksCluster(String cluster) {
        return kubernetes(k -> k.cluster(cluster));
    }

    /** The team's existing Kubernetes cluster the app's chart is deployed to. */
    public EnvironmentBuilder kubernetes(Consumer<KubernetesBuilder> edit) {
        return nested("kubernetes", KubernetesBuilder::new, edit);
    }

    /** Adds an extra tag for this environment's resources. */
    public EnvironmentBuilder tag(String key, String value) {
        return put("tags", key, value);
    }

    /** Adds extra tags for this environment's resources. */
    public EnvironmentBuilder tags(Map<String, String> tags) {
        return putAll("tags", tags);
    }
}

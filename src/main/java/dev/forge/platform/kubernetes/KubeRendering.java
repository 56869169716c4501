package dev.forge.platform.kubernetes;

import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.ParameterSpec;
import dev.forge.model.QueueSpec;
import dev.forge.model.SecretSpec;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.synth.Rendering;
import java.util.Set;

/**
 * What the kubernetes and helm targets render, field by field: one declaration, since the chart renders the
 * kubernetes target's objects (proven against each target's output by FieldCoverageTest). Not here: the cloud
 * resources themselves (tables, buckets, queues, topics, databases, caches, secrets' values: the infrastructure
 * targets make them; workloads only get their names and addresses), image builds (the docker target), CI,
 * monitoring and policy.
 */
public final class KubeRendering {

    /** Why databases, queues, secrets and parameters count as not made here, though some of their fields are read. */
    public static final String CONNECTS_ONLY = "the workloads get its address, name or value, but the cloud resource itself"
            + " is made by the infrastructure target";

    /**
     * The shared declaration: {@code where} says where functions are not ("as Kubernetes workloads", "in the
     * chart"); {@code extra} are the fields one target renders besides (the chart's description).
     */
    public static Rendering declared(String where, String... extra) {
        java.util.List<String> fields = new java.util.ArrayList<>(java.util.List.of(
                    "app", "region", "environments.*.account", "environments.*.region", "environments.*.production",
                    "network.cidr",
                    "services.*.description", "services.*.image.ref", "services.*.port", "services.*.health.path",
                    "services.*.health.interval", "services.*.health.timeout", "services.*.health.healthy-threshold",
                    "services.*.health.unhealthy-threshold", "services.*.health.initial-delay", "services.*.replicas",
                    "services.*.autoscaling.min", "services.*.autoscaling.max", "services.*.autoscaling.cpu",
                    "services.*.autoscaling.memory", "services.*.cpu", "services.*.memory", "services.*.command",
                    "services.*.env", "services.*.uses",
                    "jobs.*.description", "jobs.*.image.ref", "jobs.*.command", "jobs.*.cpu", "jobs.*.memory",
                    "jobs.*.schedule", "jobs.*.timezone", "jobs.*.timeout", "jobs.*.retries", "jobs.*.env",
                    "jobs.*.uses",
                    "apis.*.description", "apis.*.type", "apis.*.domain", "apis.*.routes.*.to",
                    "queues.*.fifo", "databases.*.name",
                    "secrets.*.store", "secrets.*.variable", "parameters.*.variable", "models.*.id"));
        fields.addAll(java.util.List.of(extra));
        return Rendering.of(fields.toArray(String[]::new))
            .skipping(Kind.FUNCTION, FunctionSpec.class, "functions run on AWS Lambda, not " + where
                    + " (terraform-aws renders them); services reach them by name", f -> true)
            .skipping(Kind.API, ApiSpec.class, "HTTP and REST APIs are API Gateway APIs (terraform-aws renders them);"
                    + " only load-balancer APIs become Ingresses", a -> a.type() != ApiType.LOADBALANCER)
            .skipping(Kind.API, ApiSpec.class, Set.of("auth.type", "auth.issuer", "auth.audience", "auth.scopes",
                    "auth.reason", "cors.origins", "cors.methods", "cors.headers", "cors.credentials", "cors.max-age",
                    "throttling.rate", "throttling.burst", "waf", "access-logs", "routes.*.open"),
                    "an ALB Ingress has no authorizer, CORS or throttling, and its WAF web ACL and access-log bucket"
                    + " are cloud resources whose ARNs the infrastructure target owns (docs/targets/kubernetes.md)",
                    a -> a.type() == ApiType.LOADBALANCER)
            .skippingPart(Kind.DATABASE, DatabaseSpec.class, Set.of(), CONNECTS_ONLY, d -> true)
            .skippingPart(Kind.QUEUE, QueueSpec.class, Set.of(), CONNECTS_ONLY, q -> true)
            .skippingPart(Kind.SECRET, SecretSpec.class, Set.of(), CONNECTS_ONLY, x -> true)
            .skippingPart(Kind.PARAMETER, ParameterSpec.class, Set.of(), CONNECTS_ONLY, x -> true)
            .skippingValues("apis.*.routes.*.to", Ref.class, "routes to functions (a load balancer reaches"
                    + " Lambda through a target group the infrastructure target makes)", r -> r.kind() == Kind.FUNCTION);
    }

    private KubeRendering() {
    }
}

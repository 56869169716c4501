package dev.forge.targets.gcp;

import dev.forge.model.ApiSpec;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.FunctionSpec;
import dev.forge.model.JobSpec;
import dev.forge.model.Kind;
import dev.forge.model.ParameterSpec;
import dev.forge.model.QueueSpec;
import dev.forge.model.Ref;
import dev.forge.model.SecretSpec;
import dev.forge.model.ServiceSpec;
import dev.forge.synth.Rendering;
import java.util.Set;

/**
 * What the gcp target's Cloud Run side renders, field by field (proven by FieldCoverageTest), and what it leaves out
 * and why. The cloud resources themselves (Cloud SQL, Memorystore, buckets, Pub/Sub, secrets, Cloud Scheduler) are
 * the gcp Terraform side's; the workloads only get their names and addresses.
 */
final class GcpRendering {

    static final String CONNECTS_ONLY = "Cloud Run workloads get its address, name or value; the resource itself is"
            + " made by the gcp Terraform side";

    /** Set before RENDERS, which reads it (see {@link #functionFields}). */
    private static final Set<String> FUNCTION_FIELDS = functionFields();

    static final Rendering RENDERS = Rendering.of(
                    "app", "region", "owner", "cost-centre", "tags",
                    "environments.*.project", "environments.*.region", "environments.*.production",
                    "environments.*.tags",
                    "services.*.description", "services.*.image.ref", "services.*.image.build",
                    "services.*.image.dockerfile", "services.*.image.target", "services.*.image.args",
                    "services.*.port", "services.*.health.path", "services.*.health.interval",
                    "services.*.health.timeout", "services.*.health.unhealthy-threshold",
                    "services.*.health.initial-delay", "services.*.replicas", "services.*.autoscaling.min",
                    "services.*.autoscaling.max", "services.*.cpu", "services.*.memory", "services.*.command",
                    "services.*.env", "services.*.uses",
                    "jobs.*.description", "jobs.*.image.ref", "jobs.*.image.build", "jobs.*.image.dockerfile",
                    "jobs.*.image.target", "jobs.*.image.args", "jobs.*.command", "jobs.*.cpu", "jobs.*.memory",
                    "jobs.*.timeout", "jobs.*.retries", "jobs.*.env", "jobs.*.uses",
                    "apis.*.routes.*.to",
                    "databases.*.name", "secrets.*.variable", "parameters.*.variable", "models.*.id", "ci.promote")
            .skipping(Kind.FUNCTION, FunctionSpec.class, FUNCTION_FIELDS, "functions are AWS Lambda functions: a zip,"
                    + " or an image on a Lambda base image that speaks the Lambda runtime API, not HTTP on a port, so"
                    + " Cloud Run cannot serve it (terraform-aws renders them; workloads get their names; the gcp"
                    + " Terraform gives each its service account and the grants of its uses)", f -> true)
            .skipping(Kind.SERVICE, ServiceSpec.class, Set.of("health.healthy-threshold", "autoscaling.cpu",
                    "autoscaling.memory", "autoscaling.requests", "scaling-schedules", "deployment"),
                    "Cloud Run probes have no success threshold, scale on concurrent requests (containerConcurrency)"
                    + " rather than CPU or memory targets, have no scheduled bounds, and move all traffic to a ready"
                    + " revision (docs/targets/gcp.md)", s -> true)
            .skipping(Kind.API, ApiSpec.class, Set.of("auth.type", "auth.issuer", "auth.audience", "auth.scopes",
                    "auth.reason", "cors.origins", "cors.methods", "cors.headers", "cors.credentials", "cors.max-age",
                    "throttling.rate", "throttling.burst", "waf", "access-logs", "routes.*.open", "certificate", "zone",
                    "description"), "an API in front of Cloud Run (load balancer or API Gateway) is the gcp Terraform"
                    + " side's; a service only gets its ingress setting from it", a -> true)
            .skippingPart(Kind.DATABASE, DatabaseSpec.class, Set.of(), CONNECTS_ONLY, d -> true)
            .skippingPart(Kind.QUEUE, QueueSpec.class, Set.of(), CONNECTS_ONLY, q -> true)
            .skippingPart(Kind.SECRET, SecretSpec.class, Set.of(), CONNECTS_ONLY, x -> true)
            .skippingPart(Kind.PARAMETER, ParameterSpec.class, Set.of(), CONNECTS_ONLY, x -> true)
            .skippingValues("apis.*.routes.*.to", Ref.class, "routes to functions (AWS Lambda, not rendered here)",
                    r -> r.kind() == Kind.FUNCTION);

    /**
     * A function's fields, but its uses and triggers: the function itself is not deployed, while the Terraform side
     * renders its service account's grants and the queues its triggers consume.
     */
    private static Set<String> functionFields() {
        Set<String> out = new java.util.TreeSet<>();
        dev.forge.model.Introspection.fields(FunctionSpec.class).forEach(f -> out.add(f.key()));
        out.removeAll(Set.of("uses", "triggers"));
        return out;
    }

    private GcpRendering() {
    }
}

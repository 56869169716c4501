package dev.forge.targets.terraform;

import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.synth.Rendering;
import java.util.Set;

/**
 * What terraform-aws renders of a spec, field by field (proven against the output by FieldCoverageTest). Not
 * here, so listed by synth as not rendered: a database's description (RDS has nowhere to put it), web application
 * firewalls of HTTP APIs, image builds (the docker target), CI workflow settings, a job's timeout (ECS has none),
 * and descriptions with nowhere to go (a topic's, a service's).
 */
final class TerraformRendering {

    static final Rendering DECLARED = Rendering.of(
                    "app", "owner", "cost-centre", "tags", "region",
                    "environments.*.account", "environments.*.region", "environments.*.production",
                    "environments.*.alerts.email", "environments.*.tags", "environments.*.kubernetes.cluster",
                    "functions.*.description", "functions.*.runtime", "functions.*.handler", "functions.*.source",
                    "functions.*.image.ref", "functions.*.memory", "functions.*.timeout", "functions.*.architecture",
                    "functions.*.tracing", "functions.*.dlq", "functions.*.reserved-concurrency",
                    "functions.*.provisioned-concurrency", "functions.*.vpc", "functions.*.env", "functions.*.uses",
                    // canary and linear: CodeDeploy's application and groups (platform.aws.LambdaDeployments)
                    "functions.*.deployment",
                    "functions.*.triggers[].queue", "functions.*.triggers[].schedule", "functions.*.triggers[].bucket",
                    "functions.*.triggers[].table", "functions.*.triggers[].topic",
                    "functions.*.triggers[].batch-size", "functions.*.triggers[].batching-window",
                    "functions.*.triggers[].max-concurrency", "functions.*.triggers[].partial-failures",
                    "functions.*.triggers[].timezone", "functions.*.triggers[].payload",
                    "functions.*.triggers[].retries", "functions.*.triggers[].max-age",
                    "functions.*.triggers[].events", "functions.*.triggers[].prefix", "functions.*.triggers[].suffix",
                    "functions.*.triggers[].start", "functions.*.triggers[].bisect",
                    "functions.*.triggers[].dead-letter-queue", "functions.*.triggers[].filter",
                    "apis.*.description", "apis.*.type", "apis.*.auth.type", "apis.*.auth.issuer",
                    "apis.*.auth.audience", "apis.*.auth.scopes", "apis.*.auth.user-pool.password-length",
                    "apis.*.auth.user-pool.mfa", "apis.*.auth.user-pool.domain", "apis.*.auth.user-pool.callback-urls",
                    "apis.*.auth.user-pool.logout-urls", "apis.*.cors.origins", "apis.*.cors.methods",
                    "apis.*.cors.headers", "apis.*.cors.credentials", "apis.*.cors.max-age", "apis.*.throttling.rate",
                    "apis.*.throttling.burst", "apis.*.access-logs", "apis.*.waf", "apis.*.domain", "apis.*.routes.*.to", "apis.*.routes.*.open",
                    "tables.*.key.partition", "tables.*.key.sort", "tables.*.attributes", "tables.*.indexes.*.partition",
                    "tables.*.indexes.*.sort", "tables.*.indexes.*.projection", "tables.*.indexes.*.include",
                    "tables.*.ttl", "tables.*.pitr", "tables.*.stream", "tables.*.replicas", "tables.*.encryption",
                    "tables.*.deletion-protection",
                    "buckets.*.versioning", "buckets.*.encryption", "buckets.*.cors.origins", "buckets.*.cors.methods",
                    "buckets.*.cors.headers", "buckets.*.cors.max-age", "buckets.*.lifecycle[].prefix",
                    "buckets.*.lifecycle[].expire-after", "buckets.*.lifecycle[].noncurrent-expire-after",
                    "buckets.*.lifecycle[].transition.after", "buckets.*.lifecycle[].transition.storage-class",
                    "buckets.*.lifecycle[].abort-uploads-after", "buckets.*.replication.region",
                    "buckets.*.replication.storage-class", "buckets.*.cdn.enabled", "buckets.*.cdn.domain",
                    "buckets.*.cdn.default-root", "buckets.*.deletion-protection",
                    "queues.*.fifo", "queues.*.visibility-timeout", "queues.*.retention", "queues.*.max-receives",
                    "queues.*.encryption",
                    "topics.*.fifo", "topics.*.encryption", "topics.*.subscriptions[].queue",
                    "topics.*.subscriptions[].filter", "topics.*.subscriptions[].raw",
                    "secrets.*.description", "secrets.*.store", "secrets.*.variable",
                    "parameters.*.description", "parameters.*.value", "parameters.*.variable",
                    "models.*.id",
                    "databases.*.version", "databases.*.instance", "databases.*.storage",
                    "databases.*.max-storage", "databases.*.multi-az", "databases.*.backup-retention",
                    "databases.*.deletion-protection", "databases.*.name", "databases.*.iam-auth",
                    "caches.*.description", "caches.*.engine", "caches.*.version", "caches.*.node", "caches.*.nodes",
                    "caches.*.multi-az", "caches.*.snapshot-retention",
                    "network.cidr", "network.zones", "network.nat", "network.nat-gateways", "network.endpoints",
                    "network.vpc",
                    "monitoring.dashboard", "monitoring.log-retention", "monitoring.alarms.enabled",
                    "monitoring.alarms.errors", "monitoring.alarms.duration-percent", "monitoring.alarms.server5xx",
                    "monitoring.alarms.latency", "monitoring.alarms.cpu", "monitoring.alarms.memory",
                    "budget.monthly", "budget.email",
                    "ci.github.repo", "ci.github.branch", "ci.oidc", "ci.approvals",
                    // a cost-report schedule: github_oidc's cost report role (platform.aws.GithubOidc.costReport)
                    "ci.schedules[].kind",
                    "policy.suppressions[].rule", "policy.suppressions[].resource", "policy.suppressions[].reason",
                    "policy.suppressions[].expires",
                    "services.*.image.ref", "services.*.image.runtime", "services.*.port", "services.*.health.path", "services.*.health.interval",
                    "services.*.health.timeout", "services.*.health.healthy-threshold",
                    "services.*.health.unhealthy-threshold", "services.*.health.initial-delay", "services.*.replicas",
                    "services.*.autoscaling.min", "services.*.autoscaling.max", "services.*.autoscaling.cpu",
                    "services.*.autoscaling.memory", "services.*.autoscaling.requests", "services.*.cpu",
                    "services.*.memory", "services.*.command", "services.*.env", "services.*.uses",
                    "services.*.deployment", "services.*.scaling-schedules[].schedule",
                    "services.*.scaling-schedules[].timezone", "services.*.scaling-schedules[].min",
                    "services.*.scaling-schedules[].max",
                    "jobs.*.image.ref", "jobs.*.command", "jobs.*.cpu", "jobs.*.memory", "jobs.*.schedule",
                    "jobs.*.timezone", "jobs.*.retries", "jobs.*.env", "jobs.*.uses",
                    "apis.*.certificate", "apis.*.zone")
            .skipping(Kind.API, ApiSpec.class, "APIs that route only to services (API Gateway reaches functions here;"
                    + " a `type: loadbalancer` API reaches services)", TerraformRendering::notServed)
            .skipping(Kind.API, ApiSpec.class, Set.of("description", "auth.type", "auth.issuer", "auth.audience",
                    "auth.scopes", "auth.user-pool.password-length", "auth.user-pool.mfa", "auth.user-pool.domain",
                    "auth.user-pool.callback-urls", "auth.user-pool.logout-urls", "throttling.rate", "throttling.burst",
                    "routes.*.open"), "load balancers (an ALB has no authorizer, throttling or per-route openness: the"
                    + " services authenticate, and no user pool is created for them; an ALB has no description)",
                    a -> a.type() == ApiType.LOADBALANCER)
            .skipping(Kind.API, ApiSpec.class, Set.of("certificate", "zone"), "API Gateway APIs (their custom"
                    + " domain's certificate is an input; these two are for load balancers)", a -> a.type() != ApiType.LOADBALANCER)
            .skippingPart(Kind.API, ApiSpec.class, Set.of("routes.*.to"), "HTTP and REST APIs' routes to services"
                    + " (API Gateway reaches functions here; route services through a `type: loadbalancer` API)",
                    a -> a.type() != ApiType.LOADBALANCER && a.routes().values().stream().anyMatch(r -> r.to().kind() == Kind.SERVICE))
            .skippingPart(Kind.API, ApiSpec.class, Set.of("cors.origins"), "load balancers with several CORS origins"
                    + " (the ALB's Access-Control-Allow-Origin header holds one value, the first)",
                    a -> a.type() == ApiType.LOADBALANCER && a.cors() != null && a.cors().origins().size() > 1)
            .skipping(Kind.SERVICE, dev.forge.model.ServiceSpec.class, Set.of("description"), "ECS services (an ECS"
                    + " service and its task definition have no description)", x -> true)
            .skipping(Kind.JOB, dev.forge.model.JobSpec.class, Set.of("description", "timeout"), "ECS jobs (a task"
                    + " definition has no description, and ECS has no run timeout: the job must stop itself)", j -> true)
            .skipping(Kind.API, ApiSpec.class, Set.of("waf"), "HTTP APIs (API Gateway v2 cannot take a WAFv2 web ACL;"
                    + " its REST API module has one)", a -> a.type() == ApiType.HTTP)
            .skippingPart(Kind.API, ApiSpec.class, Set.of("cors.origins"),
                    "REST APIs with several CORS origins (its REST API module takes one origin, the first)",
                    a -> a.type() == ApiType.REST && a.cors() != null && a.cors().origins().size() > 1);

    private TerraformRendering() {
    }

    private static boolean notServed(ApiSpec a) {
        return a.type() != ApiType.LOADBALANCER && !Modules.servesFunctions(a);
    }
}

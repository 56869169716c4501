package dev.forge.targets.azure;

import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.synth.Rendering;
import java.util.Set;

/**
 * What the azure target renders of a spec, field by field (proven against the output by FieldCoverageTest).
 * Everything else is listed by synth as not rendered: functions, tables, API gateways' own settings (auth,
 * throttling, CORS, domains: an API here only decides which container apps take external ingress), the network's
 * zones, NAT and endpoints, Redis engine, version and snapshots, database instance families beyond the size table,
 * bucket lifecycle rules and replication, the CDN, encryption choices (Azure encrypts at rest with platform keys;
 * customer-managed keys are not generated), job time zones (Container Apps job cron runs in UTC), scaling schedules,
 * deployments' blue-green mode, CI and the descriptions.
 */
final class AzureRendering {

    static final Rendering DECLARED = Rendering.of(
            "app", "owner", "cost-centre", "tags", "region",
            "environments.*.region", "environments.*.production", "environments.*.tags",
            "environments.*.subscription", "environments.*.alerts.email",
            "network.cidr",
            "services.*.image.ref", "services.*.port", "services.*.health.path", "services.*.health.interval",
            "services.*.health.timeout", "services.*.health.healthy-threshold", "services.*.health.unhealthy-threshold",
            "services.*.health.initial-delay", "services.*.replicas", "services.*.autoscaling.min",
            "services.*.autoscaling.max", "services.*.autoscaling.cpu", "services.*.autoscaling.memory",
            "services.*.cpu", "services.*.memory", "services.*.command", "services.*.env", "services.*.uses",
            "jobs.*.image.ref", "jobs.*.command", "jobs.*.cpu", "jobs.*.memory", "jobs.*.schedule", "jobs.*.timeout",
            "jobs.*.retries", "jobs.*.env", "jobs.*.uses",
            "apis.*.routes.*.to",
            "databases.*.version", "databases.*.storage", "databases.*.max-storage", "databases.*.multi-az",
            "databases.*.backup-retention", "databases.*.deletion-protection", "databases.*.name",
            "caches.*.node",
            "buckets.*.versioning", "buckets.*.cors.origins", "buckets.*.cors.methods", "buckets.*.cors.headers",
            "buckets.*.cors.max-age", "buckets.*.deletion-protection",
            "queues.*.fifo", "queues.*.visibility-timeout", "queues.*.retention", "queues.*.max-receives",
            "topics.*.fifo", "topics.*.subscriptions[].queue",
            "secrets.*.variable", "parameters.*.value", "parameters.*.variable",
            "models.*.id",
            "monitoring.alarms.enabled", "monitoring.alarms.cpu", "monitoring.alarms.memory",
            "budget.monthly", "budget.email",
            "functions.*.triggers[].queue")
            .skippingPart(Kind.FUNCTION, FunctionSpec.class, Set.of("triggers[].queue"), "functions (not deployed on"
                    + " Azure: a queue trigger only reaches the output through the queue's resolved visibility timeout,"
                    + " its Service Bus lock duration)", f -> true);

    private AzureRendering() {
    }
}

package dev.forge.targets.compose;

import dev.forge.synth.Rendering;

/**
 * What compose renders of a spec, field by field (proven against the output by FieldCoverageTest). Not rendered, so
 * listed by synth: functions and APIs (nothing runs Lambda or a gateway locally), topics (no SNS stand-in; a topic's
 * ARN still reaches its publishers), replicas and autoscaling (one container per service), the health path (the
 * image's HEALTHCHECK has it: the docker target writes it), job schedules, time zones, timeouts and retries (a job
 * runs once, when asked), the cloud sizing and durability of databases, caches, tables, buckets and queues (instance
 * classes, storage, multi-AZ, backups, encryption, PITR, replicas, lifecycle, CORS, CDN, deletion protection), the
 * engine versions (the stand-ins are pinned: Postgres 16, Redis 7, Valkey 8), monitoring, CI and tags.
 *
 * <p>Values that reach a service only through its env contract (a secret's or parameter's variable name and value, a
 * model's ID, a topic's ARN, the region in {@code AWS_REGION}) are rendered exactly when a service or job uses them;
 * the every-field spec's services use none of them, so they are not declared here (the field-coverage proof would
 * find them inert) and synth may list them as not rendered by compose alone.
 */
final class ComposeRendering {

    static final Rendering DECLARED = Rendering.of(
            "app", "environments.*.region", "environments.*.account",
            "services.*.image.ref", "services.*.image.build", "services.*.image.dockerfile", "services.*.image.target",
            "services.*.image.args", "services.*.port", "services.*.health.interval", "services.*.health.timeout",
            "services.*.health.unhealthy-threshold", "services.*.health.initial-delay", "services.*.cpu",
            "services.*.memory", "services.*.command", "services.*.env", "services.*.uses",
            "jobs.*.image.ref", "jobs.*.image.build", "jobs.*.image.dockerfile", "jobs.*.image.target",
            "jobs.*.image.args", "jobs.*.command", "jobs.*.cpu", "jobs.*.memory", "jobs.*.env", "jobs.*.uses",
            "databases.*.name", "caches.*.engine",
            "tables.*.key.partition", "tables.*.key.sort", "tables.*.attributes", "tables.*.indexes.*.partition",
            "tables.*.indexes.*.sort", "tables.*.indexes.*.projection", "tables.*.indexes.*.include", "tables.*.ttl",
            "tables.*.stream",
            "buckets.*.versioning",
            // through the env contract: a secret or parameter a workload reads (.env.example names and describes it)
            "secrets.*.description", "secrets.*.variable", "parameters.*.variable", "models.*.id",
            "queues.*.fifo", "queues.*.visibility-timeout", "queues.*.retention", "queues.*.max-receives",
            // a queue's visibility timeout follows the timeout of the function its trigger feeds (resolve's default)
            "functions.*.triggers[].queue");

    private ComposeRendering() {
    }
}

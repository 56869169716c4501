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
 */
final class ComposeRendering {

    static final Rendering DECLARED = Rendering.of(
            "app", "region", "environments.*.region", "environments.*.account",
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
            "queues.*.fifo", "queues.*.visibility-timeout", "queues.*.retention", "queues.*.max-receives",
            "secrets.*.description", "secrets.*.store", "secrets.*.variable",
            "parameters.*.description", "parameters.*.value", "parameters.*.variable",
            "models.*.id", "topics.*.fifo");

    private ComposeRendering() {
    }
}

package dev.forge.targets.cloudformation;

import dev.forge.synth.Rendering;

/**
 * What the cloudformation target renders of a spec, field by field (proven against the output by
 * FieldCoverageTest). Everything else is listed by synth as not rendered; in particular: global-table replicas and
 * bucket replication (a replica lives in another region, so in another stack), and the families no part builds yet.
 */
final class CloudFormationRendering {

    static final Rendering DECLARED = Rendering.of(
            "app", "owner", "cost-centre", "tags", "region",
            "environments.*.account", "environments.*.region", "environments.*.production", "environments.*.tags",
            "tables.*.key.partition", "tables.*.key.sort", "tables.*.attributes", "tables.*.indexes.*.partition",
            "tables.*.indexes.*.sort", "tables.*.indexes.*.projection", "tables.*.indexes.*.include",
            "tables.*.ttl", "tables.*.pitr", "tables.*.stream", "tables.*.encryption", "tables.*.deletion-protection",
            "buckets.*.versioning", "buckets.*.encryption", "buckets.*.cors.origins", "buckets.*.cors.methods",
            "buckets.*.cors.headers", "buckets.*.cors.max-age", "buckets.*.lifecycle[].prefix",
            "buckets.*.lifecycle[].expire-after", "buckets.*.lifecycle[].noncurrent-expire-after",
            "buckets.*.lifecycle[].transition.after", "buckets.*.lifecycle[].transition.storage-class",
            "buckets.*.lifecycle[].abort-uploads-after", "buckets.*.cdn.enabled", "buckets.*.cdn.domain",
            "buckets.*.cdn.default-root", "buckets.*.deletion-protection",
            "queues.*.fifo", "queues.*.visibility-timeout", "queues.*.retention", "queues.*.max-receives",
            "queues.*.encryption",
            "topics.*.fifo", "topics.*.encryption", "topics.*.subscriptions[].queue",
            "topics.*.subscriptions[].filter", "topics.*.subscriptions[].raw",
            "secrets.*.description", "secrets.*.store",
            "parameters.*.description", "parameters.*.value");

    private CloudFormationRendering() {
    }
}

package dev.forge.targets.gcp.terraform;

import dev.forge.model.CacheEngine;
import dev.forge.model.CacheSpec;
import dev.forge.model.Kind;
import dev.forge.model.QueueSpec;
import dev.forge.synth.Rendering;
import java.util.Set;

/**
 * What the gcp target's Terraform renders of a spec, field by field. Not here, so listed by synth as not rendered
 * (unless the Cloud Run side renders them): table keys, attributes, indexes, streams, replicas and encryption
 * (Firestore is schemaless and always encrypted), bucket replication and CDN (Cloud CDN needs a load balancer),
 * queue and topic encryption (Pub/Sub always encrypts; no CMEK here), topic FIFO and subscriptions (Pub/Sub delivers
 * a topic to subscriptions, not to another topic: consumers subscribe to the topic), Valkey caches (Memorystore for
 * Valkey is another product), descriptions with nowhere to go, parameters (plain values: the Cloud Run files carry
 * them), function and API settings (Cloud Run side), network zones, NAT gateway count and endpoints (one regional
 * subnet, Private Google Access covers Google APIs).
 */
final class GcpTerraformRendering {

    static final Rendering DECLARED = Rendering.of(
                    "app", "owner", "cost-centre", "tags", "region",
                    "environments.*.project", "environments.*.region", "environments.*.production",
                    "environments.*.alerts.email", "environments.*.tags",
                    "databases.*.version", "databases.*.instance", "databases.*.storage", "databases.*.max-storage",
                    "databases.*.multi-az", "databases.*.backup-retention", "databases.*.deletion-protection",
                    "databases.*.name", "databases.*.iam-auth",
                    "caches.*.engine", "caches.*.version", "caches.*.node", "caches.*.nodes", "caches.*.multi-az",
                    "caches.*.snapshot-retention",
                    "tables.*.pitr", "tables.*.deletion-protection", "tables.*.ttl",
                    "buckets.*.versioning", "buckets.*.encryption", "buckets.*.cors.origins", "buckets.*.cors.methods",
                    "buckets.*.cors.headers", "buckets.*.cors.max-age", "buckets.*.lifecycle[].prefix",
                    "buckets.*.lifecycle[].expire-after", "buckets.*.lifecycle[].noncurrent-expire-after",
                    "buckets.*.lifecycle[].transition.after", "buckets.*.lifecycle[].transition.storage-class",
                    "buckets.*.lifecycle[].abort-uploads-after", "buckets.*.deletion-protection",
                    "queues.*.fifo", "queues.*.visibility-timeout", "queues.*.retention", "queues.*.max-receives",
                    "secrets.*.description",
                    "services.*.uses", "jobs.*.uses", "functions.*.uses", "functions.*.triggers[].queue",
                    "jobs.*.schedule", "jobs.*.timezone", "jobs.*.retries",
                    "network.cidr", "network.nat",
                    "monitoring.alarms.enabled", "monitoring.alarms.server5xx", "monitoring.alarms.latency",
                    "monitoring.alarms.cpu", "monitoring.alarms.memory",
                    "budget.monthly", "budget.email",
                    "ci.github.repo", "ci.github.branch", "ci.oidc", "ci.approvals")
            .skipping(Kind.CACHE, CacheSpec.class, Set.of("version", "node", "nodes", "multi-az", "snapshot-retention"),
                    "Valkey caches (Memorystore for Valkey is another product, not generated)",
                    c -> c.engine() == CacheEngine.VALKEY)
            .skippingPart(Kind.FUNCTION, dev.forge.model.FunctionSpec.class, Set.of("triggers[].queue"), "function"
                    + " triggers (not generated here; only the consumed queue's default acknowledgement deadline follows"
                    + " its consumer's timeout)", f -> true)
            .skippingPart(Kind.QUEUE, QueueSpec.class, Set.of("max-receives"), "queues with max-receives outside 5-100"
                    + " (Pub/Sub's range of delivery attempts: the nearest bound is used)",
                    q -> q.maxReceives() != null && (q.maxReceives() < 5 || q.maxReceives() > 100))
            .skippingPart(Kind.QUEUE, QueueSpec.class, Set.of("visibility-timeout"), "queues with a visibility timeout"
                    + " outside 10s-10m (Pub/Sub's acknowledgement deadline range: the nearest bound is used)",
                    q -> q.visibilityTimeout() != null && (q.visibilityTimeout().seconds() < 10 || q.visibilityTimeout().seconds() > 600))
            .skippingPart(Kind.QUEUE, QueueSpec.class, Set.of("retention"), "queues keeping messages longer than 7 days"
                    + " or under 10 minutes (a Pub/Sub subscription keeps 10m-7d: the nearest bound is used)",
                    q -> q.retention() != null && (q.retention().seconds() < 600 || q.retention().seconds() > 604800));

    private GcpTerraformRendering() {
    }
}

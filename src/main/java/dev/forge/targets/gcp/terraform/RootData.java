package dev.forge.targets.gcp.terraform;

import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.gcp.terraform.Mappings.clamp;
import static dev.forge.targets.gcp.terraform.Mappings.label;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.model.BucketSpec;
import dev.forge.model.CacheEngine;
import dev.forge.model.CacheSpec;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.Encryption;
import dev.forge.model.LifecycleRule;
import dev.forge.model.QueueSpec;
import dev.forge.model.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The root's data and messaging: network, Cloud SQL, Memorystore, Firestore, buckets, Pub/Sub, secrets, registry. */
final class RootData {

    private RootData() {
    }

    static <V> Map<String, V> of(Map<String, V> m) {
        return m == null ? Map.of() : m;
    }

    /** Whether the environment needs the private network (a database or a Redis cache lives there). */
    static boolean needsNetwork(dev.forge.model.Spec s) {
        return !of(s.databases()).isEmpty() || of(s.caches()).values().stream().anyMatch(RootData::rendered);
    }

    /** Memorystore for Redis renders Redis caches; Valkey is another product (reported as not rendered). */
    static boolean rendered(CacheSpec c) {
        return c.engine() != CacheEngine.VALKEY;
    }

    static void add(Root r) {
        var s = r.spec;
        if (needsNetwork(s)) {
            var n = s.network();
            r.apis.addAll(List.of("compute.googleapis.com", "servicenetworking.googleapis.com"));
            r.module("network", "network", b -> b.attr("name", r.name("vpc")).attr("region", var("region"))
                    .attr("cidr", n == null || n.cidr() == null ? "10.0.0.0/16" : n.cidr())
                    .attr("nat", n != null && Boolean.TRUE.equals(n.nat())));
            r.output("network_name", "VPC network (Cloud Run Direct VPC egress: network).", ref("module.network.network_name"));
            r.output("subnet_name", "Subnet (Cloud Run Direct VPC egress: subnetwork).", ref("module.network.subnet_name"));
        }
        of(s.databases()).forEach((name, d) -> database(r, name, d));
        of(s.caches()).forEach((name, c) -> {
            if (rendered(c)) {
                cache(r, name, c);
            }
        });
        of(s.tables()).forEach((name, t) -> table(r, name, t));
        of(s.buckets()).forEach((name, b) -> bucket(r, name, b));
        of(s.queues()).forEach((name, q) -> queue(r, name, q));
        of(s.topics()).forEach((name, t) -> {
            r.apis.add("pubsub.googleapis.com");
            r.module("topic_" + label(name), "pubsub_topic", b -> b.attr("name", r.name(name)));
        });
        if (!of(s.secrets()).isEmpty()) {
            r.apis.add("secretmanager.googleapis.com");
            Hcl.Obj secrets = Hcl.obj();
            s.secrets().forEach((name, sec) -> secrets.put(r.name(name), str(sec.description() == null ? name : sec.description())));
            r.module("secrets", "secrets", b -> b.attr("secrets", secrets.build()));
            r.output("secret_ids", "Secret Manager secret IDs (add their values as versions out of band).", ref("module.secrets.ids"));
        }
        if (!of(s.services()).isEmpty() || !of(s.jobs()).isEmpty()) {
            r.apis.addAll(List.of("artifactregistry.googleapis.com", "run.googleapis.com"));
            r.module("artifact_registry", "artifact_registry", b -> b.attr("name", r.app()).attr("location", var("region")));
            r.output("artifact_registry_url", "Where CI pushes images (tagged by commit SHA).", ref("module.artifact_registry.url"));
        }
    }

    private static void database(Root r, String name, DatabaseSpec d) {
        r.apis.addAll(List.of("sqladmin.googleapis.com", "secretmanager.googleapis.com"));
        boolean prod = r.env.environment().production();
        long days = d.backupRetention() == null ? 7 : Math.max(1, d.backupRetention().days());
        String label = "database_" + label(name);
        r.module(label, "cloudsql", b -> b.attr("name", r.name(name)).attr("region", var("region"))
                .attr("database_version", Mappings.postgresVersion(d)).attr("tier", Mappings.sqlTier(d, prod))
                .attr("disk_size", Math.max(10, d.storage().gibibytes()))
                .attr("disk_autoresize_limit", d.maxStorage() == null ? 0 : d.maxStorage().gibibytes())
                .attr("availability_type", Boolean.TRUE.equals(d.multiAz()) ? "REGIONAL" : "ZONAL")
                .attr("retained_backups", clamp(days, 1, 365)).attr("log_retention_days", clamp(days, 1, 7))
                .attr("deletion_protection", Boolean.TRUE.equals(d.deletionProtection()))
                .attr("iam_authentication", Boolean.TRUE.equals(d.iamAuth()))
                .attr("network_id", ref("module.network.network_id"))
                .attr("private_services_connection", ref("module.network.private_services_connection"))
                .attr("database_name", d.name()).attr("user_name", "app"));
        r.output(label + "_connection_name", "Cloud SQL connection name of database " + name + ".", ref("module." + label + ".connection_name"));
        r.output(label + "_password_secret", "Secret Manager secret holding database " + name + "'s app password.",
                ref("module." + label + ".password_secret_id"));
    }

    private static void cache(Root r, String name, CacheSpec c) {
        r.apis.add("redis.googleapis.com");
        boolean ha = Boolean.TRUE.equals(c.multiAz()) || c.nodes() > 1;
        String label = "cache_" + label(name);
        r.module(label, "redis", b -> b.attr("name", r.name(name)).attr("region", var("region"))
                .attr("tier", ha ? "STANDARD_HA" : "BASIC").attr("memory_size_gb", Mappings.redisMemoryGb(c))
                .attr("redis_version", Mappings.redisVersion(c))
                .attr("replica_count", ha ? num(Math.max(1, c.nodes() - 1)) : Hcl.nul())
                .attr("snapshots", c.snapshotRetention() != null && c.snapshotRetention().seconds() > 0)
                .attr("network_id", ref("module.network.network_id"))
                .attr("private_services_connection", ref("module.network.private_services_connection")));
        r.output(label + "_host", "Private IP of cache " + name + ".", ref("module." + label + ".host"));
    }

    private static void table(Root r, String name, TableSpec t) {
        r.apis.add("firestore.googleapis.com");
        r.module("table_" + label(name), "firestore", b -> b.attr("name", r.name(name)).attr("location", var("region"))
                .attr("pitr", Boolean.TRUE.equals(t.pitr())).attr("delete_protection", Boolean.TRUE.equals(t.deletionProtection()))
                .attr("ttl_field", t.ttl() == null ? Hcl.nul() : str(t.ttl())).attr("collection", name));
    }

    private static void bucket(Root r, String name, BucketSpec bs) {
        r.apis.add("storage.googleapis.com");
        boolean cmek = bs.encryption() == Encryption.CUSTOMER_KMS;
        if (cmek) {
            r.apis.add("cloudkms.googleapis.com");
        }
        List<Expr> cors = new ArrayList<>();
        if (bs.cors() != null) {
            var c = bs.cors();
            cors.add(Hcl.obj().put("origins", strings(c.origins() == null ? List.of("*") : c.origins()))
                    .put("methods", strings(c.methods() == null ? List.of("GET", "HEAD") : c.methods()))
                    .put("headers", strings(c.headers() == null ? List.of() : c.headers()))
                    .put("max_age", num(c.maxAge() == null ? 3600 : c.maxAge().seconds())).build());
        }
        List<Expr> rules = new ArrayList<>();
        for (LifecycleRule l : bs.lifecycle() == null ? List.<LifecycleRule>of() : bs.lifecycle()) {
            Expr prefixes = strings(l.prefix() == null || l.prefix().isEmpty() ? List.of() : List.of(l.prefix()));
            if (l.expireAfter() != null) {
                rules.add(Hcl.obj().put("action", "Delete").put("age", num(l.expireAfter().days())).put("with_state", "LIVE")
                        .put("prefixes", prefixes).build());
            }
            if (l.noncurrentExpireAfter() != null) {
                rules.add(Hcl.obj().put("action", "Delete").put("days_since_noncurrent_time", num(l.noncurrentExpireAfter().days()))
                        .put("with_state", "ARCHIVED").put("prefixes", prefixes).build());
            }
            if (l.transition() != null) {
                rules.add(Hcl.obj().put("action", "SetStorageClass")
                        .put("storage_class", Mappings.storageClass(l.transition().storageClass()))
                        .put("age", num(l.transition().after().days())).put("prefixes", prefixes).build());
            }
            if (l.abortUploadsAfter() != null) {
                rules.add(Hcl.obj().put("action", "AbortIncompleteMultipartUpload").put("age", num(Math.max(1, l.abortUploadsAfter().days())))
                        .put("prefixes", prefixes).build());
            }
        }
        String label = "bucket_" + label(name);
        r.module(label, "bucket", b -> b.attr("name", dev.forge.platform.gcp.GcpNames.bucket(r.app(), name, r.envName(),
                        r.env.environment().project())).attr("location", var("region"))
                .attr("versioning", Boolean.TRUE.equals(bs.versioning()))
                .attr("force_destroy", Boolean.FALSE.equals(bs.deletionProtection()))
                .attr("cmek", cmek).attr("cors", Hcl.list(cors)).attr("lifecycle_rules", Hcl.list(rules.stream().distinct().toList())));
        r.output(label + "_name", "Name of bucket " + name + ".", ref("module." + label + ".name"));
    }

    private static void queue(Root r, String name, QueueSpec q) {
        r.apis.add("pubsub.googleapis.com");
        long visibility = q.visibilityTimeout() == null ? 60 : q.visibilityTimeout().seconds();
        long retention = q.retention() == null ? 345600 : q.retention().seconds();
        String label = "queue_" + label(name);
        r.module(label, "pubsub_queue", b -> b.attr("name", r.name(name))
                .attr("ack_deadline_seconds", clamp(visibility, 10, 600))
                .attr("message_retention_duration", clamp(retention, 600, 604800) + "s")
                .attr("max_delivery_attempts", clamp(q.maxReceives() == null ? 5 : q.maxReceives(), 5, 100))
                .attr("ordered", Boolean.TRUE.equals(q.fifo())));
    }

    /** The Terraform expression naming a resource's Secret Manager secret ID (for IAM on the secret). */
    static Expr secretId(Root r, String secret) {
        return Hcl.index(ref("module.secrets.ids"), str(r.name(secret)));
    }
}

package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.model.AttributeType;
import dev.forge.model.BucketSpec;
import dev.forge.model.Kind;
import dev.forge.model.LifecycleRule;
import dev.forge.model.Ref;
import dev.forge.model.SecretStore;
import dev.forge.model.Spec;
import dev.forge.model.StreamView;
import dev.forge.model.TableSpec;
import dev.forge.platform.aws.AwsDefaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Tables, buckets, queues, parameters and secrets in an environment root. */
final class RootData {

    private RootData() {
    }

    static void add(Root root) {
        Spec s = root.env.spec();
        new TreeMap<>(s.tables()).forEach((name, t) -> root.module(new Ref(Kind.TABLE, name),
                DynamoDbModule.NAME, b -> table(root, b, name, t)));
        new TreeMap<>(s.buckets()).forEach((name, bucket) -> root.module(new Ref(Kind.BUCKET, name),
                S3Module.NAME, b -> bucket(root, b, name, bucket)));
        new TreeMap<>(s.queues()).forEach((name, q) -> root.module(new Ref(Kind.QUEUE, name),
                SqsModule.NAME, b -> {
                    b.attr("name", root.env.naming().base(name))
                            .attr("fifo", Boolean.TRUE.equals(q.fifo()));
                    String slowest = derivedVisibility(root, name);
                    if (slowest != null) {
                        b.comment("Derived, not written: 6 x the timeout of function " + slowest + ", its slowest consumer"
                                + " (at most 12 hours), so a batch in progress is not received twice.");
                    }
                    b.attr("visibility_timeout_seconds", q.visibilityTimeout().seconds())
                        .attr("message_retention_seconds", q.retention().seconds())
                        .attr("max_receive_count", q.maxReceives())
                        .attr("encryption", q.encryption().spelling());
                }));
        stores(root, s);
    }

    /**
     * The slowest function consuming the queue when resolve derived its visibility timeout from it (the spec sets
     * none), else null.
     */
    private static String derivedVisibility(Root root, String queue) {
        Spec w = root.written;
        if (w == null || w.queues() != null && w.queues().get(queue) != null && w.queues().get(queue).visibilityTimeout() != null) {
            return null;
        }
        String slowest = null;
        long max = -1;
        for (var e : new TreeMap<>(root.env.spec().functions()).entrySet()) {
            for (var t : e.getValue().triggers() == null ? List.<dev.forge.model.TriggerSpec>of() : e.getValue().triggers()) {
                if (queue.equals(t.queue()) && e.getValue().timeout().millis() > max) {
                    max = e.getValue().timeout().millis();
                    slowest = e.getKey();
                }
            }
        }
        return slowest;
    }

    private static void table(Root root, dev.forge.emit.hcl.Body b, String name, TableSpec t) {
        Map<String, AttributeType> types = t.attributes() == null ? Map.of() : t.attributes();
        TreeSet<String> keys = new TreeSet<>();
        keys.add(t.key().partition());
        if (t.key().sort() != null) {
            keys.add(t.key().sort());
        }
        List<Expr> indexes = new ArrayList<>();
        new TreeMap<>(t.indexes() == null ? Map.<String, dev.forge.model.IndexSpec>of() : t.indexes()).forEach((n, i) -> {
            keys.add(i.partition());
            Hcl.Obj o = obj().put("name", n).put("hash_key", i.partition());
            if (i.sort() != null) {
                keys.add(i.sort());
                o.put("range_key", i.sort());
            }
            o.put("projection_type", i.projection().spelling().toUpperCase(Locale.ROOT).replace('-', '_'));
            if (i.include() != null && !i.include().isEmpty()) {
                o.put("non_key_attributes", strings(i.include()));
            }
            indexes.add(o.build());
        });
        b.attr("name", root.env.naming().base(name)).attr("hash_key", t.key().partition());
        if (t.key().sort() != null) {
            b.attr("range_key", t.key().sort());
        }
        b.attr("attributes", list(keys.stream().map(k -> obj().put("name", k).put("type",
                code(types.getOrDefault(k, AttributeType.STRING))).build()).toList()));
        if (!indexes.isEmpty()) {
            b.attr("global_secondary_indexes", list(indexes));
        }
        if (t.ttl() != null) {
            b.attr("ttl_attribute", t.ttl());
        }
        boolean replicas = t.replicas() != null && !t.replicas().isEmpty();
        StreamView stream = replicas ? StreamView.NEW_AND_OLD_IMAGES : t.stream();
        if (stream != StreamView.NONE) {
            b.attr("stream_view_type", stream.spelling().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        if (replicas) {
            b.attr("replica_regions", strings(t.replicas().stream().sorted().toList()));
        }
        AwsDefaults.TableSettings settings = AwsDefaults.table(t);
        b.attr("encryption", t.encryption().spelling()).attr("point_in_time_recovery", settings.pointInTimeRecovery())
                .attr("deletion_protection", settings.deletionProtection());
    }

    private static String code(AttributeType t) {
        return switch (t) {
            case STRING -> "S";
            case NUMBER -> "N";
            case BINARY -> "B";
        };
    }

    private static void bucket(Root root, dev.forge.emit.hcl.Body b, String name, BucketSpec spec) {
        String replicaAlias = spec.replication() == null ? "aws" : "aws.replica_" + Root.label(spec.replication().region());
        if (spec.replication() != null) {
            root.replicaRegions.add(spec.replication().region());
        }
        b.attr("providers", obj().putKey(ref("aws"), ref("aws")).putKey(ref("aws.replica"), ref(replicaAlias)).build()).blank();
        AwsDefaults.BucketSettings settings = AwsDefaults.bucket(spec);
        b.attr("bucket_name", root.env.naming().bucket(name))
                .attr("force_destroy", settings.forceDestroy())
                .attr("versioning", settings.versioning())
                .attr("encryption", spec.encryption().spelling());
        if (spec.cors() != null) {
            b.attr("cors_rules", list(obj()
                    .put("allowed_origins", strings(spec.cors().origins()))
                    .put("allowed_methods", strings(spec.cors().methods().stream().filter(m -> !m.equals("OPTIONS")).toList()))
                    .put("allowed_headers", strings(spec.cors().headers()))
                    .put("max_age_seconds", Hcl.num(spec.cors().maxAge().seconds())).build()));
        }
        if (spec.lifecycle() != null && !spec.lifecycle().isEmpty()) {
            List<Expr> rules = new ArrayList<>();
            for (int i = 0; i < spec.lifecycle().size(); i++) {
                LifecycleRule r = spec.lifecycle().get(i);
                Hcl.Obj o = obj().put("id", "rule-" + (i + 1)).put("prefix", r.prefix() == null ? "" : r.prefix());
                if (r.expireAfter() != null) {
                    o.put("expiration_days", Hcl.num(r.expireAfter().days()));
                }
                if (r.noncurrentExpireAfter() != null) {
                    o.put("noncurrent_expiration_days", Hcl.num(r.noncurrentExpireAfter().days()));
                }
                if (r.transition() != null) {
                    o.put("transition_days", Hcl.num(r.transition().after().days()))
                            .put("transition_storage_class", r.transition().storageClass().spelling());
                }
                rules.add(o.put("abort_incomplete_upload_days", Hcl.num(r.abortUploadsAfter().days())).build());
            }
            b.attr("lifecycle_rules", list(rules));
        }
        if (spec.replication() != null) {
            b.attr("replica_bucket_name", root.env.naming().replicaBucket(name))
                    .attr("replica_storage_class", spec.replication().storageClass().spelling());
        }
        if (spec.cdn() != null && Boolean.TRUE.equals(spec.cdn().enabled())) {
            b.attr("cdn_enabled", true).attr("cdn_default_root_object", spec.cdn().defaultRoot());
            if (spec.cdn().domain() != null) {
                String input = Root.label(name) + "_cdn_certificate_arn";
                root.variable(input, Types.STRING, "ACM certificate (in us-east-1) for " + spec.cdn().domain() + ".", null);
                b.attr("cdn_aliases", strings(List.of(spec.cdn().domain()))).attr("cdn_certificate_arn", var(input));
            }
        }
    }

    private static void stores(Root root, Spec s) {
        Hcl.Obj plain = obj();
        Hcl.Obj unset = obj();
        Hcl.Obj secure = obj();
        Hcl.Obj values = obj();
        Hcl.Obj managed = obj();
        boolean anyPlain = false;
        boolean anyUnset = false;
        boolean anySecure = false;
        boolean anyManaged = false;
        for (var e : new TreeMap<>(s.parameters()).entrySet()) {
            Hcl.Obj o = obj().put("name", root.env.naming().storePath(e.getKey()))
                    .put("description", describe(e.getValue().description(), "Parameter " + e.getKey()));
            if (e.getValue().value() != null) {
                plain.put(e.getKey(), o.put("value", e.getValue().value()).build());
                anyPlain = true;
            } else {
                unset.put(e.getKey(), o.build());
                anyUnset = true;
            }
        }
        for (var e : new TreeMap<>(s.secrets()).entrySet()) {
            Expr entry = obj().put("name", root.env.naming().storePath(e.getKey()))
                    .put("description", describe(e.getValue().description(), "Secret " + e.getKey())).build();
            if (e.getValue().store() == SecretStore.SSM) {
                String input = Root.label(e.getKey());
                root.secretVariable(input, "Value of secret " + e.getKey() + " (SSM SecureString). Set TF_VAR_" + input
                        + " from your secret store, never in a file, when creating the parameter or raising its"
                        + " version in secret_versions; null: the value is managed outside Terraform.");
                secure.put(e.getKey(), entry);
                values.put(e.getKey(), var(input));
                anySecure = true;
            } else {
                managed.put(e.getKey(), entry);
                anyManaged = true;
            }
        }
        if (anyPlain || anyUnset || anySecure) {
            boolean p = anyPlain;
            boolean u = anyUnset;
            boolean sec = anySecure;
            root.module("ssm", StoreModules.SSM, b -> {
                if (p) {
                    b.attr("parameters", plain.build());
                }
                if (u) {
                    b.attr("unset_parameters", unset.build());
                }
                if (sec) {
                    root.variable("secret_versions", Types.map(Types.NUMBER),
                            "Version of each SecureString value; raise one (with its TF_VAR_ value set) to write a new value.", obj().build());
                    b.attr("secure_parameters", secure.build()).attr("secure_values", values.build())
                            .attr("secure_value_versions", var("secret_versions"));
                } else {
                    b.attr("secure_values", obj().build());
                }
            });
        }
        if (anyManaged) {
            root.module("secrets", StoreModules.SECRETS, b -> b
                    .attr("secrets", managed.build())
                    .attr("recovery_window_in_days", AwsDefaults.of(root.env).secretRecoveryWindowDays()));
        }
    }

    private static String describe(String description, String fallback) {
        return description == null ? fallback : description;
    }
}

package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import dev.forge.platform.aws.S3Replication;

/** The optional parts of {@code modules/s3}: cross-region replication and a CloudFront distribution. */
final class S3Extras {

    private S3Extras() {
    }

    static void replication(TfModule m) {
        Expr on = cond(op(var("replica_bucket_name"), "!=", nul()), num(1), num(0));
        m.resource("aws_s3_bucket", "replica", b -> b
                .attr("count", on).blank()
                .attr("provider", ref("aws.replica"))
                .attr("bucket", var("replica_bucket_name"))
                .attr("force_destroy", var("force_destroy"))
                .attr("tags", var("tags")));
        m.resource("aws_s3_bucket_public_access_block", "replica", b -> {
            b.attr("count", on).blank().attr("provider", ref("aws.replica"));
            S3Module.publicAccessBlock(b, "aws_s3_bucket.replica[0].id");
        });
        m.resource("aws_s3_bucket_versioning", "replica", b -> b
                .attr("count", on).blank()
                .attr("provider", ref("aws.replica"))
                .attr("bucket", ref("aws_s3_bucket.replica[0].id"))
                .blank()
                .block("versioning_configuration", v -> v.attr("status", "Enabled")));
        m.resource("aws_s3_bucket_server_side_encryption_configuration", "replica", b -> b
                .attr("count", on).blank()
                .attr("provider", ref("aws.replica"))
                .attr("bucket", ref("aws_s3_bucket.replica[0].id"))
                .blank()
                .block("rule", r -> r.block("apply_server_side_encryption_by_default", d -> d.attr("sse_algorithm", "AES256"))));
        // The replica keeps what the source keeps: without the same lifecycle rules, versions the source expires
        // would pile up in the replica for ever (and be billed).
        m.resource("aws_s3_bucket_lifecycle_configuration", "replica", b -> S3Module.lifecycleRules(b
                .attr("count", cond(op(op(var("replica_bucket_name"), "!=", nul()), "&&",
                        op(call("length", var("lifecycle_rules")), ">", num(0))), num(1), num(0))).blank()
                .attr("provider", ref("aws.replica"))
                .attr("bucket", ref("aws_s3_bucket.replica[0].id"))
                .attr("depends_on", list(ref("aws_s3_bucket_versioning.replica")))));
        m.resource("aws_s3_bucket_policy", "replica", b -> b
                .attr("count", on).blank()
                .attr("provider", ref("aws.replica"))
                .attr("bucket", ref("aws_s3_bucket.replica[0].id"))
                .comment("FORGE-S3-008: the replica refuses requests without TLS too.")
                .attr("policy", call("jsonencode", obj()
                        .put("Version", "2012-10-17")
                        .put("Statement", list(obj()
                                .put("Sid", "DenyInsecureTransport")
                                .put("Effect", "Deny")
                                .put("Principal", "*")
                                .put("Action", "s3:*")
                                .put("Resource", list(ref("aws_s3_bucket.replica[0].arn"), tmpl(ref("aws_s3_bucket.replica[0].arn"), "/*")))
                                .put("Condition", obj().put("Bool", obj().put("aws:SecureTransport", "false").build()).build())
                                .build())).build()))
                .blank()
                .attr("depends_on", list(ref("aws_s3_bucket_public_access_block.replica"))));
        m.resource("aws_iam_role", "replication", b -> b
                .attr("count", on).blank()
                .attr("name", tmpl(var("bucket_name"), "-replication"))
                .attr("assume_role_policy", call("jsonencode", obj()
                        .put("Version", "2012-10-17")
                        .put("Statement", list(obj()
                                .put("Sid", S3Replication.TRUST_SID)
                                .put("Effect", "Allow")
                                .put("Principal", obj().put("Service", "s3.amazonaws.com").build())
                                .put("Action", "sts:AssumeRole").build())).build()))
                .attr("tags", var("tags")));
        m.resource("aws_iam_role_policy", "replication", b -> b
                .attr("count", on).blank()
                .attr("name", "replication")
                .attr("role", ref("aws_iam_role.replication[0].id"))
                .attr("policy", call("jsonencode", obj()
                        .put("Version", "2012-10-17")
                        .put("Statement", list(S3Replication.ROLE.stream().map(st -> statement(st.sid(), st.actions(),
                                list(on(st.on())))).toList())).build())));
        m.resource("aws_s3_bucket_replication_configuration", "this", b -> b
                .attr("count", on).blank()
                .attr("bucket", ref("aws_s3_bucket.this.id"))
                .attr("role", ref("aws_iam_role.replication[0].arn"))
                .block("rule", r -> r
                        .attr("id", S3Replication.RULE_ID)
                        .attr("status", "Enabled")
                        .block("filter", f -> f.attr("prefix", ""))
                        .block("delete_marker_replication", d -> d.attr("status", "Enabled"))
                        .block("destination", d -> d
                                .attr("bucket", ref("aws_s3_bucket.replica[0].arn"))
                                .attr("storage_class", var("replica_storage_class"))))
                .blank()
                .attr("depends_on", list(ref("aws_s3_bucket_versioning.this"), ref("aws_s3_bucket_versioning.replica"))));
    }

    private static Expr on(S3Replication.On on) {
        return switch (on) {
            case SOURCE_BUCKET -> ref("aws_s3_bucket.this.arn");
            case SOURCE_OBJECTS -> tmpl(ref("aws_s3_bucket.this.arn"), "/*");
            case REPLICA_OBJECTS -> tmpl(ref("aws_s3_bucket.replica[0].arn"), "/*");
            case SOURCE_KEY, REPLICA_KEY -> throw new IllegalArgumentException("the s3 module's replica is SSE-S3: " + on);
        };
    }

    private static Expr statement(String sid, java.util.List<String> actions, Expr resources) {
        return obj().put("Sid", sid).put("Effect", "Allow").put("Action", strings(actions)).put("Resource", resources).build();
    }

    static void cdn(TfModule m) {
        Expr on = cond(var("cdn_enabled"), num(1), num(0));
        m.data("aws_cloudfront_cache_policy", "optimized", b -> b
                .attr("count", on).blank()
                .attr("name", "Managed-CachingOptimized"));
        m.resource("aws_cloudfront_origin_access_control", "this", b -> b
                .attr("count", on).blank()
                .attr("name", var("bucket_name"))
                .attr("description", tmpl("Read access to ", var("bucket_name")))
                .attr("origin_access_control_origin_type", "s3")
                .attr("signing_behavior", "always")
                .attr("signing_protocol", "sigv4"));
        Expr defaultCert = op(var("cdn_certificate_arn"), "==", nul());
        m.resource("aws_cloudfront_distribution", "this", b -> b
                .attr("count", on).blank()
                .attr("enabled", true)
                .attr("is_ipv6_enabled", true)
                .attr("comment", var("bucket_name"))
                .attr("default_root_object", var("cdn_default_root_object"))
                .attr("aliases", var("cdn_aliases"))
                .attr("price_class", "PriceClass_100")
                .attr("tags", var("tags"))
                .block("origin", o -> o
                        .attr("origin_id", "s3")
                        .attr("domain_name", ref("aws_s3_bucket.this.bucket_regional_domain_name"))
                        .attr("origin_access_control_id", ref("aws_cloudfront_origin_access_control.this[0].id")))
                .block("default_cache_behavior", d -> d
                        .attr("target_origin_id", "s3")
                        .attr("viewer_protocol_policy", "redirect-to-https")
                        .attr("allowed_methods", strings(java.util.List.of("GET", "HEAD")))
                        .attr("cached_methods", strings(java.util.List.of("GET", "HEAD")))
                        .attr("compress", true)
                        .attr("cache_policy_id", ref("data.aws_cloudfront_cache_policy.optimized[0].id")))
                .block("restrictions", r -> r.block("geo_restriction", g -> g.attr("restriction_type", "none")))
                .block("viewer_certificate", v -> v
                        .attr("cloudfront_default_certificate", defaultCert)
                        .attr("acm_certificate_arn", var("cdn_certificate_arn"))
                        .attr("ssl_support_method", cond(defaultCert, nul(), str("sni-only")))
                        .attr("minimum_protocol_version", cond(defaultCert, str("TLSv1"), str("TLSv1.2_2021")))));
    }
}

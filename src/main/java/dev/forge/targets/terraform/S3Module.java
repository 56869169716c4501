package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.terraform.TfModule.check;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import java.util.List;

/**
 * {@code modules/s3}: a private bucket (public access blocked, owner-enforced, TLS only, encrypted, versioned),
 * CORS and lifecycle rules, optional cross-region replication and an optional CloudFront distribution
 * (see {@link S3Extras}).
 */
final class S3Module {

    static final String NAME = "s3";

    private S3Module() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "A private S3 bucket: all four public access block flags on, ACLs disabled"
                + " (bucket owner enforced), a bucket policy that refuses plain HTTP, versioning, server-side encryption"
                + " (SSE-S3, the AWS-managed KMS key, or a customer-managed key the module creates), CORS, lifecycle rules,"
                + " optional cross-region replication into a replica bucket (with its IAM role; pass the replica region's"
                + " provider as `aws.replica`) and an optional CloudFront distribution reading through origin access control.");
        m.awsAlias("replica");
        variables(m);
        Expr customer = op(var("encryption"), "==", str("customer-kms"));
        m.resource("aws_kms_key", "this", b -> b
                .attr("count", cond(customer, num(1), num(0))).blank()
                .attr("description", tmpl("S3 bucket ", var("bucket_name")))
                .attr("enable_key_rotation", true)
                .attr("deletion_window_in_days", 30)
                .attr("tags", var("tags")));
        m.resource("aws_s3_bucket", "this", b -> b
                .attr("bucket", var("bucket_name"))
                .attr("force_destroy", var("force_destroy"))
                .attr("tags", var("tags")));
        m.resource("aws_s3_bucket_public_access_block", "this", b -> publicAccessBlock(b, "aws_s3_bucket.this.id"));
        m.resource("aws_s3_bucket_ownership_controls", "this", b -> b
                .attr("bucket", ref("aws_s3_bucket.this.id"))
                .blank()
                .block("rule", r -> r.attr("object_ownership", "BucketOwnerEnforced")));
        m.resource("aws_s3_bucket_versioning", "this", b -> b
                .attr("bucket", ref("aws_s3_bucket.this.id"))
                .blank()
                .block("versioning_configuration", v -> v.attr("status", cond(var("versioning"), str("Enabled"), str("Suspended")))));
        m.resource("aws_s3_bucket_server_side_encryption_configuration", "this", b -> b
                .attr("bucket", ref("aws_s3_bucket.this.id"))
                .blank()
                .comment("FORGE rule: buckets encrypted at rest.")
                .block("rule", r -> r
                        .attr("bucket_key_enabled", op(var("encryption"), "!=", str("managed")))
                        .blank()
                        .block("apply_server_side_encryption_by_default", d -> d
                                .attr("sse_algorithm", cond(op(var("encryption"), "==", str("managed")), str("AES256"), str("aws:kms")))
                                .attr("kms_master_key_id", call("one", ref("aws_kms_key.this[*].arn"))))));
        m.locals(l -> l
                .attr("tls_only", list(obj()
                        .put("Sid", "DenyInsecureTransport")
                        .put("Effect", "Deny")
                        .put("Principal", "*")
                        .put("Action", "s3:*")
                        .put("Resource", list(ref("aws_s3_bucket.this.arn"), tmpl(ref("aws_s3_bucket.this.arn"), "/*")))
                        .put("Condition", obj().put("Bool", obj().put("aws:SecureTransport", "false").build()).build())
                        .build()))
                .attr("cloudfront_read", Hcl.forList("d", ref("aws_cloudfront_distribution.this"), obj()
                        .put("Sid", "AllowCloudFrontRead")
                        .put("Effect", "Allow")
                        .put("Principal", obj().put("Service", "cloudfront.amazonaws.com").build())
                        .put("Action", list(str("s3:GetObject")))
                        .put("Resource", list(tmpl(ref("aws_s3_bucket.this.arn"), "/*")))
                        .put("Condition", obj().put("StringEquals", obj().put("AWS:SourceArn", ref("d.arn")).build()).build())
                        .build())));
        m.resource("aws_s3_bucket_policy", "this", b -> b
                .attr("bucket", ref("aws_s3_bucket.this.id"))
                .comment("FORGE rule: buckets refuse requests without TLS.")
                .attr("policy", call("jsonencode", obj()
                        .put("Version", "2012-10-17")
                        .put("Statement", call("concat", ref("local.tls_only"), ref("local.cloudfront_read"))).build()))
                .blank()
                .attr("depends_on", list(ref("aws_s3_bucket_public_access_block.this"))));
        m.resource("aws_s3_bucket_cors_configuration", "this", b -> b
                .attr("count", cond(op(call("length", var("cors_rules")), ">", num(0)), num(1), num(0))).blank()
                .attr("bucket", ref("aws_s3_bucket.this.id"))
                .dynamic("cors_rule", var("cors_rules"), c -> c
                        .attr("allowed_origins", ref("cors_rule.value.allowed_origins"))
                        .attr("allowed_methods", ref("cors_rule.value.allowed_methods"))
                        .attr("allowed_headers", ref("cors_rule.value.allowed_headers"))
                        .attr("max_age_seconds", ref("cors_rule.value.max_age_seconds"))));
        m.resource("aws_s3_bucket_lifecycle_configuration", "this", b -> lifecycleRules(b
                .attr("count", cond(op(call("length", var("lifecycle_rules")), ">", num(0)), num(1), num(0))).blank()
                .attr("bucket", ref("aws_s3_bucket.this.id"))));
        S3Extras.replication(m);
        S3Extras.cdn(m);
        outputs(m);
        return m;
    }

    /** The lifecycle rules, one dynamic block: the bucket's, and its replica's (same expiry on both sides). */
    static dev.forge.emit.hcl.Body lifecycleRules(dev.forge.emit.hcl.Body b) {
        return b.dynamic("rule", var("lifecycle_rules"), c -> c
                .attr("id", ref("rule.value.id"))
                .attr("status", "Enabled")
                .block("filter", f -> f.attr("prefix", ref("rule.value.prefix")))
                .dynamic("expiration", cond(op(ref("rule.value.expiration_days"), "!=", nul()), list(num(1)), list()),
                        e -> e.attr("days", ref("rule.value.expiration_days")))
                .dynamic("noncurrent_version_expiration", cond(op(ref("rule.value.noncurrent_expiration_days"), "!=",
                        nul()), list(num(1)), list()), e -> e.attr("noncurrent_days", ref("rule.value.noncurrent_expiration_days")))
                .dynamic("transition", cond(op(ref("rule.value.transition_days"), "!=", nul()), list(num(1)), list()),
                        t -> t.attr("days", ref("rule.value.transition_days"))
                                .attr("storage_class", ref("rule.value.transition_storage_class")))
                .block("abort_incomplete_multipart_upload", a -> a
                        .attr("days_after_initiation", ref("rule.value.abort_incomplete_upload_days"))));
    }

    static void publicAccessBlock(dev.forge.emit.hcl.Body b, String bucketId) {
        b.attr("bucket", ref(bucketId))
                .blank()
                .comment("FORGE rule: buckets never public.")
                .attr("block_public_acls", true)
                .attr("block_public_policy", true)
                .attr("ignore_public_acls", true)
                .attr("restrict_public_buckets", true);
    }

    private static void variables(TfModule m) {
        m.required("bucket_name", Types.STRING, "Globally unique name of the bucket.",
                check(call("can", call("regex", str("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"), var("bucket_name"))),
                        "bucket_name must be 3-63 lowercase letters, digits, dots or hyphens."));
        m.optional("force_destroy", Types.BOOL, "Allow destroying the bucket while it holds objects.", bool(false));
        m.optional("versioning", Types.BOOL, "Keep every version of every object.", bool(true));
        m.optional("encryption", Types.STRING, "managed (SSE-S3), kms (AWS-managed key) or customer-kms (a new key).",
                str("managed"), check(call("contains", Hcl.strings(List.of("managed", "kms", "customer-kms")), var("encryption")),
                        "encryption must be managed, kms or customer-kms."));
        m.optional("cors_rules", Types.list(Types.object("allowed_origins", Types.STRINGS, "allowed_methods", Types.STRINGS,
                "allowed_headers", Types.STRINGS, "max_age_seconds", Types.NUMBER)), "CORS rules.", list());
        m.optional("lifecycle_rules", Types.list(Types.object("id", Types.STRING, "prefix", Types.STRING,
                        "expiration_days", Types.optional(Types.NUMBER), "noncurrent_expiration_days", Types.optional(Types.NUMBER),
                        "transition_days", Types.optional(Types.NUMBER), "transition_storage_class", Types.optional(Types.STRING),
                        "abort_incomplete_upload_days", Types.optional(Types.NUMBER, num(7)))),
                "Lifecycle rules (expiry, noncurrent expiry, one transition, multipart clean-up).", list());
        m.optional("replica_bucket_name", Types.STRING, "Name of the replica bucket in the aws.replica region (null: no replication).",
                nul(), check(op(op(var("replica_bucket_name"), "==", nul()), "||", var("versioning")),
                        "replication needs versioning."));
        m.optional("replica_storage_class", Types.STRING, "Storage class of replicas.", str("STANDARD"));
        m.optional("cdn_enabled", Types.BOOL, "Put a CloudFront distribution in front (origin access control).", bool(false));
        m.optional("cdn_default_root_object", Types.STRING, "Object served for the root path.", str("index.html"));
        m.optional("cdn_aliases", Types.STRINGS, "Custom domain names of the distribution.", list());
        m.optional("cdn_certificate_arn", Types.STRING, "ACM certificate (us-east-1) for cdn_aliases (null: CloudFront's).", nul());
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
    }

    private static void outputs(TfModule m) {
        m.output("bucket_name", "Name of the bucket.", ref("aws_s3_bucket.this.bucket"));
        m.output("bucket_arn", "ARN of the bucket.", ref("aws_s3_bucket.this.arn"));
        m.output("bucket_regional_domain_name", "Regional domain name of the bucket.", ref("aws_s3_bucket.this.bucket_regional_domain_name"));
        m.output("bucket_kms_key_arn", "ARN of the customer-managed key (null unless encryption is customer-kms).",
                call("one", ref("aws_kms_key.this[*].arn")));
        m.output("bucket_replica_arn", "ARN of the replica bucket (null without replication).",
                call("one", ref("aws_s3_bucket.replica[*].arn")));
        m.output("bucket_cdn_domain_name", "Domain name of the CloudFront distribution (null without one).",
                call("one", ref("aws_cloudfront_distribution.this[*].domain_name")));
        m.output("bucket_cdn_distribution_arn", "ARN of the CloudFront distribution (null without one).",
                call("one", ref("aws_cloudfront_distribution.this[*].arn")));
        m.output("bucket_cdn_distribution_id", "ID of the CloudFront distribution, for invalidations (null without one).",
                call("one", ref("aws_cloudfront_distribution.this[*].id")));
    }
}

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

import dev.forge.emit.hcl.Expr;
import dev.forge.platform.aws.ElbLogDelivery;

/**
 * The access-log bucket of a load balancer: private, SSE-S3 encrypted (the only encryption ALB log delivery
 * supports), TLS-only, logs expired after a retention, and a policy letting exactly the region's log delivery write
 * under {@code AWSLogs/<account>/}.
 */
final class LbAccessLogs {

    private LbAccessLogs() {
    }

    static void variables(TfModule m) {
        m.optional("access_logs", Types.BOOL, "Write an access log of every request to a bucket of its own.", bool(true));
        m.optional("access_log_bucket_name", Types.STRING, "Name of the access-log bucket.", nul());
        m.optional("access_log_retention_days", Types.NUMBER, "Days access logs are kept.", num(90));
        m.optional("elb_account_id", Types.STRING, "Elastic Load Balancing's account of the region (regions before"
                + " August 2022); null: the log delivery service principal writes.", nul());
        m.optional("force_destroy_logs", Types.BOOL, "Delete the log bucket with its logs on destroy (not production).",
                bool(false));
    }

    static void resources(TfModule m) {
        Expr count = cond(var("access_logs"), num(1), num(0));
        Expr bucket = ref("aws_s3_bucket.logs[0].id");
        m.resource("aws_s3_bucket", "logs", b -> b
                .attr("count", count).blank()
                .attr("bucket", var("access_log_bucket_name"))
                .attr("force_destroy", var("force_destroy_logs"))
                .attr("tags", var("tags")));
        m.resource("aws_s3_bucket_public_access_block", "logs", b -> b
                .attr("count", count).blank()
                .attr("bucket", bucket)
                .comment("FORGE-S3-001: no public access.")
                .attr("block_public_acls", true).attr("block_public_policy", true)
                .attr("ignore_public_acls", true).attr("restrict_public_buckets", true));
        m.resource("aws_s3_bucket_ownership_controls", "logs", b -> b
                .attr("count", count).blank()
                .attr("bucket", bucket)
                .block("rule", r -> r.attr("object_ownership", "BucketOwnerEnforced")));
        m.resource("aws_s3_bucket_server_side_encryption_configuration", "logs", b -> b
                .attr("count", count).blank()
                .attr("bucket", bucket)
                .comment("FORGE-S3-003: encrypted at rest; SSE-S3 is the one encryption ALB log delivery supports.")
                .block("rule", r -> r.block("apply_server_side_encryption_by_default", d -> d.attr("sse_algorithm", "AES256"))));
        m.resource("aws_s3_bucket_lifecycle_configuration", "logs", b -> b
                .attr("count", count).blank()
                .attr("bucket", bucket)
                .block("rule", r -> r.attr("id", "expire-access-logs").attr("status", "Enabled")
                        .block("filter", f -> f.attr("prefix", ""))
                        .block("expiration", e -> e.attr("days", var("access_log_retention_days")))));
        Expr byService = op(var("elb_account_id"), "==", nul());
        Expr writer = obj().putKey(cond(byService, str("Service"), str("AWS")), cond(byService, str(ElbLogDelivery.SERVICE),
                tmpl("arn:", ref("data.aws_partition.current.partition"), ":iam::", var("elb_account_id"), ":root"))).build();
        m.resource("aws_s3_bucket_policy", "logs", b -> b
                .comment("FORGE-S3-008: TLS only; the region's log delivery writes under AWSLogs/<account>/ only.")
                .attr("count", count).blank()
                .attr("bucket", bucket)
                .attr("policy", call("jsonencode", obj().put("Version", "2012-10-17").put("Statement", list(
                        obj().put("Sid", "DenyWithoutTls").put("Effect", "Deny").put("Principal", "*")
                                .put("Action", "s3:*")
                                .put("Resource", list(ref("aws_s3_bucket.logs[0].arn"), tmpl(ref("aws_s3_bucket.logs[0].arn"), "/*")))
                                .put("Condition", obj().put("Bool", obj().put("aws:SecureTransport", "false").build()).build())
                                .build(),
                        obj().put("Sid", "LoadBalancerLogDelivery").put("Effect", "Allow").put("Principal", writer)
                                .put("Action", "s3:PutObject")
                                .put("Resource", tmpl(ref("aws_s3_bucket.logs[0].arn"), "/AWSLogs/",
                                        ref("data.aws_caller_identity.current.account_id"), "/*")).build())).build()))
                .blank()
                .attr("depends_on", list(ref("aws_s3_bucket_public_access_block.logs"))));
        m.data("aws_caller_identity", "current", b -> { });
        m.data("aws_partition", "current", b -> { });
    }

}

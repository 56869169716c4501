package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
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

/** {@code modules/sqs}: a queue with its dead-letter queue and redrive policies. */
final class SqsModule {

    static final String NAME = "sqs";

    private SqsModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "An SQS queue (standard or FIFO) with a dead-letter queue that receives messages"
                + " after `max_receive_count` failed receives, encrypted with SQS-managed keys, the AWS-managed KMS key or"
                + " a customer-managed key the module creates.");
        Expr customer = op(var("encryption"), "==", str("customer-kms"));
        Expr suffix = cond(var("fifo"), str(".fifo"), str(""));
        m.required("name", Types.STRING, "Name of the queue (without .fifo).");
        m.optional("fifo", Types.BOOL, "First-in-first-out queue.", bool(false));
        m.optional("visibility_timeout_seconds", Types.NUMBER, "How long a received message stays hidden (0-43200).", num(30),
                check(op(op(var("visibility_timeout_seconds"), ">=", num(0)), "&&", op(var("visibility_timeout_seconds"), "<=",
                        num(43200))), "visibility_timeout_seconds must be 0-43200."));
        m.optional("message_retention_seconds", Types.NUMBER, "How long messages are kept (60-1209600).", num(345600),
                check(op(op(var("message_retention_seconds"), ">=", num(60)), "&&", op(var("message_retention_seconds"), "<=",
                        num(1209600))), "message_retention_seconds must be 60-1209600."));
        m.optional("max_receive_count", Types.NUMBER, "Receives before a message moves to the dead-letter queue.", num(5));
        m.optional("encryption", Types.STRING, "managed (SQS keys), kms (AWS-managed key) or customer-kms (a new key).",
                str("managed"), check(call("contains", Hcl.strings(List.of("managed", "kms", "customer-kms")), var("encryption")),
                        "encryption must be managed, kms or customer-kms."));
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
        m.resource("aws_kms_key", "this", b -> b
                .attr("count", cond(customer, num(1), num(0))).blank()
                .attr("description", tmpl("SQS queue ", var("name")))
                .attr("enable_key_rotation", true)
                .attr("deletion_window_in_days", 30)
                .attr("tags", var("tags")));
        m.locals(l -> l.attr("kms_master_key_id", cond(customer, call("one", ref("aws_kms_key.this[*].arn")),
                cond(op(var("encryption"), "==", str("kms")), str("alias/aws/sqs"), nul()))));
        for (String label : List.of("dead_letter", "this")) {
            boolean main = label.equals("this");
            m.resource("aws_sqs_queue", label, b -> {
                b.attr("name", main ? tmpl(var("name"), suffix) : tmpl(var("name"), "-dlq", suffix))
                        .attr("fifo_queue", var("fifo"))
                        .attr("message_retention_seconds", main ? var("message_retention_seconds") : num(1209600))
                        .comment("FORGE rule: queues encrypted at rest.")
                        .attr("sqs_managed_sse_enabled", op(var("encryption"), "==", str("managed")))
                        .attr("kms_master_key_id", ref("local.kms_master_key_id"))
                        .attr("tags", var("tags"));
                if (main) {
                    b.attr("visibility_timeout_seconds", var("visibility_timeout_seconds"))
                            .attr("redrive_policy", call("jsonencode", obj()
                                    .put("deadLetterTargetArn", ref("aws_sqs_queue.dead_letter.arn"))
                                    .put("maxReceiveCount", var("max_receive_count")).build()));
                }
            });
        }
        m.resource("aws_sqs_queue_redrive_allow_policy", "dead_letter", b -> b
                .attr("queue_url", ref("aws_sqs_queue.dead_letter.id"))
                .attr("redrive_allow_policy", call("jsonencode", obj()
                        .put("redrivePermission", "byQueue")
                        .put("sourceQueueArns", Hcl.list(ref("aws_sqs_queue.this.arn"))).build())));
        m.output("queue_name", "Name of the queue.", ref("aws_sqs_queue.this.name"));
        m.output("queue_url", "URL of the queue.", ref("aws_sqs_queue.this.url"));
        m.output("queue_arn", "ARN of the queue.", ref("aws_sqs_queue.this.arn"));
        m.output("queue_dead_letter_name", "Name of the dead-letter queue.", ref("aws_sqs_queue.dead_letter.name"));
        m.output("queue_dead_letter_arn", "ARN of the dead-letter queue.", ref("aws_sqs_queue.dead_letter.arn"));
        m.output("queue_kms_key_arn", "ARN of the customer-managed key (null unless encryption is customer-kms).",
                call("one", ref("aws_kms_key.this[*].arn")));
        return m;
    }
}

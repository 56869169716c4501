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

/** {@code modules/sns}: a topic (standard or FIFO), always encrypted at rest. */
final class SnsModule {

    static final String NAME = "sns";

    private SnsModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "An SNS topic (standard or FIFO with content-based deduplication), encrypted with"
                + " the AWS-managed aws/sns key or a customer-managed key the module creates with rotation. Subscriptions"
                + " and the permissions they need are in the environment root, next to the functions and queues.");
        Expr customer = op(var("encryption"), "==", str("customer-kms"));
        m.required("name", Types.STRING, "Name of the topic (without .fifo).");
        m.optional("fifo", Types.BOOL, "First-in-first-out topic.", bool(false));
        m.optional("encryption", Types.STRING, "managed or kms (the AWS-managed aws/sns key: SNS has no service-owned key)"
                        + " or customer-kms (a new key).", str("kms"),
                check(call("contains", Hcl.strings(List.of("managed", "kms", "customer-kms")), var("encryption")),
                        "encryption must be managed, kms or customer-kms."));
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
        m.resource("aws_kms_key", "this", b -> b
                .attr("count", cond(customer, num(1), num(0))).blank()
                .attr("description", tmpl("SNS topic ", var("name")))
                .attr("enable_key_rotation", true)
                .attr("deletion_window_in_days", 30)
                .attr("tags", var("tags")));
        m.resource("aws_sns_topic", "this", b -> b
                .attr("name", tmpl(var("name"), cond(var("fifo"), str(".fifo"), str(""))))
                .attr("fifo_topic", var("fifo"))
                .attr("content_based_deduplication", cond(var("fifo"), bool(true), nul()))
                .comment("FORGE rule: topics encrypted at rest.")
                .attr("kms_master_key_id", cond(customer, call("one", ref("aws_kms_key.this[*].arn")), str("alias/aws/sns")))
                .attr("tags", var("tags")));
        m.output("topic_name", "Name of the topic.", ref("aws_sns_topic.this.name"));
        m.output("topic_arn", "ARN of the topic.", ref("aws_sns_topic.this.arn"));
        m.output("topic_kms_key_arn", "ARN of the customer-managed key (null unless encryption is customer-kms).",
                call("one", ref("aws_kms_key.this[*].arn")));
        return m;
    }
}

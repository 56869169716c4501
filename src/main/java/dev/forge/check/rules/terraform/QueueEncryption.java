package dev.forge.check.rules.terraform;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-SQS-001: emitted queues are encrypted. */
public final class QueueEncryption extends TfRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-SQS-001", Levels.always(Severity.ERROR),
            "Queues are encrypted at rest",
            "Messages often carry personal data; server-side encryption (SQS-managed or KMS) keeps them "
                    + "encrypted at rest.",
            "This is Forge's guarantee: a target emitted a queue without encryption. Report it.",
            List.of("checkov CKV_AWS_27", "AWS FSBP SQS.1", "cdk-nag AwsSolutions-SQS2"));

    public QueueEncryption() {
        super("aws_sqs_queue", dev.forge.model.Kind.QUEUE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<Violation> check(ParsedArtifact a, HclBlock r) {
        boolean ok = Tf.is(r, "sqs_managed_sse_enabled", "true") || r.attribute("kms_master_key_id").isPresent();
        return ok ? Optional.empty() : Optional.of(Tf.at(r, r.address() + " sets neither sqs_managed_sse_enabled = true nor"
                + " kms_master_key_id"));
    }
}

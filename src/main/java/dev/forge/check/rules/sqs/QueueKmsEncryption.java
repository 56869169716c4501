package dev.forge.check.rules.sqs;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.Encryption;
import dev.forge.model.QueueSpec;
import java.util.List;

/** FORGE-SQS-002: queues encrypted with a KMS key (strict). */
public final class QueueKmsEncryption implements ResourceRule<QueueSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-SQS-002", Levels.prod(Severity.ERROR, Severity.WARNING),
            "Queues are encrypted with a KMS key",
            "SQS encrypts messages with SQS-owned keys by default (`encryption: managed`). A KMS key adds a "
                    + "key policy and an audit trail of each use.",
            "Set `encryption: kms` or `customer-kms`.",
            List.of("checkov CKV_AWS_27"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<QueueSpec> type() {
        return QueueSpec.class;
    }

    @Override
    public Result check(Subject<QueueSpec> r) {
        return Result.require(r.spec().encryption() != null && r.spec().encryption() != Encryption.MANAGED, "encryption",
                r.who() + " is encrypted with SQS-owned keys ('encryption: managed')");
    }

    @Override
    public List<String> reads() {
        return List.of("encryption");
    }
}

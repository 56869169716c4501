package dev.forge.check.rules.dynamodb;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.Encryption;
import dev.forge.model.TableSpec;
import java.util.List;

/** FORGE-DDB-003: tables encrypted at rest with a KMS key, not the AWS-owned key. */
public final class TableKmsEncryption implements ResourceRule<TableSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-DDB-003", Levels.prod(Severity.ERROR, Severity.WARNING),
            "Tables are encrypted at rest with a KMS key",
            "Every DynamoDB table is encrypted, but with `encryption: managed` the key is owned by AWS: no key policy"
                    + " limits who can decrypt, and key use is not in CloudTrail. A KMS key (AWS-managed or your own)"
                    + " gives both.",
            "Set `encryption: kms` (the default) or `customer-kms`.",
            List.of("checkov CKV_AWS_119", "seed 004 (server_side_encryption)"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<TableSpec> type() {
        return TableSpec.class;
    }

    @Override
    public Result check(Subject<TableSpec> t) {
        return Result.require(t.spec().encryption() != null && t.spec().encryption() != Encryption.MANAGED, "encryption",
                t.who() + " is encrypted with the AWS-owned key ('encryption: managed')");
    }

    @Override
    public List<String> reads() {
        return List.of("encryption");
    }
}

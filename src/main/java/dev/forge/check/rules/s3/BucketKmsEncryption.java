package dev.forge.check.rules.s3;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.BucketSpec;
import dev.forge.model.Encryption;
import java.util.List;

/** FORGE-S3-007: buckets encrypted with a KMS key (strict). */
public final class BucketKmsEncryption implements ResourceRule<BucketSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-S3-007", Levels.prod(Severity.ERROR, Severity.WARNING),
            "Buckets are encrypted with a KMS key",
            "S3 encrypts every object, with `encryption: managed` under S3-owned keys (SSE-S3). A KMS key "
                    + "adds a key policy that limits who can decrypt, and an audit trail of each use.",
            "Set `encryption: kms` or `customer-kms`.",
            List.of("checkov CKV_AWS_145"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<BucketSpec> type() {
        return BucketSpec.class;
    }

    @Override
    public Result check(Subject<BucketSpec> r) {
        return Result.require(r.spec().encryption() != null && r.spec().encryption() != Encryption.MANAGED, "encryption",
                r.who() + " is encrypted with S3-owned keys ('encryption: managed')");
    }

    @Override
    public List<String> reads() {
        return List.of("encryption");
    }
}

package dev.forge.check.rules.terraform;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-S3-003: emitted buckets are encrypted. */
public final class BucketEncryption extends TfRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-S3-003", Levels.always(Severity.ERROR),
            "Buckets are encrypted at rest",
            "Every bucket gets a server-side encryption configuration, so objects are encrypted at rest "
                    + "whatever the account default.",
            "This is Forge's guarantee: a target emitted a bucket without encryption. Report it.",
            List.of("checkov CKV_AWS_19", "seed 004 (server-side encryption)", "cdk-nag S3BucketServerSideEncryptionEnabled"));

    public BucketEncryption() {
        super("aws_s3_bucket", dev.forge.model.Kind.BUCKET);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<Violation> check(ParsedArtifact a, HclBlock r) {
        return Tf.companion(a, "aws_s3_bucket_server_side_encryption_configuration", "bucket", r).isPresent() ? Optional.empty()
                : Optional.of(Tf.at(r, r.address() + " has no aws_s3_bucket_server_side_encryption_configuration"));
    }
}

package dev.forge.check.rules.terraform;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-S3-001: emitted buckets block all public access. */
public final class BucketPublicAccessBlock extends TfRule {

    private static final List<String> FLAGS = List.of("block_public_acls", "block_public_policy", "ignore_public_acls",
            "restrict_public_buckets");

    static final RuleInfo INFO = new RuleInfo("FORGE-S3-001", Levels.always(Severity.ERROR),
            "Buckets block all public access",
            "A bucket with all four public-access-block flags on cannot be made public by an ACL or a bucket "
                    + "policy, by mistake or otherwise. The spec has no way to make a bucket public; this rule proves "
                    + "every emitted bucket has the block, with all four flags true.",
            "This is Forge's guarantee: a target emitted a bucket without the full block. Report it; never "
                    + "edit the generated file.",
            List.of("seed 004 (CRITICAL: block all public access, MANDATORY)", "checkov CKV_AWS_53", "checkov CKV_AWS_54", "checkov CKV_AWS_55", "checkov CKV_AWS_56", "AWS FSBP S3.8", "cdk-nag AwsSolutions-S2", "CIS AWS Foundations 2.1.4"));

    public BucketPublicAccessBlock() {
        super("aws_s3_bucket", dev.forge.model.Kind.BUCKET);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<Violation> check(ParsedArtifact a, HclBlock r) {
        var block = Tf.companion(a, "aws_s3_bucket_public_access_block", "bucket", r);
        if (block.isEmpty()) {
            return Optional.of(Tf.at(r, r.address() + " has no aws_s3_bucket_public_access_block"));
        }
        for (String flag : FLAGS) {
            if (!Tf.is(block.get(), flag, "true")) {
                return Optional.of(Tf.at(block.get(), flag, block.get().address() + " does not set " + flag + " = true"));
            }
        }
        return Optional.empty();
    }
}

package dev.forge.check.rules.terraform;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-S3-008: emitted buckets are TLS-only. */
public final class BucketTlsOnly extends TfRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-S3-008", Levels.always(Severity.ERROR),
            "Buckets refuse requests without TLS",
            "A bucket policy that denies every request where aws:SecureTransport is false keeps data from "
                    + "crossing the network in clear text, whoever the caller is.",
            "This is Forge's guarantee: a target emitted a bucket without the TLS-only policy. Report it.",
            List.of("AWS FSBP S3.5", "cdk-nag AwsSolutions-S10"));

    public BucketTlsOnly() {
        super("aws_s3_bucket", dev.forge.model.Kind.BUCKET);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<Violation> check(ParsedArtifact a, HclBlock r) {
        boolean tls = a.hclBlocks().stream().anyMatch(b -> Tf.refersTo(b.text(), r)
                && b.text().contains("aws:SecureTransport"));
        return tls ? Optional.empty() : Optional.of(Tf.at(r, r.address() + " has no policy denying requests without TLS"
                + " (aws:SecureTransport)"));
    }
}

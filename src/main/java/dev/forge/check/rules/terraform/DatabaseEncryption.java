package dev.forge.check.rules.terraform;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-RDS-001: emitted databases are encrypted. */
public final class DatabaseEncryption extends TfRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-RDS-001", Levels.always(Severity.ERROR),
            "Databases are encrypted at rest",
            "An RDS instance's storage, snapshots and replicas are encrypted only if storage_encrypted is "
                    + "set when it is created; it cannot be turned on later.",
            "This is Forge's guarantee: a target emitted a database without storage encryption. Report it.",
            List.of("checkov CKV_AWS_16", "AWS FSBP RDS.3", "cdk-nag AwsSolutions-RDS2", "CIS AWS Foundations 2.3.1"));

    public DatabaseEncryption() {
        super("aws_db_instance", dev.forge.model.Kind.DATABASE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<Violation> check(ParsedArtifact a, HclBlock r) {
        return Tf.is(r, "storage_encrypted", "true") ? Optional.empty()
                : Optional.of(Tf.at(r, "storage_encrypted", r.address() + " does not set storage_encrypted = true"));
    }
}

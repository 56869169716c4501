package dev.forge.check.rules.rds;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.check.rules.terraform.EmittedSetting;
import dev.forge.check.rules.terraform.ReadsEmittedSetting;
import dev.forge.diag.Severity;
import dev.forge.model.DatabaseSpec;
import java.util.List;

/** FORGE-RDS-004: database deletion protection in production. */
public final class DatabaseDeletionProtection implements ResourceRule<DatabaseSpec>, ReadsEmittedSetting {

    private static final EmittedSetting EMITTED = new EmittedSetting("aws_db_instance", "rds_postgres",
            java.util.List.of(EmittedSetting.isTrue("deletion_protection", "deletion_protection"),
                    new EmittedSetting.Check("final_snapshot_identifier", "final_snapshot", "true"::equals, "true")));

    static final RuleInfo INFO = new RuleInfo("FORGE-RDS-004", Levels.prod(Severity.ERROR, Severity.INFO),
            "Databases refuse deletion in production",
            "Deletion protection makes RDS refuse to delete the instance, so a mistaken destroy cannot drop "
                    + "production data.",
            "Remove `deletion-protection: false` (it defaults to true in production).",
            List.of("checkov CKV_AWS_293", "AWS FSBP RDS.8", "cdk-nag AwsSolutions-RDS10"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<DatabaseSpec> type() {
        return DatabaseSpec.class;
    }

    @Override
    public Result check(Subject<DatabaseSpec> r) {
        return Result.require(Boolean.TRUE.equals(r.spec().deletionProtection()), "deletion-protection",
                r.who() + " can be deleted ('deletion-protection: false')");
    }

    @Override
    public List<String> reads() {
        return List.of("deletion-protection");
    }

    /** The emitted Terraform: the module's resource sets it, and every environment's call gives it a compliant value. */
    @Override
    public EmittedSetting emitted() {
        return EMITTED;
    }
}

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
import dev.forge.model.Duration;
import java.util.List;

/** FORGE-RDS-003: database backups kept at least 7 days. */
public final class DatabaseBackups implements ResourceRule<DatabaseSpec>, ReadsEmittedSetting {

    private static final EmittedSetting EMITTED = new EmittedSetting("aws_db_instance", "rds_postgres",
            java.util.List.of(EmittedSetting.atLeast("backup_retention_period", "backup_retention_period", 7)));

    static final RuleInfo INFO = new RuleInfo("FORGE-RDS-003", Levels.prod(Severity.ERROR, Severity.INFO),
            "Databases keep automated backups for at least 7 days",
            "Automated backups with point-in-time restore are the way back from a bad migration or deleted "
                    + "rows; with retention 0 there are none, and fewer than 7 days often miss a problem noticed late.",
            "Set `backup-retention` to at least 7d (production defaults to 14d).",
            List.of("checkov CKV_AWS_133", "AWS FSBP RDS.11"));

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
        Duration kept = r.spec().backupRetention();
        return Result.require(kept != null && kept.days() >= 7, "backup-retention",
                r.who() + " keeps backups for '" + kept + "', less than 7 days");
    }

    @Override
    public List<String> reads() {
        return List.of("backup-retention");
    }

    /** The emitted Terraform: the module's resource sets it, and every environment's call gives it a compliant value. */
    @Override
    public EmittedSetting emitted() {
        return EMITTED;
    }
}

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

/** FORGE-RDS-002: multi-AZ databases in production. */
public final class DatabaseMultiAz implements ResourceRule<DatabaseSpec>, ReadsEmittedSetting {

    private static final EmittedSetting EMITTED = new EmittedSetting("aws_db_instance", "rds_postgres",
            java.util.List.of(EmittedSetting.isTrue("multi_az", "multi_az")));

    static final RuleInfo INFO = new RuleInfo("FORGE-RDS-002", Levels.prod(Severity.ERROR, Severity.INFO),
            "Production databases have a standby in another zone",
            "A multi-AZ database keeps a synchronous standby in a second availability zone and fails over to "
                    + "it in a minute or two; a single instance is down for as long as its zone is.",
            "Remove `multi-az: false` (it defaults to true in production).",
            List.of("checkov CKV_AWS_157", "AWS FSBP RDS.5", "seed 003 (multi-AZ for production)"));

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
        return Result.require(Boolean.TRUE.equals(r.spec().multiAz()), "multi-az",
                r.who() + " has no standby in another availability zone ('multi-az: false')");
    }

    @Override
    public List<String> reads() {
        return List.of("multi-az");
    }

    /** The emitted Terraform: the module's resource sets it, and every environment's call gives it a compliant value. */
    @Override
    public EmittedSetting emitted() {
        return EMITTED;
    }
}

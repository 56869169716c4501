package dev.forge.check.rules.rds;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.DatabaseSpec;
import java.util.List;

/** FORGE-RDS-004: database deletion protection in production. */
public final class DatabaseDeletionProtection implements ResourceRule<DatabaseSpec> {

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
}

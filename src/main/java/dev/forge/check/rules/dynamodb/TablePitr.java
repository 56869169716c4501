package dev.forge.check.rules.dynamodb;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.TableSpec;
import java.util.List;

/** FORGE-DDB-002: point-in-time recovery on every table (seed 004: MANDATORY). */
public final class TablePitr implements ResourceRule<TableSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-DDB-002", Levels.always(Severity.ERROR),
            "Tables have point-in-time recovery on",
            "Point-in-time recovery keeps 35 days of continuous backups, so a bad deploy or a deleted item can be"
                    + " undone to the second. Without it a table can only be restored from on-demand backups, if any.",
            "Remove `pitr: false` (it defaults to true).",
            List.of("checkov CKV_AWS_28", "cdk-nag AwsSolutions-DDB3", "AWS FSBP DynamoDB.2"));

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
        return Result.require(Boolean.TRUE.equals(t.spec().pitr()), "pitr",
                t.who() + " has point-in-time recovery off ('pitr: false')");
    }

    @Override
    public List<String> reads() {
        return List.of("pitr");
    }
}

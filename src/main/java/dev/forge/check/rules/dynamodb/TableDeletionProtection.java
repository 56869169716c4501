package dev.forge.check.rules.dynamodb;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.TableSpec;
import java.util.List;

/** FORGE-DDB-004: deletion protection on tables in production. */
public final class TableDeletionProtection implements ResourceRule<TableSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-DDB-004", Levels.prod(Severity.ERROR, Severity.INFO),
            "Tables refuse deletion in production",
            "Deletion protection makes DynamoDB refuse DeleteTable, so a mistaken `terraform destroy` or a renamed"
                    + " resource cannot drop production data.",
            "Remove `deletion-protection: false` (it defaults to true in production).",
            List.of("AWS FSBP DynamoDB.6"));

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
        return Result.require(Boolean.TRUE.equals(t.spec().deletionProtection()), "deletion-protection",
                t.who() + " can be deleted ('deletion-protection: false')");
    }

    @Override
    public List<String> reads() {
        return List.of("deletion-protection");
    }
}

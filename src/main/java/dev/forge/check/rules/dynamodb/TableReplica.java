package dev.forge.check.rules.dynamodb;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.TableSpec;
import java.util.List;

/** FORGE-DDB-005: a global-table replica in another region for production tables (seed 004: DR). */
public final class TableReplica implements ResourceRule<TableSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-DDB-005", Levels.prod(Severity.WARNING, Severity.INFO),
            "Production tables have a replica in another region",
            "A global-table replica keeps a live copy of the data in a second region, so a regional outage does not"
                    + " take the data (or the app) with it.",
            "Add `replicas: [REGION]` for the production environment (under `environments: { prod: ... }`).",
            List.of("seed 004 (global tables for DR, prod only)"));

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
        return Result.require(t.spec().replicas() != null && !t.spec().replicas().isEmpty(), "replicas",
                t.who() + " has no replica in another region");
    }

    @Override
    public List<String> reads() {
        return List.of("replicas");
    }
}

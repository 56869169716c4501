package dev.forge.check.rules.tags;

import dev.forge.check.EnvironmentRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.diag.Severity;
import dev.forge.resolve.ResolvedEnv;
import java.util.List;

/** FORGE-TAG-002: cost-centre tag (strict). */
public final class CostCentreTag implements EnvironmentRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-TAG-002", Levels.prod(Severity.WARNING, Severity.WARNING),
            "Resources carry a cost-centre tag",
            "A cost-centre tag lets billing reports split the bill by team without guessing.",
            "Add `cost-centre: CODE` at the top of the spec (or a `cost-centre` tag).",
            List.of("seed 003 (cost allocation tracking by environment and service)"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Result check(ResolvedEnv env) {
        String cc = env.environment().tags().get("cost-centre");
        return Result.require(cc != null && !cc.isBlank(), "app", "resources in '" + env.name() + "' have no cost-centre tag");
    }

    @Override
    public List<String> reads() {
        return List.of("cost-centre");
    }
}

package dev.forge.check.rules.tags;

import dev.forge.check.EnvironmentRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.diag.Severity;
import dev.forge.resolve.ResolvedEnv;
import java.util.List;

/** FORGE-TAG-001: required tags present. */
public final class OwnerTag implements EnvironmentRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-TAG-001", Levels.prod(Severity.ERROR, Severity.WARNING),
            "Resources carry an owner tag",
            "Every resource is tagged with app, environment and managed-by; the owner tag says who to call "
                    + "about it and who pays. Without it, orphaned resources cannot be traced to a team.",
            "Add `owner: TEAM` at the top of the spec (or an `owner` tag).",
            List.of("AWS tagging best practices", "seed 003 (resource tagging for cost tracking)"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Result check(ResolvedEnv env) {
        String owner = env.environment().tags().get("owner");
        return Result.require(owner != null && !owner.isBlank(), "app", "resources in '" + env.name() + "' have no owner tag");
    }

    @Override
    public List<String> reads() {
        return List.of("owner");
    }
}

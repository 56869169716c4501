package dev.forge.check.rules.logs;

import dev.forge.check.EnvironmentRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.diag.Severity;
import dev.forge.model.Duration;
import dev.forge.resolve.ResolvedEnv;
import java.util.List;

/** FORGE-LOG-002: bounded log retention outside production. */
public final class LogRetentionBounded implements EnvironmentRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-LOG-002", Levels.prod(Severity.WARNING, Severity.WARNING),
            "Logs outside production are kept at most a year",
            "Logs kept forever (or for years) outside production cost money and hold personal data no one "
                    + "needs; CloudWatch keeps them until told otherwise.",
            "Set `monitoring: { log-retention: 30d }` (or up to 365d) for non-production environments.",
            List.of("checkov CKV_AWS_66"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Result check(ResolvedEnv env) {
        Duration kept = env.spec().monitoring().logRetention();
        if (env.environment().production()) {
            return Result.notApplicable();
        }
        return Result.require(kept != null && kept.days() <= 365, "monitoring.log-retention",
                "environment '" + env.name() + "' keeps logs for '" + kept + "', more than a year");
    }

    @Override
    public List<String> reads() {
        return List.of("monitoring.log-retention");
    }
}

package dev.forge.check.rules.logs;

import dev.forge.check.EnvironmentRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.diag.Severity;
import dev.forge.model.Duration;
import dev.forge.resolve.ResolvedEnv;
import java.util.List;

/** FORGE-LOG-003: a year of production logs (strict). */
public final class LogRetentionOneYear implements EnvironmentRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-LOG-003", Levels.prod(Severity.WARNING, Severity.INFO),
            "Production logs are kept for a year",
            "Audits and slow-burning security incidents look back months; many standards ask for a year of "
                    + "logs.",
            "Set `monitoring: { environments: { prod: { log-retention: 365d } } }`.",
            List.of("checkov CKV_AWS_338"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Result check(ResolvedEnv env) {
        Duration kept = env.spec().monitoring().logRetention();
        if (!env.environment().production()) {
            return Result.notApplicable();
        }
        return Result.require(kept != null && kept.days() >= 365, "monitoring.log-retention",
                "environment '" + env.name() + "' keeps logs for '" + kept + "', less than a year");
    }

    @Override
    public List<String> reads() {
        return List.of("monitoring.log-retention");
    }
}

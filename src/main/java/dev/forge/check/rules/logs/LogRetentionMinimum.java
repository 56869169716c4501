package dev.forge.check.rules.logs;

import dev.forge.check.EnvironmentRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.diag.Severity;
import dev.forge.model.Duration;
import dev.forge.resolve.ResolvedEnv;
import java.util.List;

/** FORGE-LOG-001: production log retention. */
public final class LogRetentionMinimum implements EnvironmentRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-LOG-001", Levels.prod(Severity.ERROR, Severity.INFO),
            "Production logs are kept for at least 30 days",
            "Incidents and security reviews look back weeks: production logs kept for less than 30 days are "
                    + "gone before anyone asks for them.",
            "Set `monitoring: { environments: { prod: { log-retention: 30d } } }` or longer.",
            List.of("checkov CKV_AWS_66", "seed 004 (90 days in prod)"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Result check(ResolvedEnv env) {
        Duration kept = env.spec().monitoring().logRetention();
        return Result.require(kept != null && kept.days() >= 30, "monitoring.log-retention",
                "environment '" + env.name() + "' keeps logs for '" + kept + "', less than 30 days");
    }

    @Override
    public List<String> reads() {
        return List.of("monitoring.log-retention");
    }
}

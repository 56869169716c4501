package dev.forge.check.rules.logs;

import dev.forge.check.EnvironmentRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.diag.Severity;
import dev.forge.resolve.ResolvedEnv;
import java.util.List;

/** FORGE-MON-001: alarms wired to a topic with a subscriber. */
public final class AlarmsNotify implements EnvironmentRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-MON-001", Levels.prod(Severity.ERROR, Severity.INFO),
            "Alarms reach a person",
            "Alarms go to the environment's alert topic; a topic with no subscriber, or alarms turned off, "
                    + "means an outage is noticed by users first.",
            "Add `alerts: { email: ops@example.com }` to the environment, and keep "
                    + "`monitoring.alarms.enabled` true.",
            List.of("CIS AWS Foundations 4.x (metric filters and alarms)", "seed 004 (SNS topic and subscription)"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Result check(ResolvedEnv env) {
        if (!Boolean.TRUE.equals(env.spec().monitoring().alarms().enabled())) {
            return Result.fail(Violation.at("monitoring.alarms.enabled", "environment:" + env.name(),
                    "environment '" + env.name() + "' has alarms turned off ('enabled: false')"));
        }
        return env.environment().alertEmails().isEmpty()
                ? Result.fail(Violation.at("environments." + env.name(), "environment:" + env.name(),
                        "environment '" + env.name() + "' sends alarms to no one (no `alerts: { email: ... }`)"))
                : Result.compliant();
    }

    @Override
    public List<String> reads() {
        return List.of("monitoring.alarms.enabled", "environments.*.alerts.email");
    }
}

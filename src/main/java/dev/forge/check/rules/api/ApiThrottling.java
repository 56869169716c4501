package dev.forge.check.rules.api;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.ApiSpec;
import java.util.List;

/** FORGE-API-002: API throttling set and bounded. */
public final class ApiThrottling implements ResourceRule<ApiSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-API-002", Levels.prod(Severity.WARNING, Severity.WARNING),
            "API throttling stays below the account limit",
            "API Gateway throttles every API of an account and region together at 10,000 requests per "
                    + "second. An API allowed more can exhaust that shared limit and take the other APIs down with it.",
            "Set `throttling: { rate: N, burst: M }` with N at most 10000 and M at least N.",
            List.of("AWS API Gateway quotas (10,000 rps per account and region)"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<ApiSpec> type() {
        return ApiSpec.class;
    }

    @Override
    public Result check(Subject<ApiSpec> r) {
        var t = r.spec().throttling();
        if (t == null || t.rate() == null) {
            return Result.fail(dev.forge.check.Violation.at("throttling", r.who() + " has no throttling"));
        }
        return Result.require(t.rate() <= 10_000 && (t.burst() == null || t.burst() >= t.rate()), "throttling",
                r.who() + " throttles at rate '" + t.rate() + "', burst '" + t.burst() + "' (rate above 10000 or burst below rate)");
    }

    @Override
    public List<String> reads() {
        return List.of("throttling.rate", "throttling.burst");
    }
}

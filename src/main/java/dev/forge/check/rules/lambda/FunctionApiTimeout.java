package dev.forge.check.rules.lambda;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.ApiType;
import dev.forge.model.FunctionSpec;
import java.util.List;

/** FORGE-FN-001: functions behind an HTTP API time out within its hard 30-second integration limit. */
public final class FunctionApiTimeout implements ResourceRule<FunctionSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-FN-001", Levels.always(Severity.ERROR),
            "Functions behind an HTTP API time out before the API does",
            "API Gateway HTTP APIs give up on an integration after 30 seconds, a hard limit. A function allowed to"
                    + " run longer keeps working, and billing, for a caller that already got a 503. (REST APIs: see"
                    + " FORGE-FN-005.)",
            "Lower the function's `timeout` to 30s or less, or move the slow work behind a queue.",
            List.of("AWS API Gateway quotas (HTTP API integration timeout, 30 s, not adjustable)"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<FunctionSpec> type() {
        return FunctionSpec.class;
    }

    @Override
    public Result check(Subject<FunctionSpec> r) {
        return ApiTimeouts.check(r, ApiType.HTTP, 30, "");
    }

    @Override
    public List<String> reads() {
        return List.of("timeout");
    }
}

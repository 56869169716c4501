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

/** FORGE-FN-005: functions behind a REST API beyond its default 29-second limit need a quota increase. */
public final class FunctionRestApiTimeout implements ResourceRule<FunctionSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-FN-005", Levels.always(Severity.WARNING),
            "Functions behind a REST API fit its integration timeout",
            "REST APIs give up on an integration after 29 seconds by default. For regional REST APIs the limit can"
                    + " be raised with a service-quota increase (which also lowers the account's throttle quota);"
                    + " without one, a longer-running function keeps working for a caller that already got a 504.",
            "Lower the function's `timeout` to 29s, move the slow work behind a queue, or request the quota"
                    + " increase and suppress this rule for the function with that as the reason.",
            List.of("AWS API Gateway quotas (REST API integration timeout, 29 s by default)"));

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
        return ApiTimeouts.check(r, ApiType.REST, 29, " unless its integration-timeout quota is raised");
    }

    @Override
    public List<String> reads() {
        return List.of("timeout");
    }
}

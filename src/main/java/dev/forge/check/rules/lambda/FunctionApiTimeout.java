package dev.forge.check.rules.lambda;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.check.Violation;
import dev.forge.diag.Severity;
import dev.forge.model.ApiType;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Ref;
import java.util.List;

/** FORGE-FN-001: function timeout within the API integration limit. */
public final class FunctionApiTimeout implements ResourceRule<FunctionSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-FN-001", Levels.always(Severity.ERROR),
            "Functions behind an API time out before the API does",
            "API Gateway gives up on an integration after 30 seconds (HTTP APIs) or 29 seconds (REST APIs). "
                    + "A function allowed to run longer keeps working, and billing, for a caller that already got a "
                    + "503.",
            "Lower the function's `timeout` to the API's limit, or move the slow work behind a queue.",
            List.of("AWS API Gateway integration timeout quotas"));

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
        Ref self = r.ref();
        for (var api : r.env().spec().apis().entrySet()) {
            long limit = api.getValue().type() == ApiType.REST ? 29 : 30;
            boolean routed = api.getValue().routes().values().stream().anyMatch(rt -> self.equals(rt.to()));
            if (routed && r.spec().timeout() != null && r.spec().timeout().millis() > limit * 1000) {
                return Result.fail(Violation.at("timeout", r.who() + " times out after '" + r.spec().timeout() + "', but api '"
                        + api.getKey() + "' gives up after " + limit + "s"));
            }
        }
        return Result.compliant();
    }
}

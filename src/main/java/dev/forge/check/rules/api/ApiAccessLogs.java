package dev.forge.check.rules.api;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.ApiSpec;
import java.util.List;

/** FORGE-API-004: API access logs on. */
public final class ApiAccessLogs implements ResourceRule<ApiSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-API-004", Levels.prod(Severity.ERROR, Severity.WARNING),
            "APIs write access logs",
            "An access log records every request (caller, route, status, latency); it is the first thing an "
                    + "incident or abuse investigation needs.",
            "Remove `access-logs: false` (it defaults to true).",
            List.of("checkov CKV_AWS_76", "checkov CKV_AWS_95", "AWS FSBP APIGateway.1", "cdk-nag AwsSolutions-APIG1"));

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
        return Result.require(Boolean.TRUE.equals(r.spec().accessLogs()), "access-logs",
                r.who() + " writes no access log ('access-logs: false')");
    }

    @Override
    public List<String> reads() {
        return List.of("access-logs");
    }
}

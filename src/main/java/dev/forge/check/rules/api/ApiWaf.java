package dev.forge.check.rules.api;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import java.util.List;

/** FORGE-API-005: WAF on production REST APIs and load balancers. */
public final class ApiWaf implements ResourceRule<ApiSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-API-005", Levels.prod(Severity.WARNING, Severity.INFO),
            "Production REST APIs and load balancers have a firewall",
            "A web application firewall blocks common exploits and abusive clients before they reach the "
                    + "code. (HTTP APIs cannot have one attached; put a CDN with a firewall in front instead.)",
            "Remove `waf: false` (it defaults to true in production).",
            List.of("checkov CKV2_AWS_29", "AWS FSBP APIGateway.4", "cdk-nag AwsSolutions-APIG3"));

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
        if (r.spec().type() == ApiType.HTTP) {
            return Result.notApplicable();
        }
        return Result.require(Boolean.TRUE.equals(r.spec().waf()), "waf", r.who() + " has no web application firewall ('waf: false')");
    }

    @Override
    public List<String> reads() {
        return List.of("waf");
    }
}

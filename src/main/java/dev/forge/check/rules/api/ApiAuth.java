package dev.forge.check.rules.api;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.AuthSpec;
import dev.forge.model.AuthType;
import java.util.List;

/** FORGE-API-001: authentication unless public with a reason. */
public final class ApiAuth implements ResourceRule<ApiSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-API-001", Levels.always(Severity.ERROR),
            "APIs authenticate callers unless declared public with a reason",
            "An API without authentication can be called by anyone on the internet. Some APIs are public on "
                    + "purpose; say so with a reason a reviewer can judge, so the decision is recorded and visible in "
                    + "every report.",
            "Set `auth: jwt` or `auth: cognito`, or keep `auth: { type: none, reason: \"why it is public\" }`.",
            List.of("checkov CKV_AWS_59", "checkov CKV_AWS_309", "cdk-nag AwsSolutions-APIG4"));

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
        if (r.spec().type() == ApiType.LOADBALANCER) {
            return Result.notApplicable(); // a load balancer cannot authenticate: the services behind it do
        }
        AuthSpec auth = r.spec().auth();
        if (auth != null && auth.type() != AuthType.NONE) {
            return Result.compliant();
        }
        String reason = auth == null || auth.reason() == null ? "" : auth.reason().trim();
        return Result.require(reason.split("\\s+").length >= 3, "auth",
                r.who() + " has no authentication and no reason for being public ('" + reason + "')");
    }

    @Override
    public List<String> reads() {
        return List.of("auth.type");
    }
}

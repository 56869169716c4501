package dev.forge.check.rules.api;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.ApiSpec;
import java.util.List;

/** FORGE-API-003: CORS origins listed in production. */
public final class ApiCorsOrigins implements ResourceRule<ApiSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-API-003", Levels.prod(Severity.ERROR, Severity.INFO),
            "Production APIs list their CORS origins",
            "CORS origin '*' lets any web page call the API from a visitor's browser. In production, name "
                    + "the front ends that may call it.",
            "List the allowed origins, e.g. `cors: { origins: [https://app.example.com] }` under "
                    + "`environments: { prod: ... }`.",
            List.of("OWASP ASVS 14.5.3"));

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
        var cors = r.spec().cors();
        if (cors == null || cors.origins() == null) {
            return Result.notApplicable();
        }
        return Result.require(!cors.origins().contains("*"), "cors.origins",
                r.who() + " allows CORS from any origin ('*')");
    }

    @Override
    public List<String> reads() {
        return List.of("cors.origins");
    }
}

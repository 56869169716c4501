package dev.forge.check.rules.ci;

import dev.forge.check.EnvironmentRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.diag.Severity;
import dev.forge.resolve.ResolvedEnv;
import java.util.List;

/** FORGE-CI-001: OIDC instead of long-lived keys. */
public final class CiOidc implements EnvironmentRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-CI-001", Levels.always(Severity.ERROR),
            "CI authenticates to the cloud with OIDC",
            "Long-lived access keys stored as CI secrets leak, and keep working after they leak. OIDC gives "
                    + "each workflow run short-lived credentials for one role, trusted only for this repository.",
            "Remove `oidc: false` under `ci:` (it defaults to true).",
            List.of("GitHub security hardening for Actions (OIDC)", "seed 002 (GitHub OIDC)"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Result check(ResolvedEnv env) {
        var ci = env.spec().ci();
        if (ci == null) {
            return Result.notApplicable();
        }
        return Boolean.TRUE.equals(ci.oidc()) ? Result.compliant()
                : Result.fail(Violation.at("ci.oidc", "ci", "CI deploys with long-lived keys ('oidc: false')"));
    }

    @Override
    public List<String> reads() {
        return List.of("ci.oidc");
    }
}

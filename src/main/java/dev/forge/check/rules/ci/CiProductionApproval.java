package dev.forge.check.rules.ci;

import dev.forge.check.EnvironmentRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.diag.Severity;
import dev.forge.resolve.ResolvedEnv;
import java.util.List;

/** FORGE-CI-002: approval for production deployments. */
public final class CiProductionApproval implements EnvironmentRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-CI-002", Levels.always(Severity.ERROR),
            "Deployments to production need a person's approval",
            "A production deployment that no person approves ships whatever merged last, including a "
                    + "compromised dependency or a bad migration.",
            "Remove `approval: false` from the production environment, and list it under `ci.approvals` if "
                    + "that list is written.",
            List.of("seed 003 (deployment approval processes for production)"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Result check(ResolvedEnv env) {
        var ci = env.spec().ci();
        if (!env.environment().production()) {
            return Result.notApplicable();
        }
        if (!env.environment().approval()) {
            return Result.fail(Violation.at("environments." + env.name() + ".approval", "environment:" + env.name(),
                    "production environment '" + env.name() + "' deploys without approval ('approval: false')"));
        }
        if (ci != null && ci.approvals() != null && !ci.approvals().contains(env.name())) {
            return Result.fail(Violation.at("ci.approvals", "ci", "`ci.approvals` does not list production environment '"
                    + env.name() + "'"));
        }
        return Result.compliant();
    }

    @Override
    public List<String> reads() {
        return List.of("environments.*.approval", "ci.approvals");
    }
}

package dev.forge.check.rules.lambda;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.FunctionSpec;
import java.util.List;

/** FORGE-FN-003: function tracing on. */
public final class FunctionTracing implements ResourceRule<FunctionSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-FN-003", Levels.prod(Severity.WARNING, Severity.WARNING),
            "Functions are traced",
            "X-Ray tracing shows where each request spends its time across functions, APIs and AWS calls; "
                    + "without it a slow or failing chain of calls is guesswork.",
            "Remove `tracing: false` (it defaults to true).",
            List.of("checkov CKV_AWS_50"));

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
        return Result.require(Boolean.TRUE.equals(r.spec().tracing()), "tracing",
                r.who() + " is not traced ('tracing: false')");
    }

    @Override
    public List<String> reads() {
        return List.of("tracing");
    }
}

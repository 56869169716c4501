package dev.forge.check.rules.lambda;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Ref;
import java.util.List;

/** FORGE-FN-002: DLQ for asynchronously invoked functions. */
public final class FunctionDeadLetterQueue implements ResourceRule<FunctionSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-FN-002", Levels.prod(Severity.ERROR, Severity.WARNING),
            "Functions invoked asynchronously keep failed events",
            "An asynchronous invocation that fails its retries is dropped unless a dead-letter queue keeps "
                    + "it. Functions only an API calls are synchronous (the caller sees the error), so the rule does "
                    + "not apply to them.",
            "Remove `dlq: false` (it defaults to true).",
            List.of("checkov CKV_AWS_116"));

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
        boolean onlyBehindApi = !r.env().apisRouting(self).isEmpty() && r.env().grantsOn(self).isEmpty();
        if (onlyBehindApi) {
            return Result.notApplicable();
        }
        return Result.require(Boolean.TRUE.equals(r.spec().dlq()), "dlq",
                r.who() + " drops failed asynchronous events ('dlq: false')");
    }

    @Override
    public List<String> reads() {
        return List.of("dlq");
    }
}

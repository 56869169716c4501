package dev.forge.check.rules.lambda;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.FunctionSpec;
import java.util.List;

/** FORGE-FN-004: reserved concurrency in production. */
public final class FunctionReservedConcurrency implements ResourceRule<FunctionSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-FN-004", Levels.prod(Severity.WARNING, Severity.INFO),
            "Production functions reserve their concurrency",
            "Reserved concurrency guarantees a function its share of the account's concurrency and caps it, "
                    + "so one runaway function can neither starve the others nor scale a downstream database or bill "
                    + "without bound.",
            "Set `reserved-concurrency: N` for production (e.g. under `environments: { prod: ... }`).",
            List.of("checkov CKV_AWS_115"));

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
        return Result.require(r.spec().reservedConcurrency() != null, "reserved-concurrency",
                r.who() + " reserves no concurrency");
    }

    @Override
    public List<String> reads() {
        return List.of("reserved-concurrency");
    }
}

package dev.forge.check.rules.lambda;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Ref;
import dev.forge.model.TriggerSpec;
import java.util.List;

/** FORGE-FN-002: DLQ for asynchronously invoked functions. */
public final class FunctionDeadLetterQueue implements ResourceRule<FunctionSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-FN-002", Levels.prod(Severity.ERROR, Severity.WARNING),
            "Functions invoked asynchronously keep failed events",
            "An asynchronous invocation that fails its retries is dropped unless a dead-letter queue keeps "
                    + "it. Bucket and topic triggers invoke a function asynchronously, so a function with one needs"
                    + " its dead-letter queue even when an API calls it too. Functions only APIs, queue triggers and"
                    + " table triggers invoke are synchronous (the caller sees the error; a queue retries the message"
                    + " and then moves it to its own dead-letter queue; a table trigger sends what failed to its"
                    + " `dead-letter-queue`), so the rule does not apply to them. A schedule trigger's failures go to"
                    + " the trigger's `dead-letter-queue`, which Forge creates when the spec names none.",
            "Remove `dlq: false` (it defaults to true).",
            List.of("checkov CKV_AWS_116",
                    "AWS Lambda Developer Guide: Asynchronous invocation (dead-letter queues and on-failure destinations)"));

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
        List<TriggerSpec> triggers = r.spec().triggers() == null ? List.of()
                : r.spec().triggers().stream().filter(t -> t != null && t.types().size() == 1).toList();
        TriggerSpec async = triggers.stream().filter(t -> t.is(TriggerSpec.Type.BUCKET, TriggerSpec.Type.TOPIC))
                .findFirst().orElse(null);
        if (async != null) {
            return Result.require(Boolean.TRUE.equals(r.spec().dlq()), "dlq", r.who() + " is invoked asynchronously by "
                    + async.source().kind().spelling() + " '" + async.source().name() + "' and drops the events that"
                    + " fail ('dlq: false')");
        }
        boolean synchronousSources = !r.env().apisRouting(self).isEmpty() || !triggers.isEmpty();
        boolean onlySynchronous = synchronousSources && r.env().grantsOn(self).isEmpty()
                && triggers.stream().allMatch(t -> t.is(TriggerSpec.Type.QUEUE, TriggerSpec.Type.TABLE));
        if (onlySynchronous) {
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

package dev.forge.check.rules.lambda;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.check.Violation;
import dev.forge.diag.Severity;
import dev.forge.model.FunctionSpec;
import dev.forge.model.TriggerSpec;
import java.util.List;

/** FORGE-FN-009: a queue-triggered function reserves at least the concurrency its queue triggers may start. */
public final class FunctionQueueConcurrency implements ResourceRule<FunctionSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-FN-009", Levels.always(Severity.WARNING),
            "Queue-triggered functions reserve at least the concurrency their triggers may start",
            "A queue trigger's `max-concurrency` is how many invocations its poller may start at once. When the"
                    + " function's `reserved-concurrency` is lower, the extra invocations are throttled: their messages go"
                    + " back to the queue, count toward `max-receives` like failures, and can end in the dead-letter"
                    + " queue without the function having run. With several queue triggers, the sum of their"
                    + " `max-concurrency` is compared. Functions without `reserved-concurrency`, or whose queue triggers"
                    + " set no `max-concurrency`, are not checked here.",
            "Raise `reserved-concurrency` to at least the `max-concurrency` of the function's queue triggers (their sum),"
                    + " or lower `max-concurrency` to fit.",
            List.of("AWS Lambda Developer Guide: Configuring maximum concurrency for Amazon SQS event sources (reserved"
                            + " concurrency at least the maximum concurrency)",
                    "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html"));

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
        Integer reserved = r.spec().reservedConcurrency();
        if (reserved == null || r.spec().triggers() == null) {
            return Result.notApplicable();
        }
        List<TriggerSpec> bounded = r.spec().triggers().stream().filter(t -> t != null
                && t.is(TriggerSpec.Type.QUEUE) && t.maxConcurrency() != null).toList();
        if (bounded.isEmpty()) {
            return Result.notApplicable();
        }
        int total = bounded.stream().mapToInt(TriggerSpec::maxConcurrency).sum();
        if (reserved >= total) {
            return Result.compliant();
        }
        String triggers = String.join(", ", bounded.stream().map(t -> "queue '" + t.queue() + "' "
                + t.maxConcurrency()).toList());
        return Result.fail(Violation.at("reserved-concurrency", r.who() + " reserves " + reserved + " concurrent"
                + " executions, fewer than the " + total + " its queue triggers may start (max-concurrency: " + triggers
                + "): throttled messages go back to the queue and count toward its max-receives"));
    }

    @Override
    public List<String> reads() {
        return List.of("reserved-concurrency", "triggers[].max-concurrency");
    }
}

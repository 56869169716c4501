package dev.forge.check.rules.sqs;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.check.Violation;
import dev.forge.diag.Severity;
import dev.forge.model.FunctionSpec;
import dev.forge.model.QueueSpec;
import dev.forge.model.TriggerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** FORGE-SQS-003: a queue that triggers functions hides a message for at least six times each one's timeout. */
public final class QueueVisibilityTimeout implements ResourceRule<QueueSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-SQS-003", Levels.prod(Severity.ERROR, Severity.WARNING),
            "Queues that trigger functions hide a message for six times the function's timeout",
            "While a function works on a batch, the queue hides its messages for the visibility timeout; when that is"
                    + " shorter than the function may run (and the poller's retries on throttling), the queue hands the"
                    + " same messages to a second invocation, so they are processed twice and count toward"
                    + " `max-receives` until they land in the dead-letter queue. AWS advises at least six times the"
                    + " function's timeout. When the spec does not write `visibility-timeout`, Forge derives six times"
                    + " the slowest consumer's timeout, so only a written value can break the rule. Queues that trigger"
                    + " no function are not checked.",
            "Raise the queue's `visibility-timeout` to at least six times the timeout of every function it triggers, or"
                    + " delete it and let Forge derive it.",
            List.of("AWS Lambda Developer Guide: Using Lambda with Amazon SQS (visibility timeout at least six times"
                            + " the function timeout)",
                    "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<QueueSpec> type() {
        return QueueSpec.class;
    }

    @Override
    public Result check(Subject<QueueSpec> r) {
        long visibility = r.spec().visibilityTimeout().millis();
        boolean triggers = false;
        List<Violation> out = new ArrayList<>();
        for (Map.Entry<String, FunctionSpec> e : r.env().spec().functions().entrySet()) {
            FunctionSpec f = e.getValue();
            if (f == null || f.triggers() == null || f.triggers().stream().noneMatch(t -> consumes(t, r.name()))) {
                continue;
            }
            triggers = true;
            long timeout = f.timeout().millis();
            if (visibility < 6 * timeout) {
                out.add(Violation.at("visibility-timeout", r.who() + " hides a received message for "
                        + r.spec().visibilityTimeout() + ", less than six times the " + f.timeout() + " timeout of"
                        + " function '" + e.getKey() + "' it triggers (" + (6 * timeout % 1000 == 0 ? 6 * timeout / 1000 + "s"
                        : 6 * timeout + "ms") + " or more)"));
            }
        }
        return triggers ? Result.of(out) : Result.notApplicable();
    }

    private static boolean consumes(TriggerSpec t, String queue) {
        return t != null && t.is(TriggerSpec.Type.QUEUE) && queue.equals(t.queue());
    }

    @Override
    public List<String> reads() {
        return List.of("visibility-timeout");
    }
}

package dev.forge.check.rules.lambda;

import dev.forge.bind.SourceMap;
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

/** FORGE-FN-008: queue and table triggers report partial batch failures. */
public final class FunctionPartialBatchFailures implements ResourceRule<FunctionSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-FN-008", Levels.always(Severity.WARNING),
            "Queue and table triggers retry only the records that failed",
            "A function that gets a batch of queue messages or stream records and cannot say which of them failed"
                    + " fails the whole batch: one bad record makes every record of the batch run again (processed"
                    + " twice), and on a queue each retry counts toward `max-receives`, so good messages can end in the"
                    + " dead-letter queue beside the bad one. With `partial-failures: true` (the default) the function"
                    + " returns the failed records' IDs (`batchItemFailures`) and only those are retried.",
            "Remove `partial-failures: false` (it defaults to true) and have the function return the IDs of the records"
                    + " that failed in `batchItemFailures`.",
            List.of("AWS Lambda Developer Guide: Implementing partial batch responses (Handling errors for an SQS event"
                            + " source)",
                    "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html",
                    "AWS Lambda Developer Guide: Configuring partial batch response with DynamoDB Streams"));

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
        return Triggers.each(r, t -> t.is(TriggerSpec.Type.QUEUE, TriggerSpec.Type.TABLE), (at, t) -> Boolean.FALSE.equals(t.partialFailures())
                ? Violation.at(SourceMap.child(at, "partial-failures"), r.who() + " fails a whole batch from "
                        + t.source().kind().spelling() + " '" + t.source().name() + "' when one record fails, so every"
                        + " record of it runs again ('partial-failures: false')")
                : null);
    }

    @Override
    public List<String> reads() {
        return List.of("triggers[].partial-failures");
    }
}

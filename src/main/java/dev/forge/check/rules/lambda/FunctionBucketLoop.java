package dev.forge.check.rules.lambda;

import dev.forge.bind.SourceMap;
import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.check.Violation;
import dev.forge.diag.Severity;
import dev.forge.model.BucketEvent;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.model.TriggerSpec;
import dev.forge.model.Use;
import java.util.List;

/** FORGE-FN-007: a function triggered by a bucket's new objects does not write every new object back into it. */
public final class FunctionBucketLoop implements ResourceRule<FunctionSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-FN-007", Levels.always(Severity.ERROR),
            "Functions triggered by a bucket cannot trigger themselves by writing to it",
            "A function that runs on objects created in a bucket and may write to that same bucket (`uses:"
                    + " bucket:NAME` with write or read-write access) can run on its own output: every object it writes"
                    + " starts it again, a loop that runs, and bills, until someone notices. A trigger filtered by"
                    + " `prefix` or `suffix` passes: the rule assumes the function never writes keys that match the"
                    + " filter (e.g. it reads `incoming/` and writes `processed/`), which Forge cannot see. A trigger"
                    + " only on `removed` events is not checked.",
            "Filter the trigger with `prefix`/`suffix` that the function never writes under, or write to another bucket.",
            List.of("AWS Lambda Developer Guide: Process Amazon S3 event notifications with Lambda (avoiding recursive"
                            + " invocations)",
                    "https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html",
                    "AWS Lambda Developer Guide: Use Lambda recursive loop detection to prevent infinite loops"));

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
        // a trigger on removed objects only is not checked: removing starts nothing the function writes
        return Triggers.each(r, t -> t.is(TriggerSpec.Type.BUCKET) && (t.events() == null
                || t.events().contains(BucketEvent.CREATED)), (at, t) -> {
            boolean writes = r.spec().uses() != null && r.spec().uses().stream().anyMatch(u -> writes(u, t.bucket()));
            return writes && blank(t.prefix()) && blank(t.suffix()) ? Violation.at(SourceMap.child(at, "bucket"), r.who()
                    + " runs on every object created in bucket '" + t.bucket() + "' and may write to it (uses bucket:"
                    + t.bucket() + " with write access): each object it writes can run it again") : null;
        });
    }

    private static boolean writes(Use u, String bucket) {
        return u != null && u.ref().kind() == Kind.BUCKET && u.ref().name().equals(bucket) && u.accessOrDefault().writes();
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }

    @Override
    public List<String> reads() {
        return List.of("triggers[].bucket", "triggers[].prefix", "triggers[].suffix", "uses");
    }
}

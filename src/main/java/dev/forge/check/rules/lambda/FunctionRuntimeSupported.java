package dev.forge.check.rules.lambda;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.check.Violation;
import dev.forge.diag.Severity;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Runtime;
import java.util.Arrays;
import java.util.List;

/** FORGE-FN-006: functions run on a runtime AWS still supports. */
public final class FunctionRuntimeSupported implements ResourceRule<FunctionSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-FN-006", Levels.always(Severity.WARNING),
            "Functions run on a supported runtime",
            "AWS deprecates a Lambda runtime when its language or OS stops getting security updates: it is no longer"
                    + " patched, new functions cannot be created with it, and soon after existing ones cannot be updated.",
            "Move to the newest runtime of the language (Forge lists the supported ones in the message).",
            List.of("checkov CKV_AWS_363", "AWS FSBP Lambda.2", "tflint aws_lambda_function_deprecated_runtime"));

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
        Runtime runtime = r.spec().runtime();
        if (runtime == null) {
            return Result.notApplicable(); // an image function brings its own runtime
        }
        if (runtime.deprecated() == null) {
            return Result.compliant();
        }
        String family = family(runtime);
        String newest = Arrays.stream(Runtime.values())
                .filter(x -> x.deprecated() == null && family(x).equals(family))
                .reduce((a, b) -> b).map(Runtime::spelling).orElse("a supported runtime");
        return Result.fail(Violation.at("runtime", r.who() + " runs on '" + runtime.spelling()
                + "', which AWS deprecated on " + runtime.deprecated() + " (no security patches, no new functions); use '"
                + newest + "'"));
    }

    /** {@code python} of {@code python3.12}, {@code nodejs} of {@code nodejs22.x}. */
    private static String family(Runtime r) {
        return r.spelling().replaceAll("[0-9.]+(\\.x)?$", "");
    }
}

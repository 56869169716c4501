package dev.forge.check.rules.containers;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.FunctionSpec;
import java.util.List;

/** FORGE-CTR-002: function images pinned. */
public final class FunctionImagePinned implements ResourceRule<FunctionSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-CTR-002", Levels.always(Severity.ERROR),
            "Function images are pinned by tag or digest, never latest",
            "A function image without a tag means `latest`, which changes under you: the function runs "
                    + "whatever was pushed last, and a rollback cannot return to known code.",
            "Write the image as `REPO:VERSION` or `REPO@sha256:DIGEST`, or build it with `image: { build: "
                    + "DIR }`.",
            List.of("checkov CKV_DOCKER_7"));

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
        return ImageRefs.check(r.spec().image(), r.who());
    }

    @Override
    public List<String> reads() {
        return List.of("image.ref");
    }
}

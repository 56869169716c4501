package dev.forge.check.rules.containers;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.ServiceSpec;
import java.util.List;

/** FORGE-CTR-001: service images pinned. */
public final class ServiceImagePinned implements ResourceRule<ServiceSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-CTR-001", Levels.always(Severity.ERROR),
            "Service images are pinned by tag or digest, never latest",
            "An image without a tag means `latest`, which changes under you: two replicas can run different "
                    + "code, and a rollback redeploys whatever `latest` is now. Pin a version tag or, better, a "
                    + "digest.",
            "Write the image as `REPO:VERSION` or `REPO@sha256:DIGEST`.",
            List.of("checkov CKV_K8S_14", "checkov CKV_DOCKER_7"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<ServiceSpec> type() {
        return ServiceSpec.class;
    }

    @Override
    public Result check(Subject<ServiceSpec> r) {
        return ImageRefs.check(r.spec().image(), r.who());
    }

    @Override
    public List<String> reads() {
        return List.of("image.ref");
    }
}

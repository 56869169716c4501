package dev.forge.check.rules.kubernetes;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.ServiceSpec;
import java.util.List;

/** FORGE-K8S-009: production service images given by reference are pinned by digest. */
public final class ServiceImageDigest implements ResourceRule<ServiceSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-K8S-009", Levels.prod(Severity.WARNING, Severity.INFO),
            "Production service images given by reference are pinned by digest",
            "A tag is a pointer its publisher can move: the same manifest can run different code tomorrow, and two "
                    + "nodes pulling at different times can disagree. In production only a digest names exactly "
                    + "the image that was tested. (Images Forge builds are pinned by CI, which sets the digest it "
                    + "pushed in each overlay.)",
            "Write the image as `REPO:VERSION@sha256:DIGEST` (the tag stays readable, the digest decides).",
            List.of("checkov CKV_K8S_43", "SLSA: immutable references"));

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
        return Digests.check(r.spec().image(), r.who(), r.production());
    }

    @Override
    public List<String> reads() {
        return List.of("image.ref");
    }
}

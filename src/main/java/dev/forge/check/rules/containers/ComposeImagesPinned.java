package dev.forge.check.rules.containers;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.artifact.Yaml;
import dev.forge.diag.Severity;
import java.util.List;

/** FORGE-CMP-003: every image compose pulls is pinned. */
public final class ComposeImagesPinned extends ComposeServices {

    static final RuleInfo INFO = new RuleInfo("FORGE-CMP-003", Levels.always(Severity.ERROR),
            "Images compose pulls are pinned by tag or digest, never latest",
            "An untagged or `latest` image changes under you: the stand-ins a team runs drift apart, and a new major"
                    + " version of Postgres or MinIO arrives on a Monday. Images compose builds (`build:`) are exempt.",
            "Write the image as `REPO:VERSION@sha256:DIGEST` (Forge pins its stand-ins that way) or at least `REPO:VERSION`.",
            List.of("checkov CKV_DOCKER_7"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(Service s, Sink out) {
        if (s.spec().get("build").isPresent()) {
            return;
        }
        Yaml.get(s.spec(), "image").ifPresentOrElse(image -> {
            String ref = Yaml.text(s.spec(), "image").orElse("");
            if (!ImageRefs.pinned(ref)) {
                out.add(image, "runs image '" + ref + "', which is not pinned to a version or digest");
            }
        }, () -> out.add(s.spec(), "has neither an image nor a build"));
    }
}

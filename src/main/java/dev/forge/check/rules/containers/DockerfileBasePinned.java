package dev.forge.check.rules.containers;

import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** FORGE-DKR-003: every base image of a Dockerfile is pinned by digest (a tag beside it for readers), never latest. */
public final class DockerfileBasePinned extends DockerfileRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-DKR-003", Levels.always(Severity.ERROR),
            "Base images are pinned by digest, never latest",
            "A tag moves: `node:22` today is not `node:22` next week, and `latest` (or no tag) is whatever was pushed"
                    + " last. Two builds of one commit then differ, and a bad base image arrives without a change"
                    + " anyone reviewed. A digest names exactly one image.",
            "Write `FROM repository:tag@sha256:<digest>` (find it with `docker buildx imagetools inspect"
                    + " repository:tag`), and refresh the digest on purpose.",
            List.of("checkov CKV_DOCKER_7", "hadolint DL3006", "hadolint DL3007"));

    private static final java.util.regex.Pattern PINNED = java.util.regex.Pattern.compile(".+@sha256:[0-9a-f]{64}");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Result check(ParsedArtifact a) {
        Set<String> stages = new HashSet<>();
        List<Violation> bad = new ArrayList<>();
        for (Dockerfiles.Instruction i : Dockerfiles.instructions(a)) {
            if (!i.keyword().equals("FROM")) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(Dockerfiles.words(i.args().trim(), 0)));
            words.removeIf(w -> w.startsWith("--")); // --platform=...
            String image = words.isEmpty() ? "" : words.get(0);
            boolean earlierStage = stages.contains(image.toLowerCase(java.util.Locale.ROOT));
            if (words.size() >= 3 && words.get(1).equalsIgnoreCase("AS")) {
                stages.add(words.get(2).toLowerCase(java.util.Locale.ROOT));
            }
            if (earlierStage || image.equals("scratch")) {
                continue; // an earlier stage, or the empty image
            }
            String name = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
            String tag = name.substring(name.lastIndexOf('/') + 1);
            boolean latest = !tag.contains(":") || tag.endsWith(":latest");
            if (!PINNED.matcher(image).matches() || latest) {
                bad.add(Violation.line(i.line(), 1, a.path(), "base image '" + image + "' is "
                        + (latest ? "not pinned to a tag other than latest" : "not pinned by digest")));
            }
        }
        return bad.isEmpty() ? Result.compliant() : Result.fail(bad.toArray(new Violation[0]));
    }
}

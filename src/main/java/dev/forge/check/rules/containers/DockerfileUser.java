package dev.forge.check.rules.containers;

import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.List;

/** FORGE-DKR-001: the final stage of a Dockerfile runs as a non-root user. */
public final class DockerfileUser extends DockerfileRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-DKR-001", Levels.always(Severity.ERROR),
            "Images run as a non-root user",
            "Without a USER instruction in the final stage the image runs as root, on every platform that does not"
                    + " override it (ECS, Lambda, Cloud Run, compose).",
            "End the final stage with `USER <non-root user or uid>`, e.g. `USER 10001`.",
            List.of("checkov CKV_DOCKER_3", "CIS Docker Benchmark 4.1"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Result check(ParsedArtifact a) {
        String user = null;
        int line = 0;
        for (Dockerfiles.Instruction i : Dockerfiles.instructions(a)) {
            if (i.keyword().equals("FROM")) {
                user = null;
                line = i.line();
            } else if (i.keyword().equals("USER") && !i.args().isBlank()) {
                user = i.args().trim().split(":")[0];
                line = i.line();
            }
        }
        boolean root = user == null || user.equals("root") || user.equals("0");
        return root ? Result.fail(Violation.line(Math.max(line, 1), 1, a.path(), "the final stage runs as "
                + (user == null ? "root (no USER)" : "'" + user + "'"))) : Result.compliant();
    }
}

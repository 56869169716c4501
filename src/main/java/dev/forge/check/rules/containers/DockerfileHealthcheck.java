package dev.forge.check.rules.containers;

import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.List;

/** FORGE-DKR-002: the final stage of a Dockerfile says how its health is checked, or that it is not, on purpose. */
public final class DockerfileHealthcheck extends DockerfileRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-DKR-002", Levels.always(Severity.WARNING),
            "Images declare a health check, or say they have none",
            "Without a HEALTHCHECK, Docker and compose report a container whose process hangs as healthy, and"
                    + " `depends_on: condition: service_healthy` cannot wait for it. An image without an HTTP client"
                    + " (distroless) or that is not a server (a Lambda function, a job) says so with `HEALTHCHECK NONE`.",
            "Add `HEALTHCHECK CMD ...` to the final stage (a client the image has: node, python, curl, wget), or"
                    + " `HEALTHCHECK NONE` with a comment saying what probes it instead.",
            List.of("checkov CKV_DOCKER_2", "hadolint best practices"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Result check(ParsedArtifact a) {
        List<Dockerfiles.Instruction> stage = Dockerfiles.finalStage(Dockerfiles.instructions(a));
        if (stage.stream().anyMatch(i -> i.keyword().equals("HEALTHCHECK"))) {
            return Result.compliant();
        }
        int line = stage.isEmpty() ? 1 : stage.get(0).line();
        return Result.fail(Violation.line(line, 1, a.path(), "the final stage has no HEALTHCHECK (nor HEALTHCHECK NONE)"));
    }
}

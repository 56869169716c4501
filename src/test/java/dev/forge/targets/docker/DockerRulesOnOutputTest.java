package dev.forge.targets.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.CheckReport;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Examples;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dockerfile rules run on the real generated Dockerfiles, as `forge synth` and `forge check` run them: every
 * Dockerfile passes FORGE-DKR-001 (non-root), -002 (health check) and -003 (pinned bases); the ignore files beside
 * them are not mistaken for Dockerfiles; a generated Dockerfile changed to run as root is a blocking finding.
 */
class DockerRulesOnOutputTest {

    private static final List<String> RULES = List.of("FORGE-DKR-001", "FORGE-DKR-002", "FORGE-DKR-003");

    @Test
    void everyGeneratedDockerfile_passesTheDockerfileRules(@TempDir Path out) {
        for (String example : List.of("forge-platform", "ai-validation-platform", "trip-assistant")) {
            ResolvedSpec spec = DockerOutput.resolve(Examples.spec(example));
            var targets = Pipeline.targets(List.of(), spec);
            List<Artifact> artifacts = Pipeline.synth(spec, targets, spec.environments(), Examples.spec(example).getParent(), out);
            CheckReport report = Pipeline.checkArtifacts(spec, spec.environments(), List.of(), artifacts, LocalDate.of(2026, 11, 30), targets);
            List<String> dockerfiles = artifacts.stream().map(Artifact::path)
                    .filter(p -> p.startsWith("docker/") && p.contains("/Dockerfile") && !p.endsWith(".dockerignore")).toList();
            assertThat(dockerfiles).as(example).isNotEmpty();
            for (String rule : RULES) {
                for (String f : dockerfiles) {
                    assertThat(report.passed()).as(rule + " on " + f)
                            .contains(new CheckReport.Passed(rule, f, null));
                }
            }
            assertThat(report.findings()).as(example).noneMatch(f -> f.rule().startsWith("FORGE-DKR-"));
            assertThat(report.passed()).noneMatch(p -> p.rule().startsWith("FORGE-DKR-") && p.resource().endsWith(".dockerignore"));
        }
    }

    @Test
    void aGeneratedDockerfileRunningAsRoot_isABlockingFinding(@TempDir Path out) {
        ResolvedSpec spec = DockerOutput.resolve(Examples.spec("forge-platform"));
        var targets = Pipeline.targets(List.of(), spec);
        List<Artifact> artifacts = new ArrayList<>();
        for (Artifact a : Pipeline.synth(spec, targets, spec.environments(), Examples.spec("forge-platform").getParent(), out)) {
            artifacts.add(a.path().equals("docker/api/Dockerfile")
                    ? Artifact.text(a.path(), a.text().replace("USER 10001:10001", "USER root")) : a);
        }
        CheckReport report = Pipeline.checkArtifacts(spec, spec.environments(), List.of(), artifacts, LocalDate.of(2026, 11, 30), targets);
        assertThat(report.blocking()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("FORGE-DKR-001");
            assertThat(f.resource()).isEqualTo("docker/api/Dockerfile");
            assertThat(f.message()).isEqualTo("the final stage runs as 'root'");
        });
    }
}

package dev.forge.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import dev.forge.synth.Artifact;
import dev.forge.synth.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A spec built in Java goes through resolve and synth like forge.yaml does (docs/java-api.md's example). */
class JavaSpecPipelineTest {

    @Test
    void tripAssistant_builtInJava_synthesizesTheSameFilesAsTheYaml() throws Exception {
        Path yaml = Path.of("examples/trip-assistant/forge.yaml");
        ResolvedSpec fromYaml = Pipeline.resolve(new SpecSource("forge.yaml", Files.readAllBytes(yaml)));

        ResolvedSpec fromJava = Pipeline.resolve(TripAssistantInJavaTest.tripAssistant(), "TripAssistant.java");
        List<Target> targets = Pipeline.targets(List.of(), fromJava);
        List<Artifact> artifacts = Pipeline.synth(fromJava, targets, Pipeline.environments(fromJava, List.of()));
        List<Artifact> expected = Pipeline.synth(fromYaml, Pipeline.targets(List.of(), fromYaml),
                Pipeline.environments(fromYaml, List.of()));

        assertThat(artifacts).isNotEmpty();
        assertThat(artifacts).extracting(Artifact::path).isEqualTo(expected.stream().map(Artifact::path).toList());
        for (int i = 0; i < artifacts.size(); i++) {
            assertThat(new String(artifacts.get(i).bytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .as(artifacts.get(i).path())
                    .isEqualTo(new String(expected.get(i).bytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** docs/java-api.md's example runs synth's phases, the checks included, and says how to get the jar. */
    @Test
    void theDocumentedExampleChecksLikeForgeSynth_andTheDocSaysHowToGetForge() throws Exception {
        String doc = Files.readString(Path.of("docs/java-api.md"));
        assertThat(doc).contains("Pipeline.check(resolved, envs, List.of(), today, targets)")
                .contains("Pipeline.checkArtifacts(resolved, envs, List.of(), files, today, targets)")
                .contains("if (report.hasBlocking())").contains("mvn -B -q -DskipTests install")
                .contains("`target/forge.jar`");
        assertThat(doc.indexOf("report.hasBlocking()")).isLessThan(doc.indexOf("Pipeline.write("));

        ResolvedSpec resolved = Pipeline.resolve(TripAssistantInJavaTest.tripAssistant(), "TripAssistant.java");
        var envs = Pipeline.environments(resolved, List.of());
        List<Target> targets = Pipeline.targets(List.of(), resolved);
        var today = java.time.LocalDate.of(2026, 11, 30);
        var report = Pipeline.check(resolved, envs, List.of(), today, targets);
        List<Artifact> files = Pipeline.synth(resolved, targets, envs);
        report = report.plus(Pipeline.checkArtifacts(resolved, envs, List.of(), files, today, targets));
        assertThat(report.blocking()).isEmpty();
        assertThat(report.passed()).isNotEmpty();
    }
}

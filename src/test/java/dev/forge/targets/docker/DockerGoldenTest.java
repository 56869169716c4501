package dev.forge.targets.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Golden;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The docker output of every example (and the polyglot samples) matches its golden files, byte for byte, every time. */
class DockerGoldenTest {

    static List<Path> specs() {
        return DockerOutput.specs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void dockerOutput_matchesGoldenFiles(Path spec, @TempDir Path out) {
        Golden.assertMatches(Golden.ROOT.resolve(DockerOutput.name(spec)).resolve("docker"), DockerOutput.synth(spec, out));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void dockerOutput_isDeterministic_andIndependentOfTheOutputFolder(Path spec, @TempDir Path tmp) {
        List<Artifact> first = DockerOutput.synth(spec, tmp.resolve("a"));
        List<Artifact> again = DockerOutput.synth(spec, tmp.resolve("elsewhere/b"));
        assertThat(again).isEqualTo(first);
        // one environment or all: an image is built once and promoted, so its files do not depend on --env
        ResolvedSpec r = DockerOutput.resolve(spec);
        List<Artifact> lastEnvOnly = Pipeline.synth(r, List.of(DockerOutput.target()),
                List.of(r.environments().get(r.environments().size() - 1)), spec.getParent(), tmp.resolve("c"));
        assertThat(lastEnvOnly.stream().map(a -> new Artifact(a.path().substring("docker/".length()), a.bytes())).toList())
                .isEqualTo(first);
    }

    @org.junit.jupiter.api.Test
    void dockerfileFromContext_pointsFromTheBuildFolderToTheGeneratedFile(@TempDir Path tmp) {
        Path spec = dev.forge.testkit.Examples.spec("forge-platform");
        var layout = java.util.Optional.of(new dev.forge.synth.SynthContext.Layout(spec.getParent(), tmp.resolve("out")));
        var api = dev.forge.platform.containers.Builds.plan(DockerOutput.resolve(spec), java.util.Optional.of(spec.getParent()))
                .builds().stream().filter(b -> b.name().equals("api")).findFirst().orElseThrow();
        String rel = dev.forge.platform.containers.Builds.dockerfileFromContext(layout, api, false).orElseThrow();
        Path resolved = spec.getParent().resolve(api.buildDir()).resolve(rel).toAbsolutePath().normalize();
        assertThat(resolved).isEqualTo(tmp.resolve("out/docker/api/Dockerfile").toAbsolutePath().normalize());
        assertThat(dev.forge.platform.containers.Builds.dockerfileFromContext(java.util.Optional.empty(), api, true)).isEmpty();
    }
}

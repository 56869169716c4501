package dev.forge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.targets.BuiltinTargets;
import dev.forge.testkit.Cli;
import dev.forge.testkit.Examples;
import dev.forge.testkit.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example validates, synthesizes, and matches its golden model output. */
class ExamplesTest {

    static List<String> examples() {
        return Examples.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_validates(String example) {
        Cli.Result r = Cli.run("validate", Examples.spec(example).toString());
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("valid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_modelTarget_matchesGoldenFiles(String example) {
        ResolvedSpec spec = Pipeline.resolve(Pipeline.read(Examples.spec(example), "forge.yaml"));
        List<Artifact> artifacts = Pipeline.synth(spec, List.of(BuiltinTargets.byName("model").orElseThrow()),
                spec.environments());
        // Each target's golden files live in their own folder (golden/<example>/<target>/).
        Golden.assertMatches(Golden.ROOT.resolve(example).resolve("model"), artifacts.stream()
                .map(a -> new Artifact(a.path().substring("model/".length()), a.bytes())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_synthTwice_isByteIdentical_andSecondRunChangesNothing(String example, @TempDir Path tmp) throws IOException {
        // one folder, twice: compose's build paths name where the output lies relative to the sources
        Path a = tmp.resolve("out");
        assertThat(Cli.run("synth", Examples.spec(example).toString(), "--out", a.toString()).exit()).isZero();
        java.util.Map<String, String> first = Trees.read(a);
        Files.move(a, tmp.resolve("first"));
        assertThat(Cli.run("synth", Examples.spec(example).toString(), "--out", a.toString()).exit()).isZero();
        assertThat(Trees.read(a)).isEqualTo(first).isNotEmpty();

        Cli.Result again = Cli.run("synth", Examples.spec(example).toString(), "--out", a.toString(), "--format", "json");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("\"written\": []").contains("\"deleted\": []");
        assertThat(Files.exists(a.resolve(".forge/manifest.json"))).isTrue();
    }
}

package dev.forge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedEnv;
import dev.forge.testkit.Cli;
import dev.forge.testkit.Examples;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run narrowed to one environment ({@code --env}) writes the same bytes a full run writes: a file shared by every
 * environment (a Kustomize base, a README, compose's files) never depends on which environments were selected.
 * Otherwise `forge synth -e dev` after a full run would rewrite the shared base from dev alone, and the production
 * overlay kept from the full run would patch the wrong base (it did: prod's Deployments got dev's replica count).
 */
class NarrowedRunTest {

    static List<String> examples() {
        return Examples.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aRunNarrowedToOneEnvironmentChangesNothingAFullRunWrote(String example, @TempDir Path tmp) throws java.io.IOException {
        Path out = tmp.resolve("out");
        String spec = Examples.spec(example).toString();
        Cli.Result full = Cli.run("synth", spec, "--out", out.toString());
        assertThat(full.exit()).as(full.all()).isZero();
        Map<String, String> before = Trees.read(out);
        for (ResolvedEnv env : Examples.resolve(example).environments()) {
            Cli.Result narrowed = Cli.run("synth", spec, "--out", out.toString(), "-e", env.name(), "--format", "json");
            assertThat(narrowed.exit()).as(narrowed.all()).isZero();
            assertThat(narrowed.out()).as("synth -e " + env.name()).contains("\"written\": []");
            assertThat(Trees.read(out)).as("synth -e " + env.name()).isEqualTo(before);
        }
    }
}

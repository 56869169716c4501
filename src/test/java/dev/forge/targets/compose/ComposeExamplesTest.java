package dev.forge.targets.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Golden;
import dev.forge.testkit.NodeTool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Every example with services or jobs: schema-valid, wired, the env contract exactly, golden, deterministic. */
class ComposeExamplesTest {

    static List<String> examples() {
        return ComposeFixtures.examples();
    }

    @Test
    void givenTheExamples_thenComposeAppliesToTheOnesWithServices() {
        assertThat(examples()).contains("ai-validation-platform", "forge-platform").doesNotContain("trip-assistant");
    }

    @Test
    void givenEveryExample_whenSynthesized_thenEveryComposeFileValidatesAgainstTheComposeSchema(@TempDir Path dir) {
        List<Path> roots = new ArrayList<>();
        for (String example : examples()) {
            roots.add(ComposeFixtures.write(ComposeFixtures.synth(example), dir.resolve(example)));
        }

        NodeTool.Result r = NodeTool.run("compose-check.js", roots.toArray(Path[]::new));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.stdout());
        assertThat(report.get("files").asInt()).as(r.stdout()).isEqualTo(2 * examples().size());
        assertThat(report.get("findings")).as(r.stdout()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesizedTwice_thenTheBytesAreTheSame(String example) {
        assertThat(ComposeFixtures.synth(example)).isEqualTo(ComposeFixtures.synth(example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenItMatchesItsGoldenFiles(String example) {
        Golden.assertMatches(Golden.ROOT.resolve(example).resolve("compose"), ComposeFixtures.synth(example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_thenEveryDependencyNetworkAndVolumeUsedExists(String example) {
        ComposeWiring.assertWired(ComposeFixtures.synth(example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_thenEachServiceAndJobGetsExactlyItsEnvContract(String example) {
        ResolvedSpec spec = ComposeFixtures.resolve(example);
        ComposeWiring.assertContract(ComposeTarget.environment(spec.environments()),
                ComposeFixtures.synth(example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_thenEnvExampleListsExactlyWhatComposeInterpolates(String example) {
        ComposeWiring.assertEnvExampleComplete(ComposeFixtures.synth(example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_thenEveryBackingServiceUsedHasItsStandInAndInitContainer(String example) {
        ResolvedSpec spec = ComposeFixtures.resolve(example);
        ComposeWiring.assertStandIns(ComposeTarget.environment(spec.environments()), ComposeFixtures.synth(example));
    }
}

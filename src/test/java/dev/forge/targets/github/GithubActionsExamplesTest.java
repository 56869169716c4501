package dev.forge.targets.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Golden;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example: deterministic output matching its golden files (src/test/resources/golden/EXAMPLE/github-actions). */
class GithubActionsExamplesTest {

    static List<String> examples() {
        return GithubExamples.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesizedTwice_thenTheBytesAreTheSame(String example) {
        assertThat(GithubExamples.synth(example)).isEqualTo(GithubExamples.synth(example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenItMatchesItsGoldenFiles(String example) {
        Golden.assertMatches(Golden.ROOT.resolve(example).resolve("github-actions"), GithubExamples.synth(example));
    }
}

package dev.forge.targets.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Golden;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The chart of every example matches its golden files; the same spec gives the same bytes. */
class HelmGoldenTest {

    static List<String> examples() {
        return HelmExamples.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenItMatchesItsGoldenFiles(String example) {
        Golden.assertMatches(Golden.ROOT.resolve(example).resolve("helm"), HelmExamples.synth(HelmExamples.resolve(example)));
    }

    @Test
    void givenTheSameSpec_whenSynthesizedTwiceInAnotherTimeZone_thenTheBytesAreTheSame() {
        for (String example : HelmExamples.specs()) {
            ResolvedSpec spec = HelmExamples.resolve(example);
            List<Artifact> first = HelmExamples.synth(spec);
            TimeZone zone = TimeZone.getDefault();
            try {
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
                assertThat(HelmExamples.synth(HelmExamples.resolve(example))).as(example).isEqualTo(first);
            } finally {
                TimeZone.setDefault(zone);
            }
        }
    }

    @Test
    void givenAnExample_whenSynthesized_thenTheChartHasItsLayout() {
        List<String> paths = HelmExamples.synth(HelmExamples.resolve("forge-platform")).stream().map(Artifact::path).toList();
        assertThat(paths).contains("forge-platform/Chart.yaml", "forge-platform/values.yaml",
                "forge-platform/values-dev.yaml", "forge-platform/values-prod.yaml", "forge-platform/values.schema.json",
                "forge-platform/templates/_helpers.tpl", "forge-platform/templates/NOTES.txt",
                "forge-platform/templates/deployment.yaml", "forge-platform/templates/cronjob.yaml");
    }
}

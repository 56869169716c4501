package dev.forge.targets.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Golden;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example's azure files, byte for byte (rerun with -Dforge.updateGolden=true and review the diff). */
class AzureGoldenTest {

    static java.util.List<String> examples() {
        return AzureExamples.names();
    }

    @org.junit.jupiter.api.Test
    void theTargetAppliesToEveryExampleWithServicesOrJobs_andOnlyThose() {
        for (String example : dev.forge.testkit.Examples.names()) {
            var spec = dev.forge.testkit.Examples.resolve(example).written();
            boolean containers = spec.services() != null && !spec.services().isEmpty()
                    || spec.jobs() != null && !spec.jobs().isEmpty();
            assertThat(AzureExamples.names().contains(example)).as(example).isEqualTo(containers);
        }
        assertThat(AzureExamples.names()).containsExactly("ai-validation-platform", "forge-platform");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theFilesMatchTheGoldenFiles(String example) {
        var files = AzureExamples.synth(example);
        assertThat(files).isNotEmpty();
        Golden.assertMatches(Golden.ROOT.resolve(example).resolve("azure"), files);
    }
}

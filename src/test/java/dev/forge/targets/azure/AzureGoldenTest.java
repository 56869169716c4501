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

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theFilesMatchTheGoldenFiles(String example) {
        var files = AzureExamples.synth(example);
        assertThat(files).isNotEmpty();
        Golden.assertMatches(Golden.ROOT.resolve(example).resolve("azure"), files);
    }
}

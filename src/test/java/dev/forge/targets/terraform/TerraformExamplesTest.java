package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.synth.Artifact;
import dev.forge.testkit.Golden;
import dev.forge.testkit.NodeTool;
import dev.forge.testkit.TerraformFmt;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Every example with AWS serverless parts, every environment: fmt-clean, schema-valid, references resolved, golden. */
class TerraformExamplesTest {

    static List<String> examples() {
        return TerraformExamples.names();
    }

    @Test
    void givenTheExamples_thenTheTargetAppliesToTheOnesWithServerlessParts() {
        assertThat(examples()).contains("trip-assistant", "site-builder");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenTerraformFmtFindsNothingToChange(String example, @TempDir Path dir) throws Exception {
        Path root = TerraformExamples.write(TerraformExamples.synth(example), dir);

        assertThat(TerraformFmt.check(root)).as(TerraformFmt.lastOutput()).isZero();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenTfCheckFindsNoSchemaReferenceOrModuleError(String example, @TempDir Path dir) {
        Path root = TerraformExamples.write(TerraformExamples.synth(example), dir);

        NodeTool.Result r = NodeTool.run("tf-check.js", root);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.stdout());
        assertThat(report.get("files").asInt()).isGreaterThan(10);
        assertThat(report.get("findings")).as(r.stdout()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesizedTwice_thenTheBytesAreTheSame(String example) {
        assertThat(TerraformExamples.synth(example)).isEqualTo(TerraformExamples.synth(example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenItMatchesItsGoldenFiles(String example) {
        Golden.assertMatches(Golden.ROOT.resolve(example).resolve("terraform-aws"), TerraformExamples.synth(example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenEveryModuleHasItsFilesAndEveryEnvironmentItsRoot(String example) {
        List<String> paths = TerraformExamples.synth(example).stream().map(Artifact::path).toList();
        List<String> modules = paths.stream().filter(p -> p.startsWith("modules/")).map(p -> p.split("/")[1]).distinct().toList();

        assertThat(paths).contains("README.md");
        for (String m : modules) {
            assertThat(paths).contains("modules/" + m + "/main.tf", "modules/" + m + "/variables.tf",
                    "modules/" + m + "/outputs.tf", "modules/" + m + "/versions.tf", "modules/" + m + "/README.md");
        }
        for (var env : TerraformExamples.resolve(example).environments()) {
            String dir = "environments/" + env.name() + "/";
            assertThat(paths).contains(dir + "main.tf", dir + "variables.tf", dir + "outputs.tf", dir + "versions.tf",
                    dir + "backend.tf", dir + "providers.tf", dir + "terraform.tfvars");
        }
    }
}

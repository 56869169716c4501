package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secret set in the environment of a synth run never reaches an emitted file. */
class TerraformSecretsTest {

    private static final String CANARY = "sk-FORGE-CANARY-7d1f0c2e9b";

    @Test
    void givenASecretInTheEnvironment_whenTheCliSynthesizesTerraform_thenNoEmittedFileContainsIt(@TempDir Path out)
            throws Exception {
        Path spec = TerraformExamples.repoRoot().resolve("examples/trip-assistant/forge.yaml");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.forge.cli.ForgeCli", "synth", spec.toString(),
                "--target", "terraform-aws", "--out", out.toString()).redirectErrorStream(true);
        pb.environment().put("OPENAI_API_KEY", CANARY);
        pb.environment().put("TF_VAR_openai_api_key", CANARY);
        pb.environment().put("SSM_PARAMETER_NAME", CANARY);
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();

        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path f : files) {
            assertThat(Files.readString(f)).as(out.relativize(f).toString()).doesNotContain(CANARY);
        }
        assertThat(log).doesNotContain(CANARY);
    }

    @Test
    void givenAnSsmSecret_whenSynthesized_thenItsValueIsAnEphemeralSensitiveInputAndTfvarsHoldsNoValue() throws IOException {
        var files = TerraformExamples.synth("trip-assistant");
        String variables = text(files, "environments/prod/variables.tf");
        String tfvars = text(files, "environments/prod/terraform.tfvars");

        assertThat(variables).contains("variable \"openai_api_key\" {", "sensitive   = true", "ephemeral   = true");
        assertThat(tfvars).doesNotContain("openai_api_key");
        assertThat(text(files, "modules/ssm/main.tf")).contains("value_wo").doesNotContain("value            = var.secure");
    }

    private static String text(List<dev.forge.synth.Artifact> files, String path) {
        return files.stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow().text();
    }
}

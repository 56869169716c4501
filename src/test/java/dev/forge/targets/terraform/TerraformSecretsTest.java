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

    /** Issue 9: a SecureString value is optional (null: managed outside Terraform) and only written on create or a version raise. */
    @Test
    void givenAnSsmSecret_whenSynthesized_thenItsValueIsOptional_andNullNeverOverwritesAValue() throws IOException {
        var files = TerraformExamples.synth("trip-assistant");
        String variables = text(files, "environments/prod/variables.tf");
        String ssm = text(files, "modules/ssm/main.tf");

        assertThat(variables).containsPattern("variable \"openai_api_key\" \\{[^}]*default     = null[^}]*ephemeral   = true");
        assertThat(ssm).contains("value_wo         = coalesce(lookup(var.secure_values, each.key, null), \"set-me\")",
                "value_wo_version = lookup(var.secure_value_versions, each.key, 1)");
        assertThat(text(files, "README.md")).contains("The values are optional: a plan needs none of them and never"
                + " overwrites one.");
    }

    private static String text(List<dev.forge.synth.Artifact> files, String path) {
        return files.stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow().text();
    }
}

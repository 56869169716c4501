package dev.forge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import dev.forge.testkit.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** forge verify (Terraform's own validate and plan, offline), and the function-source checks it relies on. */
class VerifyCommandTest {

    private static final String SPEC_WITH_SOURCE = String.join("\n",
            "forge: 1", "app: demo", "owner: team-demo", "environments: { dev: {} }",
            "functions:", "  api:", "    runtime: python3.12", "    handler: app.handler", "    source: src/api", "");

    @Test
    void verify_example_saysValidateOkAndPlanCount() {
        Cli.Result r = Cli.run("verify", Examples.spec("trip-assistant").toString(), "-e", "dev");
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).isEqualTo("dev: validate ok, plan: 42 to add\n");
    }

    @Test
    void verify_jsonFormat_listsThePlannedResources() throws Exception {
        Cli.Result r = Cli.run("verify", Examples.spec("site-builder").toString(), "-e", "prod", "--format", "json");
        assertThat(r.exit()).as(r.all()).isZero();
        List<String> golden = Files.readAllLines(Path.of("src/test/resources/terraform-plan/site-builder/prod.txt"));
        assertThat(r.out()).contains("\"ok\": true", "\"environment\": \"prod\"", "\"validate\": true", "\"plan\": true",
                "\"add\": " + golden.size(), "\"" + golden.get(0) + "\"", "\"" + golden.get(golden.size() - 1) + "\"");
    }

    @Test
    void verify_withoutTerraform_isCodedErrorWithoutStackTrace() {
        String before = System.getProperty("forge.terraform");
        System.setProperty("forge.terraform", "/nonexistent/bin/terraform");
        try {
            Cli.Result r = Cli.run("verify", Examples.spec("trip-assistant").toString(), "-e", "dev");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).startsWith("FORGE-E401 terraform is not on the PATH")
                    .contains("fix: Install Terraform >= 1.11").doesNotContain("\tat ", "Exception");
        } finally {
            if (before == null) {
                System.clearProperty("forge.terraform");
            } else {
                System.setProperty("forge.terraform", before);
            }
        }
    }

    @Test
    void missingSourceFolder_isErrorE123AtTheSourceLine(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, SPEC_WITH_SOURCE);
        Cli.Result r = Cli.run("validate", spec.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(spec + ":9:13 FORGE-E123 function 'api': source folder 'src/api' does not exist"
                + " (relative to the spec's folder)\n  fix: Create the folder");
        Cli.Result s = Cli.run("synth", spec.toString(), "-o", dir.resolve("out").toString());
        assertThat(s.exit()).isEqualTo(1);
        assertThat(s.err()).contains("FORGE-E123");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void sourceRoot_pointsFromTheEnvironmentRootToTheSpecFolder_atAnyDepth(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("app/forge.yaml");
        Files.createDirectories(dir.resolve("app/src/api"));
        Files.writeString(spec, SPEC_WITH_SOURCE);
        Path out = dir.resolve("build/a/b/out");
        Cli.Result r = Cli.run("synth", spec.toString(), "-t", "terraform-aws", "-o", out.toString());
        assertThat(r.exit()).as(r.all()).isZero();
        Path env = out.resolve("terraform-aws/environments/dev");
        String tfvars = Files.readString(env.resolve("terraform.tfvars"));
        assertThat(tfvars).contains("source_root = \"../../../../../../../app\"");
        assertThat(env.resolve("../../../../../../../app/src/api").normalize()).isEqualTo(dir.resolve("app/src/api"));
    }
}

package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated README says who moves the alias `live`, as the lambda module's lifecycle really decides it. */
class DeployingCodeReadmeTest {

    @Test
    void withCiBuiltImages_terraformStillMovesTheZipFunctionsAlias_andTheReadmeSaysSo(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(spec, "forge: 1\napp: shop\nowner: team\nregion: us-east-1\nenvironments:\n  dev: {}\n"
                + "functions:\n  api: { runtime: python3.12, handler: app.handler, source: src/ }\n"
                + "  agent: { image: { build: agent/ } }\nci: { github: acme/shop, promote: [dev] }\n");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("synth", spec.toString(), "-t", "terraform-aws", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String readme = Files.readString(out.resolve("terraform-aws/README.md"));
        String lambda = Files.readString(out.resolve("terraform-aws/modules/lambda/main.tf"));
        assertThat(lambda).contains("ignore_changes = [function_version, routing_config]"); // only on live_ci, for CI-built images
        assertThat(readme).doesNotContain("Afterwards CI deploys code and moves the alias `live`; Terraform ignores those changes.")
                .doesNotContain("is ignored too")
                .contains("Zip functions (built from `source`) are deployed by Terraform: an apply that changes their"
                        + " `source` folder publishes a version and points their `live` at it.")
                .contains("Forge generates no CI workflow yet: that job is yours.");
    }

    @Test
    void withoutCi_terraformMovesTheAlias_andTheReadmeSaysSo(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(spec, "forge: 1\napp: shop\nowner: team\nregion: us-east-1\nenvironments:\n  dev: {}\n"
                + "functions:\n  api: { runtime: python3.12, handler: app.handler, source: src/ }\n");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("synth", spec.toString(), "-t", "terraform-aws", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String readme = Files.readString(out.resolve("terraform-aws/README.md"));
        assertThat(Files.readString(out.resolve("terraform-aws/modules/lambda/main.tf"))).doesNotContain("ignore_changes");
        assertThat(readme).contains("Terraform deploys new code: an apply that changes a function's code (its `source`"
                + " folder) publishes a version and points the alias `live` at it.\n").doesNotContain("CI deploys")
                .doesNotContain("Image functions");
    }
}

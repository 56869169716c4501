package dev.forge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stack CloudFormation would refuse (over 500 resources) is a spec error at synth, not a template that fails at deploy. */
class CloudFormationLimitCliTest {

    @Test
    void givenAnEnvironmentOverFiveHundredResources_whenSynthesizedToCloudFormation_thenFORGE_E126AndNothingWritten(
            @TempDir Path dir) throws Exception {
        StringBuilder spec = new StringBuilder("forge: 1\napp: big\nregion: us-east-1\nenvironments:\n  dev: {}\nfunctions:\n");
        for (int i = 1; i <= 60; i++) {
            spec.append("  fn").append(i).append(":\n    runtime: python3.12\n    handler: app.handler\n    image: { ref: ")
                    .append("123456789012.dkr.ecr.us-east-1.amazonaws.com/big:1 }\n");
        }
        Path file = dir.resolve("forge.yaml");
        Files.writeString(file, spec.toString());
        Path out = dir.resolve("out");

        Cli.Result r = Cli.run("synth", file.toString(), "--target", "cloudformation", "--out", out.toString());

        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("FORGE-E126 environment 'dev': its CloudFormation template would hold")
                .contains("over CloudFormation's limit of 500");
        assertThat(out.resolve("cloudformation")).doesNotExist();
    }
}

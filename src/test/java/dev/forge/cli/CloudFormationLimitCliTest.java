package dev.forge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * An environment over CloudFormation's 500 resources per template is written as a parent stack of nested stacks
 * (template.yaml and its parts), each part within the limits, and the README says how to package and deploy it.
 * CloudFormationValidatorsTest runs the real checkers over the same kind of output.
 */
public class CloudFormationLimitCliTest {

    /** {@code n} image functions: about ten resources each (role, policy, log group, version, alias, alarms ...). */
    public static String bigSpec(int n) {
        StringBuilder spec = new StringBuilder("forge: 1\napp: big\nregion: us-east-1\nenvironments:\n  dev: {}\nfunctions:\n");
        for (int i = 1; i <= n; i++) {
            spec.append("  fn").append(i).append(":\n    runtime: python3.12\n    handler: app.handler\n    image: { ref: ")
                    .append("123456789012.dkr.ecr.us-east-1.amazonaws.com/big:1 }\n");
        }
        return spec.toString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenAnEnvironmentOverFiveHundredResources_whenSynthesized_thenAParentStackOfPartsEachWithinTheLimit(
            @TempDir Path dir) throws Exception {
        Path file = dir.resolve("forge.yaml");
        Files.writeString(file, bigSpec(60));
        Path out = dir.resolve("out");

        Cli.Result r = Cli.run("synth", file.toString(), "--target", "cloudformation", "--out", out.toString());

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        Path env = out.resolve("cloudformation/dev");
        Map<String, Object> parent = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(env.resolve("template.yaml")));
        Map<String, Object> stacks = (Map<String, Object>) parent.get("Resources");
        assertThat(stacks).isNotEmpty().allSatisfy((id, res) ->
                assertThat(((Map<String, Object>) res).get("Type")).isEqualTo("AWS::CloudFormation::Stack"));
        int total = 0;
        for (int i = 1; i <= stacks.size(); i++) {
            Map<String, Object> part = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(env.resolve("template-part-" + i + ".yaml")));
            int size = ((Map<String, Object>) part.get("Resources")).size();
            assertThat(size).isLessThanOrEqualTo(500);
            total += size;
        }
        assertThat(total).isGreaterThan(500);
        assertThat(Files.readString(out.resolve("cloudformation/README.md")))
                .contains("aws cloudformation package").contains("dev/packaged.yaml");
        assertThat(List.of(env.toFile().list())).contains("template.yaml", "template-part-1.yaml", "parameters.json");
    }
}

package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: the target once forced point-in-time recovery on, silently ignoring {@code pitr: false}. The
 * spec decides; turning PITR off is refused by FORGE-DDB-002 unless a reviewer suppresses it with a reason.
 */
class TerraformPitrTest {

    private static final String SPEC = """
            forge: 1
            app: pitr-demo
            environments: { dev: {} }
            tables:
              scratch:
                key: id
                pitr: false
              orders:
                key: id
            """;

    @Test
    void pitrFalse_withoutSuppression_isRefusedByTheGuardrail(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, SPEC);

        Cli.Result r = Cli.run("synth", spec.toString(), "--target", "terraform-aws", "--out", dir.resolve("out").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("FORGE-DDB-002");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void pitrFalse_withAReviewedSuppression_isEmittedAsFalse_otherTablesKeepIt_andTheSuppressionIsCommented(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, SPEC + """
                policy:
                  suppressions:
                    - { rule: FORGE-DDB-002, resource: table:scratch, reason: "scratch data rebuilt nightly from orders", expires: 2099-06-30 }
                    - { rule: FORGE-TAG-001, reason: "tags are applied by the account-level tag policy" }
                """);

        Cli.Result r = Cli.run("synth", spec.toString(), "--target", "terraform-aws", "--out", dir.resolve("out").toString());

        assertThat(r.exit()).as(r.all()).isZero();
        String root = Files.readString(dir.resolve("out/terraform-aws/environments/dev/main.tf"));
        assertThat(root).containsPattern("(?s)module \"table_scratch\" \\{(?:(?!\nmodule ).)*point_in_time_recovery\\s*=\\s*false")
                .containsPattern("(?s)module \"table_orders\" \\{(?:(?!\nmodule ).)*point_in_time_recovery\\s*=\\s*true");
        // The suppressions travel into the output for audit, next to what they waive.
        assertThat(root).startsWith("# forge: FORGE-TAG-001 suppressed for every resource: tags are applied by the"
                + " account-level tag policy\n\n")
                .contains("# forge: FORGE-DDB-002 suppressed for table:scratch: scratch data rebuilt nightly from orders"
                        + " (until 2099-06-30)\nmodule \"table_scratch\" {");
    }
}

package dev.forge.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import dev.forge.testkit.Examples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/env-contract.md lists, per example, exactly what {@code forge env EXAMPLE --format markdown} prints: one
 * section per example, between {@code <!-- forge env examples/NAME -->} and {@code <!-- end forge env -->}.
 * {@code -Dforge.updateGolden=true} rewrites the sections (and adds those of new examples).
 */
class EnvContractDocTest {

    private static final Path DOC = Path.of("docs/env-contract.md");
    private static final String END = "<!-- end forge env -->";

    @Test
    void everyExamplesSection_isTheCommandsOutput() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String head = doc.contains("\n### ") ? doc.substring(0, doc.indexOf("\n### ") + 1) : doc;
        StringBuilder expected = new StringBuilder(head);
        for (String example : Examples.names()) {
            Cli.Result r = Cli.run("env", "examples/" + example, "--format", "markdown");
            assertThat(r.exit()).as(r.all()).isZero();
            expected.append("### ").append(example).append("\n\n<!-- forge env examples/").append(example)
                    .append(" -->\n").append(r.out()).append(END).append("\n\n");
        }
        String want = expected.toString().stripTrailing() + "\n";
        if (Boolean.getBoolean("forge.updateGolden")) {
            Files.writeString(DOC, want, StandardCharsets.UTF_8);
        }
        assertThat(doc).as("docs/env-contract.md (regenerate with -Dforge.updateGolden=true)").isEqualTo(want);
    }

    @Test
    void theCommand_neverPrintsASecretsValue_onlyWhereItComesFrom() {
        Cli.Result r = Cli.run("env", "examples/ai-validation-platform", "-e", "prod");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("MAIN_DATABASE_PASSWORD = password of database:main (secret: injected from its"
                + " credentials secret)");
        assertThat(r.out()).contains("LOG_LEVEL = value of parameter:log-level (/ai-validation-platform/prod/log-level)")
                .doesNotContain("dev:");
    }
}

package dev.forge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user meets first (issue 9, UX): folders as specs, one run for every spec error, counts that agree. */
class UxCliTest {

    @Test
    void aFolderMeansTheForgeYamlInsideIt() {
        Cli.Result r = Cli.run("validate", "examples/trip-assistant");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("examples/trip-assistant/forge.yaml: valid (app 'trip-assistant', 2 environments)\n");
        Cli.Result slash = Cli.run("validate", "examples/trip-assistant/");
        assertThat(slash.out()).isEqualTo("examples/trip-assistant/forge.yaml: valid (app 'trip-assistant', 2 environments)\n");
    }

    @Test
    void checkAndSynthTakeAFolderToo(@TempDir Path out) {
        assertThat(Cli.run("check", "examples/trip-assistant").exit()).isZero();
        Cli.Result synth = Cli.run("synth", "examples/trip-assistant", "--out", out.toString());
        assertThat(synth.exit()).as(synth.err()).isZero();
        assertThat(synth.out()).startsWith("synthesized [model, terraform-aws] for [dev, prod] into " + out);
    }

    @Test
    void aFolderWithoutAForgeYamlNamesTheFileItLookedFor(@TempDir Path dir) {
        Cli.Result r = Cli.run("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(dir + "/forge.yaml FORGE-E001 spec file '" + dir + "/forge.yaml' does not exist\n"
                + "  fix: Check the path; `forge init` writes a starter forge.yaml.\n1 error\n");
    }
}

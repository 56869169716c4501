package dev.forge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The validators are tested too: the Terraform checker's own fixture suite (tools/validators/test) must pass,
 * so a checker that silently stopped finding problems would fail the build.
 */
class ValidatorHarnessTest {

    @Test
    void terraformChecker_passesItsOwnFixtureSuite() throws Exception {
        NodeTool.ensureInstalled();
        Path root = NodeTool.repoRoot();
        Process p = new ProcessBuilder(List.of("node", "--test", "tools/validators/test/"))
                .directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("# pass [1-9]\\d*").contains("# fail 0");
    }
}

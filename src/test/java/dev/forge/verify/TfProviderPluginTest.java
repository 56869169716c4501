package dev.forge.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.NodeTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The offline provider plugin's own suite (tools/tf-provider/test: certificate, handshake, archive_file, data
 * sources) passes, and {@link OfflineTerraform#prepare} installs it and writes a mirror Terraform can use.
 */
class TfProviderPluginTest {

    @Test
    void plugin_passesItsOwnSuite(@org.junit.jupiter.api.io.TempDir Path work) throws Exception {
        OfflineTerraform tf = OfflineTerraform.prepare(work);
        assertThat(tf.version()).matches("1\\.(1[1-9]|[2-9]\\d)\\..*");
        assertThat(work.resolve("terraform.rc")).content().contains("filesystem_mirror", "registry.terraform.io/hashicorp/*")
                .doesNotContain("direct");
        assertThat(work.resolve("mirror/registry.terraform.io/hashicorp/aws/6.25.0")).isDirectory();
        Process p = new ProcessBuilder(List.of("node", "--test", "test/"))
                .directory(NodeTool.repoRoot().resolve("tools/tf-provider").toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("# pass [1-9]\\d*").contains("# fail 0");
    }

    @Test
    void dummyInputs_haveTheInputsType() {
        assertThat(RootVerifier.dummy("cognito_user_pool_arn", "string")).asString().startsWith("arn:aws:");
        assertThat(RootVerifier.dummy("private_subnet_ids", "list(string)")).isEqualTo(List.of("forge-verify-private-subnet-ids"));
        assertThat(RootVerifier.dummy("platform_database_port", "number")).isEqualTo(5432);
        assertThat(RootVerifier.dummy("create_x", "bool")).isEqualTo(false);
        assertThat(RootVerifier.dummy("secret_versions", "map(number)")).isEqualTo(java.util.Map.of());
    }
}

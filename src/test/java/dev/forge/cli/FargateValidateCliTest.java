package dev.forge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a CPU/memory pair that is no Fargate task size is refused by {@code forge validate} (with the size that
 * fits), when terraform-aws is among the targets; a spec deployed to Kubernetes only may ask for any size.
 */
class FargateValidateCliTest {

    private static final String SPEC = String.join("\n",
            "forge: 1",
            "app: shop",
            "owner: shop-team",
            "environments: { dev: {}, prod: { alerts: { email: ops@example.com } } }",
            "services:",
            "  web:",
            "    image: ghcr.io/acme/web:1.0.0",
            "    port: 3000",
            "    cpu: 0.25",
            "    memory: 256Mi",
            "    environments:",
            "      prod: { cpu: 1, memory: 2Gi }",
            "");

    @Test
    void validate_refusesANonFargateSize_namingTheSmallestThatFits(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, SPEC);
        Cli.Result r = Cli.run("validate", spec.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(spec + ":10:13 FORGE-ECS-001 service:web [dev]: service 'web' asks for cpu 250m with"
                + " memory 256Mi, which is not a Fargate task size; use `cpu: 0.25, memory: 512Mi`")
                .doesNotContain("[prod]").contains("1 error");
        assertThat(r.out()).doesNotContain("valid");
    }

    @Test
    void validate_forKubernetesOnly_acceptsAnySize_andSynthWritesIt(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, SPEC);
        Cli.Result r = Cli.run("validate", spec.toString(), "-t", "kubernetes");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("valid (app 'shop', 2 environments)");
        Cli.Result synth = Cli.run("synth", spec.toString(), "-t", "kubernetes", "--out", dir.resolve("out").toString());
        assertThat(synth.err()).doesNotContain("FORGE-ECS-001");
        assertThat(synth.exit()).isZero();
        assertThat(Files.readString(dir.resolve("out/kubernetes/base/web.yaml"))).contains("memory: \"256Mi\"");
    }

    @Test
    void validate_json_isNotOk_withTheFinding(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, SPEC);
        Cli.Result r = Cli.run("validate", spec.toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"ok\": false").contains("\"code\": \"FORGE-ECS-001\"").contains("\"line\": 10");
    }
}

package dev.forge.targets.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the user sees when Forge cannot build an image: an error at the spec line with a code and a fix (FORGE-E124
 * missing folder, FORGE-E125 no family fits, a file the family needs is missing, a function runtime without a pinned
 * Lambda base), never a stack trace; and what image.dockerfile and image.runtime mean.
 */
class DockerSpecErrorsTest {

    private static final String HEAD = "forge: 1\napp: shop\nowner: team\nregion: eu-west-1\nenvironments:\n  dev: {}\n";

    private static Cli.Result synth(Path dir, String body) throws Exception {
        Path spec = Files.writeString(dir.resolve("forge.yaml"), HEAD + body);
        return Cli.run("synth", spec.toString(), "-t", "docker", "--no-check", "--out", dir.resolve("out").toString());
    }

    @Test
    void missingBuildFolder_isFORGE_E124_atTheBuildLine(@TempDir Path dir) throws Exception {
        Cli.Result r = synth(dir, "services:\n  api:\n    image: { build: svc/api }\n");
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.err()).startsWith(dir.resolve("forge.yaml") + ":9:21 FORGE-E124 service 'api': build folder"
                + " 'svc/api' does not exist (relative to the spec's folder)").doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void folderNoFamilyFits_isFORGE_E125_andNamesTheMarkers(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("api/README.txt"), "nothing to build\n");
        Cli.Result r = synth(dir, "services:\n  api:\n    image: { build: api }\n");
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.err()).contains(":9:21 FORGE-E125 service 'api': no runtime family fits folder 'api' (none of"
                + " package.json, requirements.txt, pyproject.toml, pom.xml, build.gradle, build.gradle.kts, go.mod,"
                + " index.html, nginx.conf); set `image: { build: api, runtime: FAMILY }`");
    }

    @Test
    void ambiguousFolder_isAnError_untilImageRuntimeSaysWhich(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("api/package.json"), "{}\n");
        Files.writeString(dir.resolve("api/requirements.txt"), "\n");
        Files.writeString(dir.resolve("api/main.py"), "print('ok')\n");
        Cli.Result ambiguous = synth(dir, "services:\n  api:\n    image: { build: api }\n");
        assertThat(ambiguous.err()).contains("FORGE-E125 service 'api': folder 'api' fits several runtime families"
                + " [node, python]");

        Cli.Result chosen = synth(dir, "services:\n  api:\n    image: { build: api, runtime: python }\n");
        assertThat(chosen.exit()).as(chosen.all()).isZero();
        assertThat(Files.readString(dir.resolve("out/docker/api/Dockerfile"))).contains("runtime family python")
                .contains("FROM python:3.12-slim@sha256:").doesNotContain("npm");
    }

    @Test
    void nodeWithoutLockFile_isAnError_becauseNpmCiNeedsIt(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("web"));
        Files.writeString(dir.resolve("web/package.json"), "{}\n");
        Cli.Result r = synth(dir, "services:\n  web:\n    image: { build: web }\n");
        assertThat(r.err()).contains("FORGE-E125 service 'web': folder 'web' lacks package-lock.json, which a node"
                + " build needs");
        // forge check synthesizes what synth would (the spec's folder known), so it reports the same problem
        Cli.Result check = Cli.run("check", dir.resolve("forge.yaml").toString());
        assertThat(check.exit()).as(check.all()).isEqualTo(1);
        assertThat(check.err()).contains("FORGE-E125 service 'web': folder 'web' lacks package-lock.json");
    }

    @Test
    void functionRuntimeWithoutPinnedLambdaBase_isAnError_atTheRuntimeLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("fn"));
        Files.writeString(dir.resolve("fn/requirements.txt"), "\n");
        Cli.Result r = synth(dir, "functions:\n  fn:\n    runtime: python3.13\n    handler: app.handler\n"
                + "    image: { build: fn }\n");
        assertThat(r.err()).contains(":9:14 FORGE-E125 function 'fn': runtime 'python3.13' has no pinned Lambda"
                + " base image; Forge builds function images for java21, nodejs22.x, python3.12");
    }

    @Test
    void ownDockerfile_isLeftToTheUser_andTheReadmeSaysSo(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("api/package.json"), "{}\n");
        Files.writeString(dir.resolve("api/package-lock.json"), "{}\n");
        Files.createDirectories(dir.resolve("web"));
        Files.writeString(dir.resolve("web/index.html"), "<p>hi</p>\n");
        Cli.Result r = synth(dir, "services:\n  api:\n    image: { build: api, dockerfile: Dockerfile.prod }\n"
                + "  web:\n    image: { build: web }\n    port: 8080\n");
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(dir.resolve("out/docker/api")).doesNotExist();
        assertThat(dir.resolve("out/docker/web/Dockerfile")).exists();
        assertThat(Files.readString(dir.resolve("out/docker/README.md"))).contains("- service 'api': your own Dockerfile"
                + " `Dockerfile.prod` in `api`: Forge generates none and its Dockerfile rules do not see it");
        // synth says it out loud: the service is not rendered by docker, and why
        assertThat(r.err()).contains("services 'api'").contains("not rendered by docker");
    }

    @Test
    void staticSiteOnAnotherPort_needsAnNginxConfListeningThere(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("web"));
        Files.writeString(dir.resolve("web/index.html"), "<p>hi</p>\n");
        Cli.Result noConf = synth(dir, "services:\n  web:\n    image: { build: web }\n    port: 9000\n");
        assertThat(noConf.err()).contains("FORGE-E125 service 'web': unprivileged nginx listens on 8080, not on port 9000;"
                + " add an nginx.conf with `listen 9000;` or set `port: 8080`");
        Files.writeString(dir.resolve("web/nginx.conf"), "server {\n    listen 8080;\n}\n");
        assertThat(synth(dir, "services:\n  web:\n    image: { build: web }\n    port: 9000\n").err())
                .contains("FORGE-E125 service 'web': its nginx.conf does not `listen 9000;` (the service's port)");
        Files.writeString(dir.resolve("web/nginx.conf"), "server {\n    listen 9000;\n}\n");
        Cli.Result ok = synth(dir, "services:\n  web:\n    image: { build: web }\n    port: 9000\n");
        assertThat(ok.exit()).as(ok.all()).isZero();
        assertThat(Files.readString(dir.resolve("out/docker/web/Dockerfile"))).contains("EXPOSE 9000/tcp")
                .contains("COPY [\"nginx.conf\", \"/etc/nginx/conf.d/default.conf\"]");
    }
}

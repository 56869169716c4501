package dev.forge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import dev.forge.testkit.Examples;
import dev.forge.util.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of issue 7 as a person would meet them, through {@code forge synth}: a committed manifest edited to
 * name the spec, a link inside the output, a file where a new environment's folder goes. Each is refused with exit
 * 1 and a coded message, and no byte changes anywhere.
 */
class SynthOutputAttackTest {

    @TempDir
    Path base;
    Path app;
    Path spec;
    Path out;

    @BeforeEach
    void setUp() throws IOException {
        app = base.resolve("app");
        dev.forge.testkit.Trees.copy(Examples.spec("trip-assistant").getParent(), app);
        spec = app.resolve("forge.yaml");
        out = app.resolve("out");
        Cli.Result first = Cli.run("synth", spec.toString(), "--out", out.toString());
        assertThat(first.exit()).as(first.all()).isZero();
    }

    @Test
    void manifestEditedToNameTheSpec_isRefused_andTheSpecStays() throws IOException {
        Path manifest = out.resolve(".forge/manifest.json");
        String sha = Hashing.sha256(Files.readAllBytes(spec));
        Files.writeString(manifest, Files.readString(manifest)
                .replace("\"files\": {", "\"files\": {\n    \"model/../../forge.yaml\": \"" + sha + "\","));
        Files.delete(out.resolve("model/dev.json")); // make the run want to change something
        Map<String, String> before = snapshot(base);

        Cli.Result r = Cli.run("synth", spec.toString(), "--out", out.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("FORGE-E204").contains("has been tampered with")
                .contains("'model/../../forge.yaml' (a path with an empty, '.' or '..' segment");
        assertThat(snapshot(base)).isEqualTo(before);
    }

    @Test
    void linkInsideTheOutput_isNeverWrittenThrough() throws IOException {
        Path elsewhere = base.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Path modules = out.resolve("terraform-aws/modules");
        deleteTree(modules);
        Files.createSymbolicLink(modules, elsewhere);
        Map<String, String> before = snapshot(base);

        Cli.Result r = Cli.run("synth", spec.toString(), "--out", out.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("FORGE-E205").contains("'" + modules + "' is a symbolic link (to '" + elsewhere + "')");
        assertThat(snapshot(base)).isEqualTo(before);
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void fileWhereANewEnvironmentsFolderGoes_writesNothingAtAll() throws IOException {
        Files.writeString(out.resolve("terraform-aws/environments/qa"), "x\n");
        Files.writeString(spec, Files.readString(spec).replace("environments:\n  dev: {}\n", "environments:\n  dev: {}\n  qa: {}\n"));
        assertThat(Files.readString(spec)).contains("  qa: {}");
        Map<String, String> before = snapshot(base);

        Cli.Result r = Cli.run("synth", spec.toString(), "--out", out.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("FORGE-E202")
                .contains("'" + out.resolve("terraform-aws/environments/qa") + "' is a file where Forge needs a folder");
        assertThat(snapshot(base)).isEqualTo(before);
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String rel = root.relativize(p).toString();
                m.put(rel, Files.isSymbolicLink(p) ? "-> " + Files.readSymbolicLink(p)
                        : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir" : Hashing.sha256(Files.readAllBytes(p)));
            }
        }
        return m;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

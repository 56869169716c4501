package dev.forge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, the inputs: whatever the spec path names and whatever the file holds, validate ends quickly with a
 * located, coded error and never an OutOfMemoryError, a hang or a value echoed whole.
 */
class HostileInputTest {

    private static final String HEAD = "forge: 1\napp: demo\nenvironments: { dev: {} }\n";

    private static Path spec(Path dir, String text) throws Exception {
        Files.createDirectories(dir.resolve("src")); // the functions' source folder (FORGE-E123 without it)
        Path p = dir.resolve("forge.yaml");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void devZero_isRefusedAsNotARegularFile_notReadForever() {
        Cli.Result r = Cli.run("validate", "/dev/zero");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("/dev/zero FORGE-E011 '/dev/zero' is not a regular file (a device, pipe or FIFO)\n"
                + "  fix: Write the spec to a file first, e.g. `command > forge.yaml`, and name that file.\n1 error\n");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void fifo_withNoWriter_isRefusedWithoutOpeningIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("forge.yaml");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        Cli.Result r = Cli.run("validate", fifo.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(fifo + " FORGE-E011 '" + fifo + "' is not a regular file (a device, pipe or FIFO)\n");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void pipe_likeProcessSubstitution_isRefused_neverAnOutOfMemoryError() throws Exception {
        // `forge validate <(yes 'a: b')` names /dev/fd/63, a pipe. Here: the pipe this JVM writes into `sleep`.
        Process p = new ProcessBuilder("sleep", "30").start();
        try (var writer = p.getOutputStream()) {
            writer.write("a: b\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
            String pipe = "/proc/" + p.pid() + "/fd/0";
            Cli.Result r = Cli.run("validate", pipe);
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).startsWith(pipe + " FORGE-E011 '" + pipe + "' is not a regular file")
                    .doesNotContain("OutOfMemoryError");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void twoThousandFiveHundredFunctions_withoutAnchors_validate(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder("forge: 1\napp: big\nenvironments: { dev: {}, prod: {} }\nfunctions:\n");
        for (int i = 0; i < 2500; i++) {
            sb.append(String.format("  fn-%04d:%n    runtime: python3.12%n    handler: app.handler%n    source: src%n"
                    + "    memory: 512Mi%n    timeout: 30s%n    env: { LOG_LEVEL: info, MODE: fast, REGION_HINT: east }%n"
                    + "    environments:%n      prod: { memory: 1024Mi, reserved-concurrency: 5 }%n", i));
        }
        Path p = spec(dir, sb.toString());
        assertThat(Files.size(p)).isGreaterThan(480_000);
        Cli.Result r = Cli.run("validate", p.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(p + ": valid (app 'big', 2 environments)\n");
    }

    @Test
    void timeoutInMilliseconds_overTheLimit_isOutOfRange_notTruncated(@TempDir Path dir) throws Exception {
        Path p = spec(dir, HEAD + "functions:\n  api: { runtime: python3.12, handler: app.handler, source: src,"
                + " timeout: 900999ms }\n");
        Cli.Result r = Cli.run("validate", p.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(p + ":5:75 FORGE-E109 functions.api.timeout: '900999ms' is out of range (1s to 900s)\n"
                + "  fix: Use a value from 1s to 900s.\n1 error\n");
    }

    @Test
    void timeoutWithAFractionOfASecond_isRefused_notTruncated(@TempDir Path dir) throws Exception {
        Path p = spec(dir, HEAD + "functions:\n  api: { runtime: python3.12, handler: app.handler, source: src,"
                + " timeout: 1500ms }\n");
        Cli.Result r = Cli.run("validate", p.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(p + ":5:75 FORGE-E106 functions.api.timeout: '1500ms' is not a whole number of"
                + " seconds, which this field counts in\n  fix: Round it to whole seconds, e.g. '2s'.\n1 error\n");
    }

    @Test
    void loneSurrogateEscape_isAnErrorWithALocation_neverAQuestionMark(@TempDir Path dir) throws Exception {
        Path p = spec(dir, HEAD + "description: \"bad \\ud800 text\"\n");
        Cli.Result r = Cli.run("validate", p.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(p + ":4:14 FORGE-E012 the text holds a lone UTF-16 surrogate (U+D800), which is"
                + " no character: 'bad \\ud800 text'\n  fix: Write the character itself, or both halves of the pair"
                + " (e.g. \\ud83d\\ude00).\n1 error\n");
    }

    @Test
    void tabAfterAColon_isValidYaml_andAccepted(@TempDir Path dir) throws Exception {
        Path p = spec(dir, "forge:\t1\napp:\tdemo\nenvironments:\n  dev:\t{}\n");
        Cli.Result r = Cli.run("validate", p.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(p + ": valid (app 'demo', 1 environment)\n");
    }

    @Test
    void tabThatIndents_isStillReportedAsIndentation(@TempDir Path dir) throws Exception {
        Path p = spec(dir, "forge: 1\napp: demo\nenvironments:\n\tdev: {}\n");
        assertThat(Cli.run("validate", p.toString()).err()).startsWith(p + ":4:1 FORGE-E003 a tab character is used"
                + " for indentation\n");
    }

    @Test
    void longBadValue_isCutInTheMessage(@TempDir Path dir) throws Exception {
        String huge = "x".repeat(1_900_000);
        Path p = spec(dir, HEAD + "functions:\n  api: { runtime: python3.12, handler: app.handler, source: src,"
                + " timeout: " + huge + " }\n");
        Cli.Result r = Cli.run("validate", p.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(p + ":5:75 FORGE-E106 functions.api.timeout: '" + "x".repeat(120)
                + "… (1900000 chars)' is not a duration\n  fix: Write a whole number and one unit (ms, s, m, h, d),"
                + " e.g. '30s' or '5m'.\n1 error\n");
    }

    @Test
    void longBadValue_ofTheWrongType_isCutToo(@TempDir Path dir) throws Exception {
        Path p = spec(dir, HEAD + "tags: " + "y".repeat(500_000) + "\n");
        Cli.Result r = Cli.run("validate", p.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("'" + "y".repeat(120) + "… (500000 chars)'").hasSizeLessThan(1000);
    }
}

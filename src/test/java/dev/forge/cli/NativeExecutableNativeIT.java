package dev.forge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.forge.testkit.Examples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native executable ({@code target/native/forge}, built by {@code mvn verify} before this runs:
 * tools/native/README.md) is the same Forge as the jar: for every example, every command a user runs and every spec of
 * the malformed corpus, it writes the same files byte for byte, prints the same standard output and error, and exits
 * with the same code as the CLI run in this JVM. The native side runs under a different time zone and locale (its C
 * stand-ins read {@code TZ} and {@code LANG} themselves), which must change nothing.
 *
 * <p>Run by the {@code native-it} execution of the {@code native} profile (phase integration-test); a missing
 * executable fails here, it is never skipped: {@code -DskipNative} is the explicit way out.
 */
class NativeExecutableNativeIT {

    static final Path NATIVE = Path.of("target/native/forge");

    @TempDir
    Path tmp;

    @BeforeAll
    static void theExecutableWasBuilt() {
        assertTrue(Files.isExecutable(NATIVE), NATIVE + " is missing: `mvn verify` builds it in pre-integration-test"
                + " (tools/native/build.sh); -DskipNative skips the build and this test together");
    }

    record Run(int exit, String out, String err) {
    }

    /** The jar's CLI, in this JVM, as ForgeCli.main runs it (standard output not a terminal). */
    static Run jvm(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ForgeCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The native executable, whole process, from the checkout's root, in another time zone and locale. */
    Run nativeRun(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(NATIVE.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("TZ", "Pacific/Kiritimati");
        pb.environment().put("LANG", "tr_TR.UTF-8");
        pb.environment().put("LC_ALL", "tr_TR.UTF-8");
        pb.environment().remove("NO_COLOR");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the native executable did not finish within 120 s: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Both sides, then the same exit code and the same output. */
    void same(String... args) throws Exception {
        Run n = nativeRun(args);
        Run j = jvm(args);
        assertEquals(j.exit(), n.exit(), () -> String.join(" ", args) + ": exit code\nnative stderr:\n" + n.err()
                + "\njvm stderr:\n" + j.err());
        assertEquals(j.out(), n.out(), () -> String.join(" ", args) + ": standard output");
        assertEquals(j.err(), n.err(), () -> String.join(" ", args) + ": standard error");
    }

    /** Every file below a folder, by relative path, with its bytes (the manifest in .forge/ included). */
    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static void sameTree(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": the files written");
        List<String> differ = expected.keySet().stream()
                .filter(k -> !java.util.Arrays.equals(expected.get(k), actual.get(k))).toList();
        if (!differ.isEmpty()) {
            fail(what + ": " + differ.size() + " file(s) differ between the jar and the native executable: " + differ);
        }
    }

    /**
     * synth into the same folder path (compose files name paths relative to it): the native executable first, moved
     * aside, then the jar; then a second synth into each side's folder (the manifest's incremental rewrite).
     */
    void sameSynth(String spec, String... extra) throws Exception {
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("synth", spec, "--out", out.toString()));
        args.addAll(List.of(extra));
        String[] a = args.toArray(String[]::new);
        Run n = nativeRun(a);
        Map<String, byte[]> nativeFiles = tree(out);
        Path aside = tmp.resolve("out-native");
        if (Files.exists(out)) {
            Files.move(out, aside);
        }
        Run j = jvm(a);
        assertEquals(j.exit(), n.exit(), () -> spec + ": exit code\nnative stderr:\n" + n.err() + "\njvm stderr:\n" + j.err());
        assertEquals(j.out(), n.out(), spec + ": standard output");
        assertEquals(j.err(), n.err(), spec + ": standard error");
        assertTrue(j.exit() != 0 || !nativeFiles.isEmpty(), spec + ": nothing written");
        sameTree(tree(out), nativeFiles, spec);

        // again into the same folder: nothing to write, the same report, the same manifest
        Run j2 = jvm(a);
        Path jvmOut = tmp.resolve("out-jvm");
        Files.move(out, jvmOut);
        if (Files.exists(aside)) {
            Files.move(aside, out);
        }
        Run n2 = nativeRun(a);
        assertEquals(j2, n2, spec + ": a second synth into the same folder");
        sameTree(tree(jvmOut), tree(out), spec + " (second synth)");
        deleteTree(out);
        deleteTree(jvmOut);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static List<String> examples() {
        return Examples.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleSynthesizesTheSameFilesWithEveryDefaultTarget(String example) throws Exception {
        sameSynth(Examples.spec(example).toString());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleSynthesizesTheSameFilesForTheCloudsAndTheContainers(String example) throws Exception {
        sameSynth(Examples.spec(example).toString(), "-t", "gcp", "-t", "azure", "-t", "docker", "-t", "compose",
                "-t", "kubernetes", "-t", "helm", "-t", "cloudformation", "--format", "json");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleValidatesAndChecksAlike(String example) throws Exception {
        String spec = Examples.spec(example).toString();
        same("validate", spec);
        same("check", spec);
        same("check", spec, "--format", "json");
        same("check", spec, "--format", "sarif");
        same("env", spec);
    }

    @Test
    void theCommandsWithoutASpecPrintTheSame() throws Exception {
        same("--version");
        same("--help");
        same("synth", "--help");
        same("targets");
        same("schema");
        same("docs", "rules");
        same("docs", "coverage");
        same("explain", "FORGE-E111");
        same("completion");
        same("snyth");                 // a typo: the suggestion
        same("synth", "--no-such-option");
        same("check", "no/such/forge.yaml");
    }

    @Test
    void aHandEditedFileIsKeptAndReportedAlike() throws Exception {
        String spec = Examples.spec("trip-assistant").toString();
        Path out = tmp.resolve("edited");
        String[] a = {"synth", spec, "--out", out.toString(), "-t", "docker"};
        assertEquals(0, jvm(a).exit());
        Path some;
        try (Stream<Path> s = Files.walk(out)) {
            some = s.filter(p -> p.getFileName().toString().equals("Dockerfile")).findFirst().orElseThrow();
        }
        Files.writeString(some, "# edited by hand\n", java.nio.file.StandardOpenOption.APPEND);
        Path copy = tmp.resolve("edited-copy");
        dev.forge.testkit.Trees.copy(out, copy);
        Run j = jvm(a);
        Map<String, byte[]> afterJvm = tree(out);
        deleteTree(out);
        Files.move(copy, out);
        Run n = nativeRun(a);
        assertEquals(j, n, "a synth over a hand-edited file");
        assertTrue(j.exit() != 0, "a hand-edited file stops synth without --force: " + j);
        sameTree(afterJvm, tree(out), "after the refused synth");
    }

    static List<String> malformed() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/malformed"))) {
            return s.map(Path::toString).filter(p -> p.endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void everyMalformedSpecIsRefusedAlike(String spec) throws Exception {
        same("validate", spec);
        same("validate", spec, "--format", "json");
    }

    /** A larger spec, generated like bench/containers-synth.sh's: many services, every backing service. */
    @Test
    void aFleetOfFortyServicesSynthesizesTheSameFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("fleet"));
        StringBuilder y = new StringBuilder("""
                forge: 1
                app: fleet
                owner: bench-team
                region: us-east-1
                environments: { dev: {}, prod: { alerts: { email: ops@example.com } } }
                databases: { main: {} }
                caches: { sessions: {} }
                queues: { jobs: {} }
                buckets: { files: {} }
                secrets: { api-key: {} }
                services:
                """);
        int n = 40;
        for (int i = 0; i < n; i++) {
            String next = i < n - 1 ? ", service:s" + (i + 1) : "";
            y.append("  s").append(i).append(":\n")
                    .append("    image: { build: app }\n    port: 8080\n    health: /healthz\n")
                    .append("    env: { LOG_LEVEL: info, API_KEY: secret:api-key }\n")
                    .append("    uses: [database:main, cache:sessions, queue:jobs (publish), bucket:files (read-write)")
                    .append(next).append("]\n")
                    .append("    environments: { prod: { autoscaling: { min: 2, max: 10, cpu: 70 } } }\n");
        }
        Files.writeString(dir.resolve("forge.yaml"), y);
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.writeString(app.resolve("package.json"), "{\"name\":\"app\",\"version\":\"1.0.0\",\"private\":true,\"scripts\":{\"start\":\"node server.js\"}}\n");
        Files.writeString(app.resolve("package-lock.json"), "{\"name\":\"app\",\"version\":\"1.0.0\",\"lockfileVersion\":3,\"requires\":true,\"packages\":{\"\":{\"name\":\"app\",\"version\":\"1.0.0\"}}}\n");
        Files.writeString(app.resolve("server.js"), "require(\"http\").createServer((q, s) => s.end(\"ok\")).listen(8080);\n");
        sameSynth(dir.resolve("forge.yaml").toString());
        sameSynth(dir.resolve("forge.yaml").toString(), "-t", "docker", "-t", "compose", "-t", "kubernetes", "-t", "helm");
    }
}

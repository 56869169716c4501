package dev.forge.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.forge.cli.ForgeCli;
import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.SpecException;
import dev.forge.pipeline.Pipeline;
import dev.forge.spec.SpecSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed specs under src/test/resources/malformed: each file states, in its first line,
 * the exact diagnostics it must produce ({@code # expect: FORGE-E101@7:5 FORGE-E104@12:19}, code@line:col,
 * the full set). Cases that cannot be committed as small text files (empty, binary, 10 MB, 10,000 levels
 * deep) are generated here. Every case must fail cleanly: exactly the expected diagnostics, exit code 1 from
 * the CLI, no stack trace, within a safety timeout that catches hangs.
 */
class MalformedSpecCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/malformed");
    private static final Duration SAFETY_TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    static Path generated;

    /** One malformed spec: the name it is reported under, its bytes, the diagnostics it must produce. */
    record Case(String name, byte[] bytes, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                String first = new String(bytes, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                assertThat(first).as(f + " must start with '# expect: CODE@LINE:COL ...'").startsWith("# expect: ");
                cases.add(new Case(f.toString(), bytes, expectation(first.substring("# expect: ".length()))));
            }
        }
        cases.addAll(generatedCases());
        return cases.stream().map(c -> Arguments.of(c));
    }

    /** Cases built at run time: nothing huge, binary or pathological is committed. */
    static List<Case> generatedCases() {
        List<Case> out = new ArrayList<>();
        out.add(gen("empty-file.yaml", new byte[0], "FORGE-E002@0:0"));
        out.add(gen("whitespace-only.yaml", "  \n\n   \n".getBytes(StandardCharsets.UTF_8), "FORGE-E002@0:0"));
        // a PNG header: the first NUL byte is on line 3
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R'};
        out.add(gen("binary-garbage-png.yaml", png, "FORGE-E008@3:1"));
        byte[] noise = new byte[4096];
        new java.util.Random(42).nextBytes(noise);
        out.add(gen("binary-garbage-random.yaml", noise, null));
        out.add(gen("invalid-utf8-latin1.yaml", "forge: 1\napp: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1),
                "FORGE-E008@2:9"));
        out.add(gen("invalid-utf8-utf16.yaml", "forge: 1\napp: shop\n".getBytes(StandardCharsets.UTF_16), "FORGE-E008@1:1"));
        StringBuilder huge = new StringBuilder("forge: 1\napp: shop\nenvironments:\n  dev: {}\n");
        while (huge.length() < 10 * 1024 * 1024) {
            huge.append("# ten megabytes of comments pad this spec far beyond any real one ........\n");
        }
        out.add(gen("ten-megabytes.yaml", huge.toString().getBytes(StandardCharsets.UTF_8), "FORGE-E007@0:0"));
        out.add(gen("nesting-10000-flow-lists.yaml", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8),
                "FORGE-E006@1:65"));
        out.add(gen("nesting-10000-flow-mappings.yaml", ("{a: ".repeat(10_000) + "}".repeat(10_000))
                .getBytes(StandardCharsets.UTF_8), "FORGE-E006@1:257"));
        out.add(gen("nesting-10000-block-lists.yaml", ("- ".repeat(10_000) + "x\n").getBytes(StandardCharsets.UTF_8),
                "FORGE-E006@1:129"));
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            block.append("  ".repeat(i)).append("a:\n");
        }
        out.add(gen("nesting-100-block-mappings.yaml", block.toString().getBytes(StandardCharsets.UTF_8), "FORGE-E006@65:129"));
        StringBuilder unclosed = new StringBuilder("forge: 1\napp: shop\nenvironments: ");
        unclosed.append("[".repeat(10_000));
        out.add(gen("nesting-10000-unclosed.yaml", unclosed.toString().getBytes(StandardCharsets.UTF_8), "FORGE-E006@3:78"));
        return out;
    }

    private static Case gen(String name, byte[] bytes, String expected) {
        return new Case(name, bytes, expected == null ? null : expectation(expected));
    }

    static List<String> expectation(String header) {
        List<String> out = new ArrayList<>(Arrays.asList(header.trim().split("\\s+")));
        out.sort(null);
        return out;
    }

    @Test
    void corpus_holdsAtLeastSixtyCommittedCases() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.filter(p -> p.toString().endsWith(".yaml")).count()).isGreaterThanOrEqualTo(60);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void malformedSpec_whenValidated_failsWithExactlyTheExpectedDiagnostics(Case c) {
        List<Diagnostic> diagnostics = assertTimeoutPreemptively(SAFETY_TIMEOUT, () -> diagnostics(c.name(), c.bytes()),
                c.name() + " took longer than the safety timeout (a hang?)");

        assertThat(diagnostics).as(c.name() + " must be refused").isNotEmpty();
        for (Diagnostic d : diagnostics) {
            assertThat(d.code()).matches("FORGE-E\\d{3}");
            assertThat(Code.byId(d.code())).as("known code " + d.code()).isPresent();
            assertThat(d.location().file()).isEqualTo(c.name());
            assertThat(d.message()).isNotBlank();
            assertThat(d.message() + d.fix()).doesNotContain("Exception", "dev.forge.", "null");
        }
        if (c.expected() != null) {
            List<String> got = diagnostics.stream().map(MalformedSpecCorpusTest::key).sorted().toList();
            assertThat(got).as(c.name() + ": diagnostics, as code@line:col\n" + render(diagnostics))
                    .isEqualTo(c.expected());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void malformedSpec_whenValidatedByTheCli_exitsOneWithoutAStackTrace(Case c) throws IOException {
        Path file = Path.of(c.name());
        if (!Files.exists(file)) {
            file = generated.resolve(c.name());
            Files.write(file, c.bytes());
        }
        String path = file.toString();
        Cli r = assertTimeoutPreemptively(SAFETY_TIMEOUT, () -> cli("validate", path));

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ", "at dev.forge", "FORGE-E900");
        assertThat(r.err()).contains("FORGE-E").matches("(?s).*\\d+ errors?\\n$");
        for (String line : r.err().lines().filter(l -> !l.startsWith("  fix: ") && !l.matches("\\d+ errors?")).toList()) {
            assertThat(line).as("every line is a located, coded diagnostic").matches("\\Q" + path + "\\E(:\\d+:\\d+)? FORGE-E\\d{3} .+");
        }
    }

    // The exact text a user sees, for a handful of key errors (picocli's habit: compare the whole message).

    @Test
    void unknownTableReference_isReportedWithItsLocationAndTheNearestName() {
        assertThat(cli("validate", CORPUS + "/unknown-reference-with-suggestion.yaml").err()).isEqualTo(
                CORPUS + "/unknown-reference-with-suggestion.yaml:15:12 FORGE-E104 function 'api' uses unknown table"
                        + " 'mesages' (did you mean 'messages'?)\n"
                        + "  fix: Declared tables: messages.\n"
                        + "1 error\n");
    }

    @Test
    void misspeltKey_isReportedAsUnknownWithASuggestion_andNotAlsoAsMissing() {
        assertThat(cli("validate", CORPUS + "/unknown-top-level-key.yaml").err()).isEqualTo(
                CORPUS + "/unknown-top-level-key.yaml:5:1 FORGE-E101 unknown key 'enviroments' (did you mean"
                        + " 'environments'?)\n"
                        + "  fix: Valid keys here: forge, app, description, owner, cost-centre, tags, region, environments,"
                        + " network, services, functions, jobs, apis, tables, buckets, queues, topics, databases, caches, secrets,"
                        + " parameters, models, monitoring, budget, ci, policy.\n"
                        + "1 error\n");
    }

    @Test
    void tabIndentation_isNamedAsSuch() {
        assertThat(cli("validate", CORPUS + "/tab-indentation.yaml").err()).isEqualTo(
                CORPUS + "/tab-indentation.yaml:9:1 FORGE-E003 a tab character is used for indentation\n"
                        + "  fix: Indent with spaces only; YAML does not allow tabs there.\n"
                        + "1 error\n");
    }

    @Test
    void literalApiKey_isRefusedAsASecretInTheSpec() {
        assertThat(cli("validate", CORPUS + "/secret-env-api-key-literal.yaml").err()).isEqualTo(
                CORPUS + "/secret-env-api-key-literal.yaml:13:16 FORGE-E117 functions.api.env.API_KEY: 'API_KEY' ="
                        + " f00d… (16 chars) looks like a secret (a literal in a secret-named variable)\n"
                        + "  fix: Declare it under `secrets:` and write `API_KEY: secret:api-key`; set the value in the"
                        + " secret store.\n"
                        + "1 error\n");
    }

    @Test
    void bucketNameOverSixtyThreeCharacters_isRefusedBeforeAnyTargetRuns() {
        assertThat(cli("validate", CORPUS + "/name-too-long-bucket.yaml").err()).isEqualTo(
                CORPUS + "/name-too-long-bucket.yaml:8:3 FORGE-E120 bucket 'raw-event-archive-exports-eu' gets the name"
                        + " 'customer-analytics-platform-raw-event-archive-exports-eu-staging' in environment 'staging':"
                        + " 64 characters, over the 63 allowed for an S3 bucket name\n"
                        + "  fix: Shorten the app, bucket or environment name by 1 character.\n"
                        + "1 error\n");
    }

    @Test
    void cycleOfThreeFunctions_isShownAsAChain() {
        assertThat(cli("validate", CORPUS + "/cycle-three-functions.yaml").err()).isEqualTo(
                CORPUS + "/cycle-three-functions.yaml:16:12 FORGE-E119 uses form a cycle: function:a -> function:b"
                        + " -> function:c -> function:a\n"
                        + "  fix: Break the cycle, for example with a queue between two of them.\n"
                        + "1 error\n");
    }

    @Test
    void severalBindErrors_areReportedTogetherSortedByLocation() {
        assertThat(cli("validate", CORPUS + "/many-errors-reported-together.yaml").err()).isEqualTo(
                CORPUS + "/many-errors-reported-together.yaml:12:13 FORGE-E107 functions.api.memory: 'lots' is not a size\n"
                        + "  fix: Write a whole number with Ki, Mi, Gi or Ti, e.g. '512Mi' or '1Gi'.\n"
                        + CORPUS + "/many-errors-reported-together.yaml:13:14 FORGE-E106 functions.api.timeout: 'forever'"
                        + " is not a duration\n"
                        + "  fix: Write a whole number and one unit (ms, s, m, h, d), e.g. '30s' or '5m'.\n"
                        + CORPUS + "/many-errors-reported-together.yaml:14:5 FORGE-E101 functions.api: unknown key 'colour'\n"
                        + "  fix: Valid keys here: description, runtime, handler, source, image, memory, timeout,"
                        + " architecture, tracing, dlq, reserved-concurrency, provisioned-concurrency, vpc, env, uses,"
                        + " triggers, deployment, environments.\n"
                        + "3 errors\n");
    }

    @Test
    void tenMegabyteFile_isRefusedBySizeAlone() throws IOException {
        Case huge = generatedCases().stream().filter(c -> c.name().equals("ten-megabytes.yaml")).findFirst().orElseThrow();
        Path file = generated.resolve("forge.yaml");
        Files.write(file, huge.bytes());
        assertThat(cli("validate", file.toString()).err()).isEqualTo(
                file + " FORGE-E007 spec file is " + huge.bytes().length + " bytes, over the limit of 2097152 bytes\n"
                        + "  fix: Check that the path names the spec and not a generated or binary file.\n"
                        + "1 error\n");
    }

    @Test
    void invalidSpec_asJson_listsEveryDiagnosticWithItsLocation() {
        Cli r = cli("validate", "--format", "json", CORPUS + "/duplicate-yaml-key.yaml");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"code\": \"FORGE-E004\"", "\"line\": 13", "\"column\": 5");
    }

    // helpers

    static List<Diagnostic> diagnostics(String name, byte[] bytes) {
        try {
            Pipeline.resolve(new SpecSource(name, bytes));
            return List.of();
        } catch (SpecException e) {
            return e.diagnostics();
        }
    }

    static String key(Diagnostic d) {
        return d.code() + "@" + d.location().line() + ":" + d.location().column();
    }

    private static String render(List<Diagnostic> ds) {
        StringBuilder sb = new StringBuilder();
        ds.forEach(d -> sb.append(key(d)).append("  ").append(d.render()).append('\n'));
        return sb.toString();
    }

    /** The outcome of one in-process CLI run. */
    record Cli(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    static Cli cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = ForgeCli.run(args, o, e, false);
        }
        return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

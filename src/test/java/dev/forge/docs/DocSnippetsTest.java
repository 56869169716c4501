package dev.forge.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.diag.Diagnostic;
import dev.forge.diag.SpecException;
import dev.forge.pipeline.Pipeline;
import dev.forge.spec.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every YAML snippet in README.md, docs/*.md and docs/targets/*.md goes through the real pipeline (load, bind,
 * resolve: what {@code forge validate} runs) and is valid, unless it is marked as a deliberate error.
 *
 * <p>Conventions, for whoever writes docs:
 * <ul>
 *   <li>A ```yaml block with a top-level {@code forge:} line is a <b>whole spec</b> and must be valid as it is.</li>
 *   <li>Any other ```yaml block is a <b>fragment</b>: its lines are appended to {@link #BASE}, a minimal spec with
 *       {@code forge}, {@code app}, {@code region} and environments {@code dev} and {@code prod}. A fragment
 *       therefore declares what it refers to, and does not repeat a top-level key of the base; one that needs
 *       to is written as a whole spec.</li>
 *   <li>{@code <!-- forge: fragment of examples/NAME -->} before a fragment appends it to that example's forge.yaml
 *       instead, after removing from the example every top-level key the fragment writes (the fragment's keys
 *       replace the example's), so that a fragment can refer to the example's resources.</li>
 *   <li>An HTML comment {@code <!-- forge: invalid FORGE-E104 -->} on the line before the block marks a
 *       <b>deliberate error</b>: the pipeline must fail with exactly that code (and only it).</li>
 *   <li>{@code <!-- forge: not a spec -->} before the block exempts YAML that is not Forge's (e.g. a generated
 *       workflow).</li>
 * </ul>
 */
class DocSnippetsTest {

    /** What a fragment is appended to. */
    static final String BASE = """
            forge: 1
            app: docs-example
            region: us-east-1
            environments:
              dev: {}
              prod: { alerts: { email: ops@example.com } }
            """;

    private static final Pattern MARKER = Pattern.compile("^<!-- forge: (.*) -->$");

    record Snippet(Path file, int line, String marker, String yaml) {
        String name() {
            return file + ":" + line;
        }

        boolean whole() {
            return yaml.lines().anyMatch(l -> l.startsWith("forge:"));
        }
    }

    static List<Path> documents() throws IOException {
        List<Path> out = new ArrayList<>(List.of(Path.of("README.md")));
        for (Path dir : List.of(Path.of("docs"), Path.of("docs/targets"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    static List<Snippet> snippets(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Snippet> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```yaml")) {
                continue;
            }
            String marker = null;
            for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
                Matcher m = MARKER.matcher(lines.get(j).strip());
                if (m.matches()) {
                    marker = m.group(1);
                    break;
                }
                if (!lines.get(j).isBlank()) {
                    break;
                }
            }
            StringBuilder yaml = new StringBuilder();
            int start = i + 1;
            for (i = i + 1; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                yaml.append(lines.get(i)).append('\n');
            }
            out.add(new Snippet(file, start, marker, yaml.toString()));
        }
        return out;
    }

    /** The codes of the errors the pipeline reports, empty when the spec is valid. */
    static List<String> errors(Snippet s) throws IOException {
        String text = s.whole() ? s.yaml() : base(s) + s.yaml();
        try {
            Pipeline.resolve(SpecSource.of(s.name(), text));
            return List.of();
        } catch (SpecException e) {
            return e.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.code() + " " + d.render()).toList();
        }
    }

    private static final Pattern TOP_KEY = Pattern.compile("^([a-z][a-z0-9-]*):.*");

    /** {@link #BASE}, or the example named by a {@code fragment of} marker without the keys the fragment writes. */
    static String base(Snippet s) throws IOException {
        if (s.marker() == null || !s.marker().startsWith("fragment of ")) {
            return BASE;
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        s.yaml().lines().map(TOP_KEY::matcher).filter(Matcher::matches).forEach(m -> keys.add(m.group(1)));
        StringBuilder out = new StringBuilder();
        boolean skipping = false;
        for (String line : Files.readAllLines(Path.of(s.marker().substring("fragment of ".length()).strip(), "forge.yaml"))) {
            Matcher m = TOP_KEY.matcher(line);
            if (m.matches()) {
                skipping = keys.contains(m.group(1));
            } else if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                skipping = false;
            }
            if (!skipping) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyYamlSnippetIsValidOrMarked() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : documents()) {
            for (Snippet s : snippets(doc)) {
                tests.add(DynamicTest.dynamicTest(s.name() + (s.whole() ? " (spec)" : " (fragment)"), () -> {
                    if ("not a spec".equals(s.marker())) {
                        return;
                    }
                    List<String> errors = errors(s);
                    if (s.marker() != null && s.marker().startsWith("invalid ")) {
                        String code = s.marker().substring("invalid ".length()).strip();
                        assertThat(errors).as("%s is marked as failing with %s", s.name(), code).isNotEmpty()
                                .allSatisfy(e -> assertThat(e).startsWith(code + " "));
                    } else {
                        assertThat(s.marker() == null || s.marker().startsWith("fragment of ")).as("%s: unknown marker %s",
                                s.name(), s.marker()).isTrue();
                        assertThat(errors).as("%s must be valid", s.name()).isEmpty();
                    }
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(4);
        return tests.stream();
    }

    /** docs/spec.md's example of an API's routes (from {@code @Example} on ApiSpec) binds in an API. */
    @org.junit.jupiter.api.Test
    void theRoutesExampleOfTheSpecReferenceIsValid() throws IOException {
        Matcher m = Pattern.compile("\\| `routes` \\|.*Example: `(routes: .*)`\\. \\|").matcher(Files.readString(Path.of("docs/spec.md")));
        assertThat(m.find()).isTrue();
        String spec = BASE + "functions:\n  api: { runtime: python3.12, handler: app.handler, source: src/ }\napis:\n  public:\n    type: http\n"
                + "    auth: { type: none, reason: an example }\n    " + m.group(1) + "\n";
        assertThat(errors(new Snippet(Path.of("docs/spec.md"), 0, null, spec))).isEmpty();
    }
}

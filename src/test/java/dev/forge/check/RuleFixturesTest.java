package dev.forge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule against its fixtures in src/test/resources/rules/ID/: a compliant-SCENARIO file must give no
 * finding of the rule, a noncompliant-SCENARIO file exactly the findings its {@code # expect:} markers name.
 * A spec fixture marks a line with the environments ({@code # expect: dev prod}); the column is the value's
 * (or the key's, for a mapping or list). An emitted-file fixture starts with {@code # path: P} and marks a
 * line with the column ({@code # expect: 3}), or says {@code # expect-line: L:C}. A notrendered-SCENARIO spec
 * holds what the rule asks for, but no target the spec selects renders it: the rule must neither pass nor fail
 * there, and say why it is not applicable (declared ⇒ emitted, or said out loud).
 */
class RuleFixturesTest {

    static final Path ROOT = Path.of("src/test/resources/rules");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Pattern MARK = Pattern.compile("#\\s*expect:\\s*([^#]*)$");
    private static final Pattern HEADER_MARK = Pattern.compile("^#\\s*expect-line:\\s*(\\d+):(\\d+)\\s*$");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture_givesExactlyTheMarkedFindings(Path file) throws IOException {
        String id = file.getParent().getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Rule rule = Packs.rule(id).orElseThrow(() -> new AssertionError("no rule " + id));
        boolean compliant = file.getFileName().toString().startsWith("compliant-");
        if (file.getFileName().toString().startsWith("notrendered-")) {
            notRendered(id, text);
            return;
        }
        assertThat(compliant || file.getFileName().toString().startsWith("noncompliant-")).as("fixture name").isTrue();

        Set<String> expected = text.startsWith("# path: ") ? expectedInArtifact(text) : expectedInSpec(text);
        Set<String> actual = text.startsWith("# path: ") ? actualInArtifact(rule, text) : actualInSpec(id, text);

        assertThat(expected.isEmpty()).as("a compliant fixture marks nothing, a noncompliant one something").isEqualTo(compliant);
        assertThat(actual).as(id + " findings in " + file).isEqualTo(expected);
    }

    @Test
    void everyRule_hasACompliantAndANoncompliantFixture() throws IOException {
        for (Rule r : Packs.allRules()) {
            Path dir = ROOT.resolve(r.id());
            List<String> names;
            try (Stream<Path> s = Files.list(dir)) {
                names = s.map(p -> p.getFileName().toString()).toList();
            }
            assertThat(names).as(r.id()).anyMatch(n -> n.startsWith("compliant-")).anyMatch(n -> n.startsWith("noncompliant-"));
        }
    }

    /** With the targets the spec selects, the rule is not applicable, with a reason, and never passes. */
    private static void notRendered(String id, String text) {
        ResolvedSpec spec = Pipeline.resolve(SpecSource.of("forge.yaml", text));
        Pack strict = Packs.byName("strict").orElseThrow();
        Pack own = new Pack("own", "", strict.entries().stream().filter(e -> e.rule().id().equals(id)).toList());
        CheckReport report = new Checker(List.of(Packs.byName("baseline").orElseThrow(), own), TODAY,
                Pipeline.coverage(spec, spec.environments(), Pipeline.targets(List.of(), spec)))
                .check(spec, spec.environments());
        assertThat(report.findings()).filteredOn(f -> f.rule().equals(id)).as(id + " findings").isEmpty();
        assertThat(report.passed()).filteredOn(p -> p.rule().equals(id)).as(id + " passes").isEmpty();
        assertThat(report.notApplicable()).filteredOn(n -> n.rule().equals(id)).as(id + " not applicable").isNotEmpty()
                .allMatch(n -> n.reason().contains("is in no output"));
    }

    private static Set<String> actualInSpec(String id, String text) {
        ResolvedSpec spec = Pipeline.resolve(SpecSource.of("forge.yaml", text));
        // baseline, plus the rule under test at its strictest levels (it may be a strict-only rule)
        Pack strict = Packs.byName("strict").orElseThrow();
        Pack own = new Pack("own", "", strict.entries().stream().filter(e -> e.rule().id().equals(id)).toList());
        CheckReport report = new Checker(List.of(Packs.byName("baseline").orElseThrow(), own), TODAY)
                .check(spec, spec.environments());
        assertThat(report.findings()).as("errors of other rules in a fixture")
                .filteredOn(f -> !f.rule().equals(id) && f.blocking()).isEmpty();
        Set<String> out = new TreeSet<>();
        report.findings().stream().filter(f -> f.rule().equals(id))
                .forEach(f -> out.add(f.environment() + " " + f.location().line() + ":" + f.location().column()));
        return out;
    }

    private static Set<String> expectedInSpec(String text) {
        Set<String> out = new TreeSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARK.matcher(lines[i]);
            if (m.find()) {
                int col = column(lines[i].substring(0, m.start()));
                for (String env : m.group(1).trim().split("\\s+")) {
                    out.add(env + " " + (i + 1) + ":" + col);
                }
            }
        }
        return out;
    }

    /** Where the binder locates a line's node: a scalar value's column, else the key's (or list item's). */
    static int column(String line) {
        Matcher item = Pattern.compile("^(\\s*-\\s+)(.*)$").matcher(line);
        if (item.matches() && !item.group(2).contains(": ") && !item.group(2).trim().endsWith(":")) {
            return item.group(1).length() + 1;
        }
        Matcher kv = Pattern.compile("^(\\s*)([^:\\s][^:]*):(\\s*)(.*?)\\s*$").matcher(line);
        if (!kv.matches()) {
            throw new AssertionError("cannot read marked line: " + line);
        }
        String value = kv.group(4);
        if (value.isEmpty() || value.startsWith("{") || value.startsWith("[")) {
            return kv.group(1).length() + 1;
        }
        return kv.group(1).length() + kv.group(2).length() + 1 + kv.group(3).length() + 1;
    }

    private static Set<String> actualInArtifact(Rule rule, String text) {
        String path = text.substring("# path: ".length(), text.indexOf('\n')).trim();
        ArtifactRule r = (ArtifactRule) rule;
        assertThat(r.appliesTo(path)).as(rule.id() + " applies to " + path).isTrue();
        Result result = r.check(new ParsedArtifact(path, text));
        Set<String> out = new TreeSet<>();
        result.violations().forEach(v -> out.add(v.line() + ":" + v.column()));
        return out;
    }

    private static Set<String> expectedInArtifact(String text) {
        Set<String> out = new TreeSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher h = HEADER_MARK.matcher(lines[i]);
            Matcher m = MARK.matcher(lines[i]);
            if (h.matches()) {
                out.add(h.group(1) + ":" + h.group(2));
            } else if (m.find()) {
                out.add((i + 1) + ":" + m.group(1).trim());
            }
        }
        return out;
    }
}

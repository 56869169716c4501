package dev.forge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.cli.CheckCliTest;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Target;
import dev.forge.targets.BuiltinTargets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example passes the baseline pack in every environment (model and generated files) with no error
 * finding, and every suppression it has carries a real reason. Breaking each mandatory rule in an example
 * makes {@code forge synth} exit 1 naming the rule and the spec line, leaving the previous output as it was.
 */
class ExamplesPolicyTest {

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            return s.map(d -> d.resolve("forge.yaml")).filter(Files::exists).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_passesBaseline_inEveryEnvironment(Path spec) {
        ResolvedSpec s = Pipeline.resolve(Pipeline.read(spec, spec.toString()));
        Checker c = new Checker(List.of(Packs.byName("baseline").orElseThrow()), CheckerTest.TODAY);
        List<Target> targets = BuiltinTargets.all().stream().filter(t -> t.appliesTo(s)).toList();
        CheckReport r = c.check(s, s.environments())
                .plus(c.checkArtifacts(s, s.environments(), Pipeline.synth(s, targets, s.environments())));
        assertThat(r.blocking()).as("error findings in " + spec).isEmpty();
        r.suppressed().forEach(f -> assertThat(Suppressions.judgeable(f.suppression().reason())).isTrue());
    }

    /** A mandatory rule, and how to break it in any example: text appended to the spec, and the line it breaks. */
    record Mutation(String rule, String append, String offendingLine) {
    }

    static final List<Mutation> MUTATIONS = List.of(
            new Mutation("FORGE-DDB-002", "tables:\n  mutated:\n    key: id\n    pitr: false\n", "    pitr: false"),
            new Mutation("FORGE-S3-002", "buckets:\n  mutated:\n    versioning: false\n", "    versioning: false"),
            new Mutation("FORGE-RDS-002", "databases:\n  mutated:\n    multi-az: false\n", "    multi-az: false"),
            new Mutation("FORGE-RDS-003", "databases:\n  mutated:\n    backup-retention: 0d\n", "    backup-retention: 0d"),
            new Mutation("FORGE-RDS-004", "databases:\n  mutated:\n    deletion-protection: false\n", "    deletion-protection: false"),
            new Mutation("FORGE-EC-002", "caches:\n  mutated:\n    multi-az: false\n", "    multi-az: false"),
            new Mutation("FORGE-DDB-004", "tables:\n  mutated:\n    key: id\n    deletion-protection: false\n",
                    "    deletion-protection: false"),
            new Mutation("FORGE-CTR-001", "services:\n  mutated:\n    image: nginx:latest\n", "    image: nginx:latest"));

    static Stream<Object[]> mutations() throws IOException {
        List<Object[]> out = new ArrayList<>();
        for (Path p : examples().toList()) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            for (Mutation m : MUTATIONS) {
                out.add(new Object[] {p, m});
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @MethodSource("mutations")
    void breakingAMandatoryRule_failsSynth_withTheRuleAndLocation(Path example, Mutation m, @TempDir Path dir)
            throws IOException {
        Path spec = dir.resolve("forge.yaml");
        String good = Files.readString(example, StandardCharsets.UTF_8);
        Files.writeString(spec, good);
        copySourceFolders(example.getParent(), dir);
        Path out = dir.resolve("out");
        assertThat(CheckCliTest.forge("synth", spec.toString(), "--out", out.toString()).code()).isZero();
        List<String> before = snapshot(out);

        String bad = mutate(good, m.append());
        Files.writeString(spec, bad);
        int line = List.of(bad.split("\n", -1)).indexOf(m.offendingLine()) + 1;
        var run = CheckCliTest.forge("synth", spec.toString(), "--out", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Check: " + m.rule()).contains(spec + ":" + line + ":");
        assertThat(snapshot(out)).isEqualTo(before);
    }

    /** The example's folders (function sources: synth refuses a spec whose source folder is missing, FORGE-E123). */
    static void copySourceFolders(Path exampleDir, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(exampleDir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.getParent() != null && !p.getParent().equals(exampleDir)).toList()) {
                Path target = to.resolve(exampleDir.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    /** Adds the resource under its section: after the section's header when the example has one, else at the end. */
    static String mutate(String spec, String addition) {
        String header = addition.substring(0, addition.indexOf('\n') + 1);
        int at = spec.indexOf("\n" + header);
        if (at >= 0) {
            int after = at + 1 + header.length();
            return spec.substring(0, after) + addition.substring(header.length()) + spec.substring(after);
        }
        return spec + (spec.endsWith("\n") ? "" : "\n") + addition;
    }

    static List<String> snapshot(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.add(dir.relativize(p) + "=" + dev.forge.util.Hashing.sha256(Files.readAllBytes(p)));
            }
            return out;
        }
    }
}

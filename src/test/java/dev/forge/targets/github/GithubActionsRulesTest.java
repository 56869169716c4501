package dev.forge.targets.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.synth.Artifact;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The safety rules of issue 15 hold on every workflow of every example: every {@code uses:} pinned to 40 hex digits
 * with its version in a comment, both a row of the one Actions table; {@code permissions: {}} at the top, each job
 * its own, write scopes only beside the step that needs them; {@code timeout-minutes} on every job; no expression
 * inside a script; {@code persist-credentials: false} on every checkout; no stored keys. Each rule is shown to fire
 * on a mutant of a real workflow.
 */
class GithubActionsRulesTest {

    static List<String> examples() {
        return GithubExamples.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenEveryWorkflowKeepsEverySafetyRule(String example) {
        List<Artifact> workflows = GithubExamples.workflows(example);
        var spec = GithubExamples.resolve(example).environments().get(0).spec();
        List<String> expected = new java.util.ArrayList<>(List.of(".github/workflows/ci.yml", ".github/workflows/infra.yml",
                ".github/workflows/drift.yml", ".github/workflows/promote.yml"));
        if (dev.forge.platform.aws.GithubOidc.deploysCode(spec)) {
            expected.add(".github/workflows/deploy.yml");
        }
        if (spec.ci().notifications() != null) {
            expected.add(".github/workflows/notify.yml");
        }
        if (spec.ci().schedules() != null) {
            spec.ci().schedules().forEach(x -> expected.add(".github/workflows/" + ScheduledWorkflow.file(x)));
        }
        assertThat(workflows).extracting(Artifact::path).containsExactlyElementsOf(expected);
        for (Artifact w : workflows) {
            assertThat(WorkflowRules.violations(w.path(), w.text())).as(example + "/" + w.path()).isEmpty();
        }
    }

    @Test
    void givenTheActionsTable_thenEveryRowIsAFullCommitShaAndAReleaseTag() {
        for (Actions a : Actions.table()) {
            assertThat(a.sha()).as(a.action()).matches("[0-9a-f]{40}");
            assertThat(a.version()).as(a.action()).matches("v\\d+\\.\\d+\\.\\d+");
        }
        assertThat(Actions.table()).extracting(Actions::action).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a tag instead of a SHA | uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2 | uses: actions/checkout@v4 | not pinned",
        "no version comment | 11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2 | 11bd71901bbe5b1630ceea73d27597364c9af683 | without its version",
        "a SHA not in the table | 11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2 | 0000000000000000000000000000000000000000 # v4.2.2 | not a row",
        "permissions at the top | permissions: {}\\nconcurrency: | permissions: write-all\\nconcurrency: | top-level permissions",
        "no timeout | '    timeout-minutes: 15\\n' | '' | no timeout-minutes",
        "an expression in a script | java -jar \"${FORGE_JAR}\" | java -jar ${{ vars.FORGE_JAR }} | an expression inside run:",
        "credentials kept | persist-credentials: false | persist-credentials: true | persist-credentials",
        "security-events without SARIF | security-events: write | security-events: write\\n      pull-requests: write | pull-requests: write without",
        "actions: read without reading runs | '    permissions:\\n      contents: read' | '    permissions:\\n      actions: read\\n      contents: read' | actions: read without"
    })
    void givenAMutantOfCiYml_whenChecked_thenTheRuleFires(String rule, String from, String to, String expected) {
        String mutant = mutant(rule, GithubExamples.workflows("trip-assistant").get(0).text(), from, to);

        assertThat(WorkflowRules.violations("ci.yml", mutant)).as(rule).anyMatch(v -> v.contains(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "id-token without an environment | '    environment: dev\\n' | '' | id-token: write without",
        "a stored key | role-to-assume: | aws-access-key-id: x\\n          role-to-assume: | long-lived AWS keys",
        "an expression in the comment script | const marker | const x = '${{ github.event.pull_request.title }}';\\n            const marker | inside a script"
    })
    void givenAMutantOfInfraYml_whenChecked_thenTheRuleFires(String rule, String from, String to, String expected) {
        String mutant = mutant(rule, GithubExamples.workflows("trip-assistant").get(1).text(), from, to);

        assertThat(WorkflowRules.violations("infra.yml", mutant)).as(rule).anyMatch(v -> v.contains(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "issues: write without the script | drift.yml | actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1 | actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2 | issues: write without",
        "the version written into a script | promote.yml | --is-ancestor \"${VERSION}\" | --is-ancestor ${{ inputs.version }} | an expression inside run:",
        "issues: write on a promotion | promote.yml | '      id-token: write\n    environment: prod' | '      id-token: write\n      issues: write\n    environment: prod' | issues: write without"
    })
    void givenAMutantOfDriftOrPromoteYml_whenChecked_thenTheRuleFires(String rule, String file, String from, String to, String expected) {
        String text = GithubExamples.workflows("trip-assistant").stream().filter(a -> a.path().endsWith("/" + file))
                .findFirst().orElseThrow().text();
        String mutant = mutant(rule, text, from, to);

        assertThat(WorkflowRules.violations(file, mutant)).as(rule).anyMatch(v -> v.contains(expected));
    }

    /**
     * {@code text} with its first {@code from} replaced by {@code to} ({@code \\n} in either read as a line break);
     * {@code from} must be in the text, so that a mutant never passes by changing nothing.
     */
    private static String mutant(String rule, String text, String from, String to) {
        String f = from.replace("\\n", "\n");
        assertThat(text).as(rule).contains(f);
        return text.replaceFirst(Pattern.quote(f), java.util.regex.Matcher.quoteReplacement(to.replace("\\n", "\n")));
    }
}

package dev.forge.targets.github;

import static dev.forge.targets.github.WorkflowDocs.map;
import static dev.forge.targets.github.WorkflowDocs.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.synth.Artifact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code notify.yml} ({@code ci.notifications}) and ci.yml's {@code forge-verify}: the notification runs on the
 * completion of exactly the deployment workflows written, not for pull requests, only for the outcomes the spec
 * lists, with no token permission, the webhook only from the named secret and every field of the triggering run only
 * through {@code env:}; {@code forge verify} checks the committed output wherever Terraform is deployed.
 */
class GithubNotifyVerifyTest {

    static List<String> examples() {
        return GithubExamples.names();
    }

    @Test
    void givenNotifications_thenOneSlackJobOnTheDeploymentWorkflowsWithUntrustedFieldsOnlyInEnv() {
        List<Artifact> files = GithubExamples.synth("ai-validation-platform");
        Map<String, Object> wf = workflow(files, NotifyWorkflow.FILE);
        Map<String, Object> trigger = map(map(wf.get("on")).get("workflow_run"));
        assertThat(trigger.get("workflows")).isEqualTo(List.of("infra", "promote", "deploy")); // deploy.yml: its services
        assertThat(trigger.get("types")).isEqualTo(List.of("completed"));
        Map<String, Object> job = map(map(wf.get("jobs")).get("slack"));
        assertThat(map(job.get("permissions"))).isEmpty();
        assertThat((String) job.get("if")).contains("github.event.workflow_run.event != 'pull_request'",
                "conclusion == 'success'", "conclusion == 'failure'", "github.repository == 'example-org/ai-validation-platform'");
        Map<String, Object> step = map(((List<?>) job.get("steps")).get(0));
        String run = (String) step.get("run");
        assertThat(run).doesNotContain("${{").contains("curl --fail", "\"${SLACK_WEBHOOK_URL}\"", "jq -n");
        Map<String, Object> env = map(step.get("env"));
        assertThat(env).containsEntry("SLACK_WEBHOOK_URL", "${{ secrets.SLACK_WEBHOOK_URL }}")
                .containsEntry("BRANCH", "${{ github.event.workflow_run.head_branch }}");
        String text = files.stream().filter(a -> a.path().endsWith(NotifyWorkflow.FILE)).findFirst().orElseThrow().text();
        assertThat(text.split("secrets\\.", -1)).as("the secret read once").hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_thenNotifyYmlOnlyWhenTheSpecAsks(String example) {
        boolean asked = GithubExamples.resolve(example).environments().get(0).spec().ci().notifications() != null;
        assertThat(GithubExamples.synth(example).stream().anyMatch(a -> a.path().endsWith(NotifyWorkflow.FILE)))
                .isEqualTo(asked);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExampleDeployingTerraform_thenCiYmlVerifiesTheCommittedOutput(String example) {
        List<Artifact> files = GithubExamples.synth(example);
        boolean terraform = files.stream().anyMatch(a -> a.path().endsWith(PromoteWorkflow.FILE));
        Map<String, Object> jobs = map(workflow(files, CiWorkflow.FILE).get("jobs"));
        assertThat(jobs.containsKey("forge-verify")).isEqualTo(terraform);
        if (terraform) {
            Map<String, Object> job = map(jobs.get("forge-verify"));
            assertThat(map(job.get("permissions"))).isEqualTo(Map.of("contents", "read"));
            List<?> steps = (List<?>) job.get("steps");
            assertThat((String) map(steps.get(steps.size() - 1)).get("run")).isEqualTo("java -jar \"${FORGE_JAR}\" verify --out out\n");
        }
    }

    @Test
    void givenAWeeklyCostReport_thenOneJobPerEnvironmentOnItsCronBoundToItsEnvironmentReadingOnlyCostExplorer() {
        var spec = GithubExamples.resolve("ai-validation-platform");
        Map<String, Object> wf = workflow(GithubExamples.synth("ai-validation-platform"), "scheduled-weekly-cost.yml");
        assertThat(map(wf.get("on")).get("schedule")).isEqualTo(List.of(Map.of("cron", "0 8 * * 1")));
        Map<String, Object> jobs = map(wf.get("jobs"));
        List<String> order = GithubActionsTarget.promotion(spec).stream().map(e -> e.name()).toList();
        assertThat(jobs.keySet()).containsExactlyElementsOf(order.stream().map(e -> "cost-" + e).toList());
        for (String env : order) {
            Map<String, Object> job = map(jobs.get("cost-" + env));
            assertThat(job.get("environment")).isEqualTo(env);
            assertThat(map(job.get("permissions"))).isEqualTo(Map.of("contents", "read", "id-token", "write"));
            List<?> steps = (List<?>) job.get("steps");
            assertThat(map(map(steps.get(0)).get("with"))).containsEntry("role-to-assume",
                    "${{ vars." + ScheduledWorkflow.COST_ROLE_VARIABLE + " }}");
            Map<String, Object> run = map(steps.get(1));
            assertThat(map(run.get("env"))).containsEntry("FORGE_ENVIRONMENT", env).containsEntry("APP", "ai-validation-platform");
            String script = (String) run.get("run");
            assertThat(script).contains("aws ce get-cost-and-usage --region us-east-1", "${GITHUB_STEP_SUMMARY}")
                    .doesNotContain("${{");
            assertThat(script.lines().filter(l -> l.startsWith("aws ")).toList()).hasSize(1); // Cost Explorer, nothing else
        }
    }

}

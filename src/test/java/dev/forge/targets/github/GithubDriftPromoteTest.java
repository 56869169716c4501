package dev.forge.targets.github;

import static dev.forge.targets.github.WorkflowDocs.list;
import static dev.forge.targets.github.WorkflowDocs.load;
import static dev.forge.targets.github.WorkflowDocs.map;
import static dev.forge.targets.github.WorkflowDocs.runs;
import static dev.forge.targets.github.WorkflowDocs.steps;
import static dev.forge.targets.github.WorkflowDocs.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import dev.forge.testkit.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * drift.yml and promote.yml of every example, read back: the schedule is {@code ci.drift}; one drift job per
 * environment of {@code ci.promote}, the only jobs with {@code issues: write}; promotion one job per environment in
 * {@code ci.promote} order, each needing the one before, bound to its environment, in infra.yml's apply concurrency
 * group, checking out the validated version; and the version input never part of a script.
 */
class GithubDriftPromoteTest {

    static List<String> examples() {
        return GithubExamples.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_thenDriftRunsOnCiDriftAndByHand(String example) {
        ResolvedSpec spec = GithubExamples.resolve(example);
        Map<String, Object> drift = workflow(GithubExamples.synth(example), DriftWorkflow.FILE);

        Map<String, Object> on = map(drift.get("on"));
        assertThat(on).containsOnlyKeys("schedule", "workflow_dispatch");
        String cron = spec.environments().get(0).spec().ci().drift();
        assertThat(cron).as("ci.drift, or its default").isNotBlank();
        assertThat(on.get("schedule")).isEqualTo(List.of(Map.of("cron", cron)));
    }

    @Test
    void givenASpecWithItsOwnDriftSchedule_thenDriftYmlRunsOnIt(@TempDir Path tmp) throws IOException {
        Path dir = Examples.repoRoot().resolve("examples").resolve("trip-assistant");
        try (var all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                Path to = tmp.resolve(dir.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        String yaml = Files.readString(dir.resolve("forge.yaml"));
        assertThat(yaml).contains("\nci:\n");
        Path spec = tmp.resolve("forge.yaml");
        Files.writeString(spec, yaml.replace("\nci:\n", "\nci:\n  drift: \"17 3 * * 2\"\n"));
        ResolvedSpec resolved = Pipeline.resolve(Pipeline.read(spec, "forge.yaml"));
        List<Artifact> files = GithubExamples.TARGET.synth(new SynthContext(resolved, resolved.environments(),
                Optional.of(new SynthContext.Layout(tmp, tmp.resolve("out")))));

        assertThat(map(workflow(files, DriftWorkflow.FILE).get("on")).get("schedule"))
                .isEqualTo(List.of(Map.of("cron", "17 3 * * 2")));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_thenOneDriftJobPerEnvironmentAndOnlyTheyWriteIssues(String example) {
        List<String> order = order(example);
        List<Artifact> files = GithubExamples.synth(example);
        Map<String, Object> jobs = map(workflow(files, DriftWorkflow.FILE).get("jobs"));

        List<String> expected = new ArrayList<>(order.stream().map(e -> "drift-" + e).toList());
        if (CloudFormation.selected(GithubExamples.resolve(example).environments().get(0).spec())) {
            order.forEach(e -> expected.add("stack-drift-" + e)); // ci.iac: cloudformation
        }
        assertThat(jobs.keySet()).containsExactlyElementsOf(expected);
        for (String env : order) {
            Map<String, Object> job = map(jobs.get("drift-" + env));
            assertThat(job.get("environment")).as(env).isEqualTo(env);
            assertThat(map(job.get("permissions"))).as(env)
                    .isEqualTo(Map.of("contents", "read", "id-token", "write", "issues", "write"));
            String run = runs(job).get(0);
            assertThat(run).contains("terraform init -backend-config=backend.hcl",
                    "terraform plan -refresh-only -detailed-exitcode -lock=false");
            assertThat(steps(job)).anyMatch(s -> ("out/terraform-aws/environments/" + env).equals(s.get("working-directory")));
        }
        for (Artifact a : files) {
            if (a.path().endsWith(".yml") && !a.path().endsWith(DriftWorkflow.FILE)) {
                map(workflow(files, a.path().substring(a.path().lastIndexOf('/') + 1)).get("jobs")).forEach((id, job) ->
                        assertThat(map(map(job).get("permissions"))).as(a.path() + " " + id).doesNotContainKey("issues"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_thenPromotionFollowsCiPromoteEachNeedingTheOneBefore(String example) {
        List<String> order = order(example);
        Map<String, Object> promote = workflow(GithubExamples.synth(example), PromoteWorkflow.FILE);
        Map<String, Object> jobs = map(promote.get("jobs"));

        assertThat(map(promote.get("on"))).containsOnlyKeys("workflow_dispatch");
        boolean deploys = dev.forge.platform.aws.GithubOidc.deploysCode(GithubExamples.resolve(example).environments().get(0).spec());
        boolean stacks = CloudFormation.selected(GithubExamples.resolve(example).environments().get(0).spec());
        List<String> expected = new ArrayList<>(List.of(PromoteWorkflow.VERSION_JOB));
        order.forEach(e -> {
            expected.add("promote-" + e);
            if (stacks) {
                expected.add("promote-stack-" + e); // GithubCloudFormationTest
            }
            if (deploys) {
                expected.add("deploy-" + e);
            }
        });
        assertThat(jobs.keySet()).containsExactlyElementsOf(expected);
        String previous = null;
        for (String env : order) {
            Map<String, Object> job = map(jobs.get("promote-" + env));
            List<String> needs = job.get("needs") instanceof String s ? List.of(s) : list(job.get("needs"));
            assertThat(needs).as(env).isEqualTo(previous == null ? List.of("version") : List.of("version", previous));
            if (deploys) {
                // the promoted commit's code, after its Terraform and before the next environment's
                Map<String, Object> deploy = map(jobs.get("deploy-" + env));
                assertThat(list(deploy.get("needs"))).as(env).isEqualTo(List.of("version",
                        (stacks ? "promote-stack-" : "promote-") + env));
                assertThat(deploy.get("environment")).isEqualTo(env);
                assertThat(map(deploy.get("concurrency"))).isEqualTo(Map.of("group", "deploy-" + env, "cancel-in-progress", false));
                assertThat(map(steps(deploy).get(0).get("with")).get("ref")).isEqualTo("${{ needs.version.outputs.sha }}");
                String text = String.valueOf(deploy);
                assertThat(text).doesNotContain("github.sha");
                if (text.contains("IMAGE=")) {
                    assertThat(text).contains(":${{ needs.version.outputs.sha }}"); // images tagged by the version
                }
            }
            assertThat(job.get("environment")).as(env).isEqualTo(env);
            assertThat(map(job.get("permissions"))).as(env).isEqualTo(Map.of("contents", "read", "id-token", "write"));
            assertThat(map(job.get("concurrency"))).as(env + ": infra.yml's apply group")
                    .isEqualTo(Map.of("group", "terraform-apply-" + env, "cancel-in-progress", false));
            assertThat(map(steps(job).get(0).get("with")).get("ref")).isEqualTo("${{ needs.version.outputs.sha }}");
            assertThat(runs(job).get(0)).contains("terraform apply -no-color -lock-timeout=5m tfplan");
            previous = (deploys ? "deploy-" : stacks ? "promote-stack-" : "promote-") + env;
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_thenInfraYmlsApplyIsInTheSameConcurrencyGroups(String example) {
        Map<String, Object> jobs = map(workflow(GithubExamples.synth(example), InfraWorkflow.FILE).get("jobs"));
        for (String env : order(example)) {
            assertThat(map(map(jobs.get("apply-" + env)).get("concurrency")).get("group")).isEqualTo("terraform-apply-" + env);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_thenTheVersionReachesAScriptOnlyThroughEnvAndIsCheckedByARegex(String example) {
        String text = GithubExamples.synth(example).stream().filter(a -> a.path().endsWith(PromoteWorkflow.FILE))
                .findFirst().orElseThrow().text();
        Map<String, Object> jobs = map(load(text).get("jobs"));
        int checked = 0;
        for (Map.Entry<String, Object> job : jobs.entrySet()) {
            for (Map<String, Object> step : steps(map(job.getValue()))) {
                String run = (String) step.get("run");
                if (run == null) {
                    continue;
                }
                assertThat(run).doesNotContain("${{").doesNotContain("inputs.");
                if (!job.getKey().equals(PromoteWorkflow.VERSION_JOB)) {
                    // a deploy job's ${VERSION} is the function version it published: never the input
                    assertThat(String.valueOf(step.get("env"))).doesNotContain("inputs.");
                    continue;
                }
                if (run.contains("${VERSION}")) {
                    assertThat(map(step.get("env"))).containsEntry("VERSION", "${{ inputs.version }}");
                    assertThat(run.lines().findFirst().orElseThrow()).contains("=~ ^[0-9a-f]{40}$ ]]", "exit 1");
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(1);
        assertThat(text.split("inputs\\.version", -1)).as("the input read once, by the check's env").hasSize(2);
    }

    private static List<String> order(String example) {
        return GithubActionsTarget.promotion(GithubExamples.resolve(example)).stream().map(ResolvedEnv::name).toList();
    }

}

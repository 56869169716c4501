package dev.forge.targets.github;

import static dev.forge.targets.github.WorkflowDocs.list;
import static dev.forge.targets.github.WorkflowDocs.load;
import static dev.forge.targets.github.WorkflowDocs.map;
import static dev.forge.targets.github.WorkflowDocs.runs;
import static dev.forge.targets.github.WorkflowDocs.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import dev.forge.targets.BuiltinTargets;
import dev.forge.testkit.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ci.iac: [cloudformation]}: infra.yml's change sets (one per environment on pull requests, one comment updated in
 * place; executed on pushes in {@code ci.promote} order, one at a time per stack) and drift.yml's drift detection,
 * read back together with the cloudformation target's templates: every job assuming the stack's deploy role is bound
 * to the GitHub environment that role trusts, and every AWS call the scripts make is an action that role holds.
 */
class GithubCloudFormationTest {

    /** The example whose spec asks for both (seed 003 deploys with the CDK). */
    static final String EXAMPLE = "ai-validation-platform";
    private static final Pattern AWS_CALL = Pattern.compile("aws (cloudformation|s3) (wait )?([a-z0-9-]+)");

    @Test
    void givenCloudFormation_thenAChangeSetPerEnvironmentOnPullRequestsAndExecutedInPromotionOrder() {
        ResolvedSpec spec = GithubExamples.resolve(EXAMPLE);
        assertThat(CloudFormation.selected(spec.environments().get(0).spec())).isTrue();
        List<String> order = GithubActionsTarget.promotion(spec).stream().map(ResolvedEnv::name).toList();
        Map<String, Object> jobs = map(workflow(GithubExamples.synth(EXAMPLE), InfraWorkflow.FILE).get("jobs"));

        String previous = null;
        for (String env : order) {
            Map<String, Object> pr = map(jobs.get("change-set-" + env));
            assertThat(pr.get("environment")).isEqualTo(env);
            assertThat((String) pr.get("if")).startsWith("github.event_name == 'pull_request'").contains(InfraWorkflow.SAME_REPOSITORY);
            assertThat(map(pr.get("permissions"))).isEqualTo(Map.of("contents", "read", "id-token", "write"));
            assertThat(String.join("\n", runs(pr))).contains("create-change-set", "delete-change-set")
                    .doesNotContain("execute-change-set");

            Map<String, Object> execute = map(jobs.get("execute-" + env));
            assertThat(execute.get("environment")).isEqualTo(env);
            assertThat((String) execute.get("if")).startsWith("github.event_name == 'push'");
            assertThat(map(execute.get("concurrency"))).isEqualTo(Map.of("group", "cloudformation-deploy-" + env,
                    "cancel-in-progress", false));
            assertThat(execute.get("needs")).isEqualTo(previous);
            assertThat(String.join("\n", runs(execute))).contains("create-change-set", "execute-change-set",
                    "wait stack-update-complete", "--change-set-name \"${CHANGE_SET}\"",
                    "file://" + env + "/parameters.json", "--template-file " + env + "/template.yaml");
            previous = "execute-" + env;
        }
        Map<String, Object> comment = map(jobs.get("change-set-comment"));
        assertThat(comment.get("needs")).isEqualTo(order.stream().map(e -> "change-set-" + e).toList());
        assertThat(map(comment.get("permissions"))).isEqualTo(Map.of("pull-requests", "write"));
        String script = (String) map(map(list(comment.get("steps")).get(0)).get("with")).get("script");
        assertThat(script).startsWith("const marker = '" + InfraWorkflow.CHANGE_SET_MARKER + "';")
                .contains("updateComment").doesNotContain("${{");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenTheStacksDeployRoles_thenEveryJobAssumingOneIsBoundToTheEnvironmentItTrustsAndCallsOnlyWhatItHolds() {
        ResolvedSpec spec = GithubExamples.resolve(EXAMPLE);
        Map<String, String> templates = new LinkedHashMap<>();
        Examples.synth(BuiltinTargets.byName("cloudformation").orElseThrow(), EXAMPLE)
                .forEach(a -> templates.put(a.path(), a.text()));
        List<Artifact> workflows = GithubExamples.synth(EXAMPLE);
        String repository = spec.written().ci().github().repo();
        int checked = 0;
        Set<String> called = new TreeSet<>();
        for (String file : List.of(InfraWorkflow.FILE, DriftWorkflow.FILE, PromoteWorkflow.FILE)) {
            for (var e : map(workflow(workflows, file).get("jobs")).entrySet()) {
                Map<String, Object> job = map(e.getValue());
                boolean stackRole = list(job.get("steps")).stream().map(WorkflowDocs::map)
                        .anyMatch(s -> map(s.getOrDefault("with", Map.of())).getOrDefault("role-to-assume", "")
                                .equals("${{ vars." + CloudFormation.ROLE_VARIABLE + " }}"));
                if (!stackRole) {
                    continue;
                }
                String env = (String) job.get("environment");
                assertThat(env).as(file + " " + e.getKey()).isNotNull();
                Map<String, Object> role = deployRole(templates.get(env + "/template.yaml"));
                Map<String, Object> condition = map(map(map(list(map(role.get("AssumeRolePolicyDocument"))
                        .get("Statement")).get(0)).get("Condition")).get("StringEquals"));
                List<String> subjects = (List<String>) condition.get("token.actions.githubusercontent.com:sub");
                assertThat(subjects).as(file + " " + e.getKey()).contains("repo:" + repository + ":environment:" + env);
                ResolvedEnv resolved = spec.environments().stream().filter(x -> x.name().equals(env)).findFirst().orElseThrow();
                if (GithubActionsTarget.approved(resolved)) {
                    assertThat(subjects).as(env + ": approved, so only the environment claim").hasSize(1);
                }
                Set<String> allowed = new TreeSet<>();
                for (Object st : list(map(map(list(role.get("Policies")).get(0)).get("PolicyDocument")).get("Statement"))) {
                    if ("Allow".equals(map(st).get("Effect"))) {
                        allowed.addAll((List<String>) map(st).get("Action"));
                    }
                }
                for (String run : runs(job)) {
                    Matcher m = AWS_CALL.matcher(run);
                    while (m.find()) {
                        String action = action(m.group(1), m.group(2) != null, m.group(3));
                        called.add(action);
                        assertThat(allowed).as(file + " " + e.getKey() + ": " + m.group()).contains(action);
                    }
                }
                checked++;
            }
        }
        // per environment: change set, execute, drift, promotion
        assertThat(checked).isEqualTo(4 * GithubActionsTarget.promotion(spec).size());
        assertThat(called).contains("cloudformation:CreateChangeSet", "cloudformation:ExecuteChangeSet",
                "cloudformation:DetectStackDrift", "s3:PutObject");
    }

    /**
     * Drift detection reads configuration with the deploy role's credentials, through AWS's ReadOnlyAccess; the app's
     * data (objects, items, messages, log events) stays out of CI's reach: an explicit deny, for everything but the
     * templates the role uploads. And a detection that could not check every resource never reports "in sync".
     */
    @Test
    @SuppressWarnings("unchecked")
    void givenDriftDetection_thenTheDeployRoleReadsNoDataAndAnIncompleteDetectionIsNeverInSync() {
        Map<String, String> templates = new LinkedHashMap<>();
        Examples.synth(BuiltinTargets.byName("cloudformation").orElseThrow(), EXAMPLE)
                .forEach(a -> templates.put(a.path(), a.text()));
        Map<String, Object> role = deployRole(templates.get("prod/template.yaml"));
        assertThat(String.valueOf(role.get("ManagedPolicyArns"))).contains("policy/ReadOnlyAccess");
        Map<String, Object> deny = list(map(map(list(role.get("Policies")).get(0)).get("PolicyDocument")).get("Statement"))
                .stream().map(WorkflowDocs::map).filter(st -> "DenyDataReads".equals(st.get("Sid")))
                .findFirst().orElseThrow();
        assertThat(deny.get("Effect")).isEqualTo("Deny");
        assertThat((List<String>) deny.get("Action")).contains("s3:GetObject", "dynamodb:Scan", "dynamodb:Query",
                "logs:GetLogEvents", "sqs:ReceiveMessage");
        assertThat(String.valueOf(deny.get("NotResource"))).contains("/${AWS::StackName}/*");

        String drift = String.join("\n", runs(map(map(workflow(GithubExamples.synth(EXAMPLE), DriftWorkflow.FILE)
                .get("jobs")).get("stack-drift-prod"))));
        assertThat(drift).contains("if [ \"${STACK_DRIFT}\" = IN_SYNC ] && [ \"${DETECTION_STATUS}\" != DETECTION_COMPLETE ];"
                + " then echo \"::error::drift detection did not check every resource");
    }

    @Test
    void givenTerraformOnly_thenNoStackJobAndNoDriftRightsOnTheStack(@TempDir Path tmp) throws IOException {
        ResolvedSpec spec = withIac(tmp, "[terraform]");
        List<Artifact> files = synth(spec, tmp);
        assertThat(map(workflow(files, InfraWorkflow.FILE).get("jobs")).keySet())
                .noneMatch(j -> j.startsWith("change-set") || j.startsWith("execute-"));
        assertThat(map(workflow(files, DriftWorkflow.FILE).get("jobs")).keySet()).noneMatch(j -> j.startsWith("stack-drift"));
        String template = BuiltinTargets.byName("cloudformation").orElseThrow().synth(new SynthContext(spec,
                spec.environments(), Optional.empty())).stream().filter(a -> a.path().equals("dev/template.yaml"))
                .findFirst().orElseThrow().text();
        assertThat(template).doesNotContain("DetectStackDrift").doesNotContain("ReadOnlyAccess");
    }

    /**
     * promote.yml with the stacks: per environment in {@code ci.promote} order, after the environment's Terraform and
     * before its code, a change set of the checked version's template executed on the stack, bound to the environment
     * with the stack's deploy role, in infra.yml's execution group; the version reaches the script only as the checked
     * job output, through {@code env:}; a failed change set or update fails the job.
     */
    @Test
    void givenCloudFormation_thenPromoteExecutesTheVersionsTemplateOnEachStackInPromotionOrder() {
        ResolvedSpec spec = GithubExamples.resolve(EXAMPLE);
        List<String> order = GithubActionsTarget.promotion(spec).stream().map(ResolvedEnv::name).toList();
        Map<String, Object> jobs = map(workflow(GithubExamples.synth(EXAMPLE), PromoteWorkflow.FILE).get("jobs"));
        Map<String, Object> infra = map(workflow(GithubExamples.synth(EXAMPLE), InfraWorkflow.FILE).get("jobs"));
        String previous = null;
        for (String env : order) {
            Map<String, Object> job = map(jobs.get("promote-stack-" + env));
            assertThat(job).as(env).isNotNull();
            assertThat(job.get("needs")).as(env + ": after the environment's Terraform, which follows the environment before")
                    .isEqualTo(List.of(PromoteWorkflow.VERSION_JOB, "promote-" + env));
            if (previous != null) {
                assertThat(list(map(jobs.get("promote-" + env)).get("needs"))).contains(previous);
            }
            assertThat(job.get("environment")).isEqualTo(env);
            assertThat(map(job.get("permissions"))).isEqualTo(Map.of("contents", "read", "id-token", "write"));
            assertThat(job.get("concurrency")).as(env + ": infra.yml's execution group")
                    .isEqualTo(map(infra.get("execute-" + env)).get("concurrency"));
            assertThat((String) job.get("if")).isEqualTo(Terraform.ownRepository(
                    spec.environments().stream().filter(e -> e.name().equals(env)).findFirst().orElseThrow()));
            List<Map<String, Object>> steps = list(job.get("steps")).stream().map(WorkflowDocs::map).toList();
            assertThat(map(steps.get(0).get("with")).get("ref")).isEqualTo(PromoteWorkflow.SHA);
            assertThat(map(steps.get(1).get("with")).get("role-to-assume")).isEqualTo("${{ vars." + CloudFormation.ROLE_VARIABLE + " }}");
            Map<String, Object> run = steps.get(2);
            assertThat(map(run.get("env"))).isEqualTo(Map.of("VERSION", PromoteWorkflow.SHA));
            assertThat((String) run.get("run")).doesNotContain("${{").doesNotContain("GITHUB_SHA")
                    .contains("/template-${VERSION}.yaml", "create-change-set", "wait change-set-create-complete",
                            "execute-change-set", "wait stack-update-complete", "file://" + env + "/parameters.json",
                            "--template-file " + env + "/template.yaml")
                    .contains("else echo \"Change set ${CHANGE_SET}: ${CS_STATUS}: ${REASON}\" >&2; exit 1; fi");
            // the code after the stack
            assertThat(map(jobs.get("deploy-" + env)).get("needs")).isEqualTo(List.of(PromoteWorkflow.VERSION_JOB,
                    "promote-stack-" + env));
            previous = "deploy-" + env;
        }
    }

    @Test
    void givenCloudFormationOnly_thenNoTerraformJobAndPromoteYmlPromotesOnlyTheStacks(@TempDir Path tmp) throws IOException {
        ResolvedSpec spec = withIac(tmp, "[cloudformation]");
        List<Artifact> files = synth(spec, tmp);
        assertThat(map(workflow(files, InfraWorkflow.FILE).get("jobs")).keySet())
                .allMatch(j -> j.startsWith("change-set") || j.startsWith("execute-"));
        assertThat(map(workflow(files, DriftWorkflow.FILE).get("jobs")).keySet()).allMatch(j -> j.startsWith("stack-drift-"));
        assertThat(workflow(files, InfraWorkflow.FILE)).doesNotContainKey("env"); // no TF_* variables
        Map<String, Object> promote = workflow(files, PromoteWorkflow.FILE);
        assertThat(promote).doesNotContainKey("env");
        List<String> expected = new ArrayList<>(List.of(PromoteWorkflow.VERSION_JOB));
        String previous = PromoteWorkflow.VERSION_JOB;
        for (ResolvedEnv env : GithubActionsTarget.promotion(spec)) {
            expected.add("promote-stack-" + env.name());
            expected.add("deploy-" + env.name());
            Map<String, Object> stack = map(map(promote.get("jobs")).get("promote-stack-" + env.name()));
            assertThat(stack.get("needs")).isEqualTo(previous.equals(PromoteWorkflow.VERSION_JOB)
                    ? PromoteWorkflow.VERSION_JOB : List.of(PromoteWorkflow.VERSION_JOB, previous));
            previous = "deploy-" + env.name();
        }
        assertThat(map(promote.get("jobs")).keySet()).containsExactlyElementsOf(expected);
        assertThat(String.valueOf(promote)).doesNotContain("terraform");
        // every workflow of the stacks-only spec through actionlint, the workflow parser, shellcheck and yamllint
        dev.forge.testkit.Examples.write(files, tmp.resolve("lint"));
        GhaCheck.Report report = GhaCheck.run(List.of(tmp.resolve("lint")));
        assertThat(report.workflows()).isEqualTo((int) files.stream().filter(a -> a.path().endsWith(".yml")).count());
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void givenAnUnknownIac_thenAClearError(@TempDir Path tmp) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withIac(tmp, "[pulumi]"))
                .hasMessageContaining("pulumi");
    }

    /** An AWS CLI call as the IAM action it needs (a waiter polls a describe call; package and cp upload). */
    static String action(String service, boolean waiter, String verb) {
        if (service.equals("s3") || verb.equals("package")) {
            return "s3:PutObject";
        }
        if (waiter) {
            return verb.startsWith("change-set") ? "cloudformation:DescribeChangeSet" : "cloudformation:DescribeStacks";
        }
        StringBuilder b = new StringBuilder("cloudformation:");
        for (String part : verb.split("-")) {
            b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return b.toString();
    }

    private static ResolvedSpec withIac(Path tmp, String iac) throws IOException {
        Path dir = Examples.spec(EXAMPLE).getParent();
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
        String yaml = Files.readString(Examples.spec(EXAMPLE));
        yaml = yaml.replaceAll("\n  iac: \\[[a-z, ]*\\]\n", "\n").replace("\nci:\n", "\nci:\n  iac: " + iac + "\n");
        Path spec = tmp.resolve("forge.yaml");
        Files.writeString(spec, yaml, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        return Pipeline.resolve(Pipeline.read(spec, "forge.yaml"));
    }

    private static List<Artifact> synth(ResolvedSpec spec, Path tmp) {
        return GithubExamples.TARGET.synth(new SynthContext(spec, spec.environments(),
                Optional.of(new SynthContext.Layout(tmp, tmp.resolve("out")))));
    }

    private static Map<String, Object> deployRole(String template) {
        Map<String, Object> resources = map(load(template).get("Resources"));
        return map(map(resources.get("DeployRole")).get("Properties"));
    }

}

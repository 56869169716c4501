package dev.forge.targets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Examples;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The scheduled cost report ({@code ci.schedules} kind {@code cost-report}) assumes a role both AWS targets write
 * ({@link dev.forge.platform.aws.GithubOidc#costReport}): every AWS call of each {@code cost-<env>} job (read from its
 * {@code run:} blocks, as {@link DeployCallsAllowedTest} reads deploy.yml's) is an action of that environment's role as
 * terraform-aws's github_oidc module and cloudformation's {@code CostReportRole} wrote it, on the resource it allows;
 * the role trusts, for the audience, exactly the subject of the job's own GitHub environment; the job's
 * {@code AWS_COST_REPORT_ROLE_ARN} is filled from the outputs the README names; and the role holds nothing else.
 * Mutants: a call the role does not allow, a role trusting another environment, a policy that lost its action.
 */
class CostReportRoleTest {

    private static final String EXAMPLE = "ai-validation-platform";
    private static final Pattern AWS_CALL = Pattern.compile("\\baws ([a-z0-9-]+) ([a-z0-9-]+)");

    /** A role as written: its allowed actions (with their resources) and the token subjects it trusts. */
    record Role(Map<String, Set<String>> actions, List<String> subjects, String audience) {

        String denies(String action) {
            Set<String> on = actions.get(action);
            return on == null ? "the role lacks " + action : on.equals(Set.of("*")) ? null : action + " only on " + on;
        }
    }

    @Test
    void everyCallOfTheCostReport_isAllowedByTheRoleBothAwsTargetsWrite_trustedForExactlyTheJobsEnvironment() {
        Map<String, String> text = synth();
        ResolvedSpec spec = Examples.resolve(EXAMPLE);
        String repository = spec.written().ci().github().repo();
        Map<String, Map<String, Object>> jobs = jobs(text.get("github-actions/.github/workflows/scheduled-weekly-cost.yml"));
        assertThat(jobs).hasSize(spec.written().ci().promote().size());
        String module = text.get("terraform-aws/modules/github_oidc/main.tf");
        int checked = 0;
        for (var job : jobs.entrySet()) {
            String env = (String) job.getValue().get("environment");
            assertThat(job.getKey()).isEqualTo("cost-" + env);
            List<String> subject = List.of("repo:" + repository + ":environment:" + env);
            String root = text.get("terraform-aws/environments/" + env + "/main.tf");
            List<Role> roles = List.of(terraformRole(module, root), stackRole(text.get("cloudformation/" + env + "/template.yaml")));
            for (Role role : roles) {
                assertThat(role.subjects()).as(env + ": the role trusts exactly the job's environment").isEqualTo(subject);
                assertThat(role.audience()).isEqualTo(dev.forge.platform.aws.GithubOidc.AUDIENCE);
                assertThat(role.actions()).as(env + ": nothing else").isEqualTo(Map.of("ce:GetCostAndUsage", Set.of("*")));
                for (String action : calls(job.getValue())) {
                    assertThat(role.denies(action)).as(env + " " + action).isNull();
                    checked++;
                }
            }
            // the variable the job reads is filled from the outputs the README names, which are these roles' ARNs
            assertThat(String.valueOf(((List<Map<String, Object>>) job.getValue().get("steps")).get(0).get("with")))
                    .contains("${{ vars.AWS_COST_REPORT_ROLE_ARN }}");
            assertThat(DeployCallsAllowedTest.output(text.get("terraform-aws/environments/" + env + "/outputs.tf"),
                    "cost_report_role_arn")).isEqualTo("module.github_oidc.cost_report_role_arn");
            assertThat(text.get("cloudformation/" + env + "/template.yaml")).contains("CostReportRoleArn:");
        }
        assertThat(text.get("github-actions/.github/workflows/README.md")).contains("`AWS_COST_REPORT_ROLE_ARN`: terraform-aws"
                + " output `cost_report_role_arn` (module `github_oidc`), or the CloudFormation stack's output `CostReportRoleArn`");
        assertThat(DeployCallsAllowedTest.output(text.get("terraform-aws/modules/github_oidc/outputs.tf"), "cost_report_role_arn"))
                .isEqualTo("one(aws_iam_role.cost_report[*].arn)");
        assertThat(checked).isEqualTo(2 * jobs.size());
    }

    @Test
    void givenACallTheRoleDoesNotAllow_aRoleTrustingAnotherEnvironment_orAPolicyWithoutItsAction_thenTheCheckRejectsIt() {
        Map<String, String> text = synth();
        String module = text.get("terraform-aws/modules/github_oidc/main.tf");
        String root = text.get("terraform-aws/environments/dev/main.tf");
        String template = text.get("cloudformation/dev/template.yaml");
        Map<String, Object> job = jobs(text.get("github-actions/.github/workflows/scheduled-weekly-cost.yml")).get("cost-dev");
        // mutant 1: the job also asks for a forecast
        Map<String, Object> forecast = jobs(text.get("github-actions/.github/workflows/scheduled-weekly-cost.yml")
                .replace("aws ce get-cost-and-usage", "aws ce get-cost-forecast --region us-east-1\n          aws ce get-cost-and-usage"))
                .get("cost-dev");
        assertThat(calls(forecast)).anySatisfy(a -> assertThat(terraformRole(module, root).denies(a)).isNotNull());
        // mutant 2: the stack's role trusts another environment (and the module's a branch)
        assertThat(stackRole(template.replace(":environment:dev", ":environment:prod")).subjects())
                .isNotEqualTo(List.of("repo:" + Examples.resolve(EXAMPLE).written().ci().github().repo() + ":environment:dev"));
        assertThat(terraformRole(module.replace(":environment:${var.github_environment}\"]", ":ref:refs/heads/${var.branch}\"]"),
                root).subjects()).noneMatch(x -> x.endsWith(":environment:dev"));
        // mutant 3: the policies without their action
        assertThat(calls(job)).anySatisfy(a -> assertThat(terraformRole(module.replace("\"ce:GetCostAndUsage\"", "\"ce:GetTags\""),
                root).denies(a)).isNotNull());
        assertThat(calls(job)).anySatisfy(a -> assertThat(stackRole(template.replace("- ce:GetCostAndUsage", "- ce:GetTags"))
                .denies(a)).isNotNull());
        // and the unmutated roles allow every call
        assertThat(calls(job)).isNotEmpty().allSatisfy(a -> assertThat(terraformRole(module, root).denies(a)).isNull());
    }

    @Test
    void theRolesStarResource_passesFORGE_IAM_002_becauseCostExplorerAuthorizesOnStarOnly_andAWiderPolicyIsCaught() {
        Map<String, String> text = synth();
        ResolvedSpec spec = Examples.resolve(EXAMPLE);
        List<Artifact> files = text.entrySet().stream().filter(e -> e.getKey().startsWith("terraform-aws/")
                || e.getKey().startsWith("cloudformation/")).map(e -> Artifact.text(e.getKey(), e.getValue())).toList();
        assertThat(iam002(spec, files)).isEmpty();
        assertThat(dev.forge.platform.aws.IamActions.STAR_RESOURCE).containsKey("ce:GetCostAndUsage");
        // mutant: the cost report role also allowed to change cost categories, on "*"
        List<Artifact> wider = files.stream().map(a -> a.path().equals("terraform-aws/modules/github_oidc/main.tf")
                ? Artifact.text(a.path(), a.text().replace("[\"ce:GetCostAndUsage\"]",
                        "[\"ce:GetCostAndUsage\", \"ce:UpdateCostCategoryDefinition\"]")) : a).toList();
        assertThat(iam002(spec, wider)).isNotEmpty();
    }

    private static List<dev.forge.check.Finding> iam002(ResolvedSpec spec, List<Artifact> files) {
        return new dev.forge.check.Checker(List.of(dev.forge.check.Packs.byName("baseline").orElseThrow()),
                java.time.LocalDate.of(2026, 6, 1)).checkArtifacts(spec, spec.environments(), files).findings().stream()
                .filter(f -> f.rule().equals("FORGE-IAM-002")).toList();
    }

    @Test
    void givenNoCostReport_thenNeitherTargetWritesTheRole() {
        ResolvedSpec spec = Examples.resolve("forge-platform");
        assertThat(dev.forge.platform.aws.GithubOidc.costReport(spec.environments().get(0).spec())).isFalse();
        Map<String, String> text = synth("forge-platform");
        assertThat(text.get("terraform-aws/environments/dev/main.tf")).doesNotContain("cost_report");
        assertThat(text.get("cloudformation/dev/template.yaml")).doesNotContain("CostReportRole");
    }

    private static Map<String, String> synth() {
        return synth(EXAMPLE);
    }

    private static Map<String, String> synth(String example) {
        ResolvedSpec spec = Examples.resolve(example);
        Path dir = Examples.repoRoot().resolve("examples").resolve(example);
        List<Artifact> files = Pipeline.synth(spec, List.of(BuiltinTargets.byName("terraform-aws").orElseThrow(),
                BuiltinTargets.byName("cloudformation").orElseThrow(), BuiltinTargets.byName("github-actions").orElseThrow()),
                spec.environments(), dir, dir.resolve("out"));
        Map<String, String> text = new LinkedHashMap<>();
        files.forEach(a -> text.put(a.path(), a.text()));
        return text;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> jobs(String workflow) {
        Map<String, Object> wf = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(workflow);
        return (Map<String, Map<String, Object>>) wf.get("jobs");
    }

    /** The IAM actions of a job's {@code aws} calls ({@code aws ce get-cost-and-usage} is ce:GetCostAndUsage). */
    @SuppressWarnings("unchecked")
    private static List<String> calls(Map<String, Object> job) {
        List<String> out = new java.util.ArrayList<>();
        for (Map<String, Object> step : (List<Map<String, Object>>) job.get("steps")) {
            if (step.get("run") instanceof String run) {
                Matcher m = AWS_CALL.matcher(run);
                while (m.find()) {
                    StringBuilder b = new StringBuilder(m.group(1)).append(':');
                    for (String part : m.group(2).split("-")) {
                        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                    }
                    out.add(b.toString());
                }
            }
        }
        return out;
    }

    /** terraform-aws's cost report role: the module's aws_iam_role.cost_report and its policy, for the root's call. */
    private static Role terraformRole(String module, String root) {
        Matcher call = Pattern.compile("module \"github_oidc\" \\{(.*?)\\n}", Pattern.DOTALL).matcher(root);
        assertThat(call.find()).isTrue();
        if (!call.group(1).matches("(?s).*\\n\\s*cost_report\\s*=\\s*true\\n.*")) {
            return new Role(Map.of(), List.of(), null); // the root does not ask for the role: count = 0
        }
        String environment = attribute(call.group(1), "github_environment");
        String repository = attribute(call.group(1), "repository");
        Matcher role = Pattern.compile("resource \"aws_iam_role\" \"cost_report\" \\{(.*?)\\n}", Pattern.DOTALL).matcher(module);
        Matcher policy = Pattern.compile("resource \"aws_iam_role_policy\" \"cost_report\" \\{(.*?)\\n}", Pattern.DOTALL).matcher(module);
        assertThat(role.find() && policy.find()).isTrue();
        Matcher sub = Pattern.compile(":sub\"\\s*=\\s*\\[(.*?)]", Pattern.DOTALL).matcher(role.group(1));
        List<String> subjects = new java.util.ArrayList<>();
        if (sub.find()) {
            Matcher each = Pattern.compile("\"((?:[^\"\\\\]|\\$\\{[^}]*})*)\"").matcher(sub.group(1));
            while (each.find()) {
                subjects.add(each.group(1).replace("${var.repository}", repository).replace("${var.github_environment}", environment)
                        .replace("${var.branch}", String.valueOf(attribute(call.group(1), "branch"))));
            }
        }
        Matcher aud = Pattern.compile(":aud\"\\s*=\\s*\"([^\"]+)\"").matcher(role.group(1));
        Map<String, Set<String>> actions = new LinkedHashMap<>();
        Matcher st = Pattern.compile("Effect\\s*=\\s*\"Allow\"\\s*Action\\s*=\\s*\\[(.*?)]\\s*Resource\\s*=\\s*\\[(.*?)]",
                Pattern.DOTALL).matcher(policy.group(1));
        while (st.find()) {
            Set<String> resources = new TreeSet<>(List.of(st.group(2).replace("\"", "").trim().split("\\s*,\\s*")));
            for (String a : st.group(1).replace("\"", "").trim().split("\\s*,\\s*")) {
                actions.put(a, resources);
            }
        }
        return new Role(actions, subjects, aud.find() ? aud.group(1) : null);
    }

    /** cloudformation's CostReportRole as the template holds it. */
    @SuppressWarnings("unchecked")
    private static Role stackRole(String template) {
        Map<String, Object> resources = (Map<String, Object>) ((Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(template)).get("Resources");
        Map<String, Object> role = (Map<String, Object>) ((Map<String, Object>) resources.get("CostReportRole")).get("Properties");
        Map<String, Object> trust = ((List<Map<String, Object>>) ((Map<String, Object>) role.get("AssumeRolePolicyDocument"))
                .get("Statement")).get(0);
        Map<String, Object> equals = (Map<String, Object>) ((Map<String, Object>) trust.get("Condition")).get("StringEquals");
        Map<String, Set<String>> actions = new LinkedHashMap<>();
        for (Map<String, Object> policy : (List<Map<String, Object>>) role.get("Policies")) {
            for (Map<String, Object> st : (List<Map<String, Object>>) ((Map<String, Object>) policy.get("PolicyDocument")).get("Statement")) {
                if ("Allow".equals(st.get("Effect"))) {
                    Set<String> on = new TreeSet<>((List<String>) st.get("Resource"));
                    ((List<String>) st.get("Action")).forEach(a -> actions.put(a, on));
                }
            }
        }
        String issuer = dev.forge.platform.aws.GithubOidc.ISSUER;
        return new Role(actions, (List<String>) equals.get(issuer + ":sub"), (String) equals.get(issuer + ":aud"));
    }

    private static String attribute(String block, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*=\\s*\"([^\"]*)\"").matcher(block);
        return m.find() ? m.group(1) : null;
    }
}

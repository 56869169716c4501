package dev.forge.targets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Examples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The deploy role's OIDC trust (terraform-aws, module github_oidc in each environment root: the repository and the
 * GitHub environment in the token's {@code sub}) and the workflows (github-actions, infra.yml, deploy.yml, drift.yml
 * and promote.yml: the {@code environment:} of every job that asks for an OIDC token) agree, read back from both targets' files for every example: each job
 * holding {@code id-token: write} is bound to the GitHub environment named after its forge environment, which is
 * exactly the environment the role of that root trusts, for the spec's repository; environments whose deployments a
 * person approves trust only that claim (not the branch), so no job can skip the approval; and the applies run in
 * {@code ci.promote} order.
 */
class GithubOidcParityTest {

    private static final Pattern MODULE = Pattern.compile("module \"github_oidc\" \\{(.*?)\\n}", Pattern.DOTALL);

    static List<String> examples() {
        return Examples.namesFor(BuiltinTargets.byName("github-actions").orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @SuppressWarnings("unchecked")
    void theDeployRolesTrustExactlyTheEnvironmentsOfTheJobsThatAssumeThem(String example) {
        ResolvedSpec spec = Examples.resolve(example);
        Map<String, String> text = texts(spec, example, "terraform-aws", "github-actions");
        String repository = spec.written().ci().github().repo();
        Map<String, Map<String, Object>> jobs = new LinkedHashMap<>();
        for (String file : List.of("infra.yml", "deploy.yml", "drift.yml", "promote.yml")) {
            String yml = text.get("github-actions/.github/workflows/" + file);
            if (yml == null) {
                continue; // deploy.yml: only for a spec CI deploys code of (GithubOidc.deploysCode)
            }
            Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yml);
            ((Map<String, Map<String, Object>>) workflow.get("jobs")).forEach((id, job) -> jobs.put(file + " " + id, job));
        }

        int trusted = 0;
        List<String> applied = new ArrayList<>();
        List<String> deployed = new ArrayList<>();
        for (var e : jobs.entrySet()) {
            Map<String, Object> job = e.getValue();
            Map<String, Object> permissions = (Map<String, Object>) job.get("permissions");
            if (!"write".equals(permissions.get("id-token"))) {
                assertThat(job).as(e.getKey() + ": only jobs that assume a role are bound to an environment")
                        .doesNotContainKey("environment");
                continue;
            }
            String environment = (String) job.get("environment");
            assertThat(environment).as(example + " " + e.getKey() + ": bound to a GitHub environment").isNotNull();
            if (e.getKey().startsWith("infra.yml apply-")) {
                applied.add(environment);
            }
            if (e.getKey().startsWith("deploy.yml deploy-")) {
                deployed.add(environment);
            }
            String root = text.get("terraform-aws/environments/" + environment + "/main.tf");
            assertThat(root).as(example + " " + e.getKey() + ": a terraform root for environment '" + environment + "'")
                    .isNotNull();
            Matcher m = MODULE.matcher(root);
            if (!m.find()) {
                assertThat(e.getKey()).as(example + ": deploy.yml assumes only roles that exist").doesNotStartWith("deploy.yml ");
                continue; // no deploy role in this root (nothing CI deploys): nothing to trust
            }
            String module = m.group(1);
            assertThat(attribute(module, "repository")).as(example + " " + environment).isEqualTo("\"" + repository + "\"");
            assertThat(attribute(module, "github_environment")).as(example + " " + environment + ": the sub claim's environment")
                    .isEqualTo("\"" + environment + "\"");
            ResolvedEnv env = spec.environments().stream().filter(x -> x.name().equals(environment)).findFirst().orElseThrow();
            List<String> approvals = spec.written().ci().approvals();
            boolean approved = approvals != null ? approvals.contains(environment) : env.environment().approval();
            assertThat(attribute(module, "require_environment")).as(example + " " + environment
                    + ": an approved environment's role trusts only the environment claim").isEqualTo(String.valueOf(approved));
            trusted++;
        }
        List<String> promote = spec.written().ci().promote() != null ? spec.written().ci().promote()
                : spec.environments().stream().map(ResolvedEnv::name).toList();
        assertThat(applied).as(example + ": applies in promotion order").isEqualTo(promote);
        if (dev.forge.platform.aws.GithubOidc.deploysCode(spec.environments().get(0).spec())) {
            assertThat(deployed).as(example + ": deploys in promotion order").isEqualTo(promote);
            // plan and apply (infra.yml), deploy (deploy.yml), drift (drift.yml), promote and deploy (promote.yml): six
            // per environment: plan, apply, drift, promote, deploy and promote's deploy; with ci.iac naming
            // cloudformation also its change set, execution, stack drift and stack promotion (the same OIDC trust,
            // GithubOidc's)
            var iac = dev.forge.testkit.Examples.resolve(example).environments().get(0).spec().ci().iac();
            int perEnvironment = 6 + (iac != null && iac.contains(dev.forge.model.Iac.CLOUDFORMATION) ? 4 : 0);
            assertThat(trusted).as(example + ": jobs checked against a deploy role").isEqualTo(perEnvironment * promote.size());
        }
    }

    /**
     * Both AWS targets' deploy roles roll out the same ECS services the same way (the shared decision
     * {@link dev.forge.platform.aws.EcsRollouts} and {@link dev.forge.platform.aws.IamActions}' DEPLOY_ECS_* rows): per
     * environment, terraform-aws's github_oidc statements RollOutServices, RegisterTaskDefinitions and PassTaskRoles
     * (module text, and the services and roles its root hands it, by their names) and cloudformation's DeployRole
     * statements of the same Sids (resources resolved to the services' ServiceName and the roles' RoleName) are equal:
     * the same actions, the same services, the same roles, PassRole only to ECS tasks.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @SuppressWarnings("unchecked")
    void bothAwsTargetsDeployRolesRollOutTheSameServicesWithTheSameActions(String example) {
        ResolvedSpec spec = Examples.resolve(example);
        Map<String, String> text = texts(spec, example, "terraform-aws", "cloudformation");
        int compared = 0;
        int zipCompared = 0;
        for (ResolvedEnv env : spec.environments()) {
            String root = text.get("terraform-aws/environments/" + env.name() + "/main.tf");
            String template = text.get("cloudformation/" + env.name() + "/template.yaml");
            if (root == null || template == null || !MODULE.matcher(root).find()) {
                continue;
            }
            DeployCallsAllowedTest.Role tf = DeployCallsAllowedTest.role(text.get("terraform-aws/modules/github_oidc/main.tf"), root);
            Map<String, Object> resources = (Map<String, Object>) ((Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(template)).get("Resources");
            Map<String, Object> role = (Map<String, Object>) ((Map<String, Object>) resources.get("DeployRole")).get("Properties");
            Map<String, Object> policy = (Map<String, Object>) ((Map<String, Object>) ((List<Object>) role.get("Policies")).get(0))
                    .get("PolicyDocument");
            Map<String, Map<String, Object>> bySid = new LinkedHashMap<>();
            ((List<Map<String, Object>>) policy.get("Statement")).forEach(st -> bySid.put((String) st.get("Sid"), st));
            List<String> rolled = dev.forge.platform.aws.EcsRollouts.of(env.spec());
            for (String sid : List.of("RollOutServices", "RegisterTaskDefinitions", "PassTaskRoles")) {
                assertThat(bySid.containsKey(sid)).as(example + " " + env.name() + " cloudformation " + sid).isEqualTo(!rolled.isEmpty());
                if (!rolled.isEmpty()) {
                    assertThat(new java.util.TreeSet<>((List<String>) bySid.get(sid).get("Action")))
                            .as(example + " " + env.name() + " " + sid + ": the same actions").isEqualTo(tf.actions().get(sid));
                }
            }
            // the functions' zips (platform.aws.FunctionArtifacts): the same statement on the bucket's functions/ prefix
            String code = dev.forge.platform.aws.FunctionArtifacts.STATEMENT;
            boolean zips = !dev.forge.platform.aws.FunctionArtifacts.zipFunctions(env.spec()).isEmpty();
            assertThat(bySid.containsKey(code)).as(example + " " + env.name() + " cloudformation " + code).isEqualTo(zips);
            assertThat(tf.artifactBucket() != null).as(example + " " + env.name() + " terraform-aws artifact_bucket").isEqualTo(zips);
            if (zips) {
                assertThat(new java.util.TreeSet<>((List<String>) bySid.get(code).get("Action")))
                        .as(example + " " + env.name() + " " + code + ": the same actions").isEqualTo(tf.actions().get(code))
                        .isEqualTo(new java.util.TreeSet<>(dev.forge.platform.aws.IamActions.DEPLOY_CODE_UPLOAD));
                assertThat(bySid.get(code).get("Resource")).as(example + " " + env.name() + " " + code)
                        .isEqualTo(List.of(Map.of("Fn::Sub", "arn:${AWS::Partition}:s3:::${CodeBucket}/functions/*")));
                assertThat(tf.codeResource()).endsWith(":s3:::${b}/functions/*");
                zipCompared++;
            }
            java.util.Set<String> services = new java.util.TreeSet<>();
            java.util.Set<String> roles = new java.util.TreeSet<>();
            if (!rolled.isEmpty()) {
                for (Object r : (List<Object>) bySid.get("RollOutServices").get("Resource")) {
                    String id = (String) ((Map<String, Object>) r).get("Ref");
                    services.add((String) props(resources, id).get("ServiceName"));
                }
                for (Object r : (List<Object>) bySid.get("PassTaskRoles").get("Resource")) {
                    String id = ((List<String>) ((Map<String, Object>) r).get("Fn::GetAtt")).get(0);
                    roles.add((String) props(resources, id).get("RoleName"));
                }
                assertThat(bySid.get("PassTaskRoles").get("Condition")).as(example + " " + env.name())
                        .isEqualTo(Map.of("StringEquals", Map.of("iam:PassedToService", "ecs-tasks.amazonaws.com")));
                assertThat(bySid.get("RegisterTaskDefinitions").get("Resource")).isEqualTo(List.of("*"));
                assertThat(text.get("terraform-aws/modules/github_oidc/main.tf"))
                        .contains("\"iam:PassedToService\" = \"ecs-tasks.amazonaws.com\"");
                compared++;
            }
            assertThat(services).as(example + " " + env.name() + ": the services both roles roll out").isEqualTo(tf.services());
            assertThat(roles).as(example + " " + env.name() + ": the roles both may pass").isEqualTo(tf.passRoles());
            assertThat(services).as(example + " " + env.name()).isEqualTo(new java.util.TreeSet<>(rolled.stream()
                    .map(n -> dev.forge.platform.aws.EcsRollouts.name(env, n)).toList()));
        }
        if (example.equals("forge-platform") || example.equals("ai-validation-platform")) {
            assertThat(compared).as(example + ": environments whose ECS rollout rights were compared").isGreaterThan(0);
        }
        if (example.equals("forge-platform") || example.equals("site-builder")) {
            assertThat(zipCompared).as(example + ": environments whose zip upload rights were compared").isGreaterThan(0);
        }
    }

    /**
     * Both AWS targets give the deploy role the same access to the environment's EKS cluster (the shared decision
     * {@link dev.forge.platform.aws.EksDeploys}): terraform-aws's github_oidc (the cluster, namespace and group its root
     * hands it; the access entry, the policy association and the DescribeCluster statement of the module) and
     * cloudformation's {@code DeployRoleEksAccess} and DeployRole statement name the same cluster, the same access
     * policy scoped to the same single namespace (the chart's), the same group and the same action on that cluster's
     * ARN; an environment without a cluster gets neither in either target.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @SuppressWarnings("unchecked")
    void bothAwsTargetsGiveTheDeployRoleTheSameClusterAccess(String example) {
        ResolvedSpec spec = Examples.resolve(example);
        Map<String, String> text = texts(spec, example, "terraform-aws", "cloudformation");
        String module = text.get("terraform-aws/modules/github_oidc/main.tf");
        int compared = 0;
        for (ResolvedEnv env : spec.environments()) {
            String root = text.get("terraform-aws/environments/" + env.name() + "/main.tf");
            String template = text.get("cloudformation/" + env.name() + "/template.yaml");
            Matcher call = root == null ? null : MODULE.matcher(root);
            if (template == null || call == null || !call.find()) {
                continue;
            }
            String oidc = call.group(1);
            Map<String, Object> resources = (Map<String, Object>) ((Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(template)).get("Resources");
            Map<String, Object> role = props(resources, "DeployRole");
            Map<String, Object> policy = (Map<String, Object>) ((Map<String, Object>) ((List<Object>) role.get("Policies")).get(0))
                    .get("PolicyDocument");
            Map<String, Map<String, Object>> bySid = new LinkedHashMap<>();
            ((List<Map<String, Object>>) policy.get("Statement")).forEach(st -> bySid.put((String) st.get("Sid"), st));
            dev.forge.platform.aws.EksDeploys.Target eks = dev.forge.platform.aws.EksDeploys.of(env);
            String where = example + " " + env.name();
            if (eks == null) {
                assertThat(oidc).as(where).doesNotContain("eks_");
                assertThat(resources).as(where).doesNotContainKey("DeployRoleEksAccess");
                assertThat(bySid).as(where).doesNotContainKey("DescribeCluster");
                continue;
            }
            // terraform: the root's inputs and the module's resources
            assertThat(attribute(oidc, "eks_cluster_name")).as(where).isEqualTo("\"" + eks.cluster() + "\"");
            assertThat(attribute(oidc, "eks_namespace")).as(where).isEqualTo("\"" + eks.namespace() + "\"");
            assertThat(attribute(oidc, "eks_kubernetes_group")).as(where).isEqualTo("\"" + eks.group() + "\"");
            assertThat(module).contains("resource \"aws_eks_access_entry\" \"this\"")
                    .contains("principal_arn     = aws_iam_role.this.arn")
                    .contains("type              = \"STANDARD\"")
                    .contains("policy_arn    = \"arn:${data.aws_partition.current.partition}:eks::aws:cluster-access-policy/AmazonEKSEditPolicy\"")
                    .contains("type       = \"namespace\"\n    namespaces = [var.eks_namespace]")
                    .contains(":cluster/${c}");
            DeployCallsAllowedTest.Role tf = DeployCallsAllowedTest.role(module, root);
            // cloudformation: the access entry and the statement
            Map<String, Object> entry = props(resources, "DeployRoleEksAccess");
            assertThat(entry.get("ClusterName")).as(where).isEqualTo(eks.cluster());
            assertThat(entry.get("PrincipalArn")).as(where).isEqualTo(Map.of("Fn::GetAtt", List.of("DeployRole", "Arn")));
            assertThat(entry.get("Type")).isEqualTo("STANDARD");
            assertThat(entry.get("KubernetesGroups")).as(where).isEqualTo(List.of(eks.group()));
            assertThat(entry.get("AccessPolicies")).as(where).isEqualTo(List.of(Map.of(
                    "PolicyArn", Map.of("Fn::Sub", "arn:${AWS::Partition}:eks::aws:cluster-access-policy/AmazonEKSEditPolicy"),
                    "AccessScope", Map.of("Type", "namespace", "Namespaces", List.of(eks.namespace())))));
            Map<String, Object> describe = bySid.get("DescribeCluster");
            assertThat(new java.util.TreeSet<>((List<String>) describe.get("Action"))).as(where + ": the same actions")
                    .isEqualTo(tf.actions().get("DescribeCluster")).containsExactly("eks:DescribeCluster");
            assertThat(describe.get("Resource")).as(where).isEqualTo(List.of(Map.of("Fn::Sub",
                    "arn:${AWS::Partition}:eks:${AWS::Region}:${AWS::AccountId}:cluster/" + eks.cluster())));
            assertThat(tf.eksCluster()).as(where).isEqualTo(eks.cluster());
            compared++;
        }
        if (example.equals("forge-platform")) {
            assertThat(compared).as(example + ": environments whose cluster access was compared").isEqualTo(2);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> resources, String id) {
        return (Map<String, Object>) ((Map<String, Object>) resources.get(id)).get("Properties");
    }

    @Test
    void givenTheExamples_thenAtLeastThreeHaveDeployRolesToCompare() {
        assertThat(examples().stream().filter(e -> dev.forge.platform.aws.GithubOidc.deploysCode(
                Examples.resolve(e).environments().get(0).spec())).count()).isGreaterThanOrEqualTo(4);
    }

    /**
     * CodeDeploy's statements (platform.aws.LambdaDeployments: ShiftFunctionTraffic, ReadDeploymentConfigs,
     * RegisterFunctionRevisions), which no example has (none sets a canary or linear {@code deployment}): for the spec of
     * src/test/resources/codedeploy both targets' deploy roles hold the same actions on the same groups, configurations
     * and application ({@link LambdaCodeDeployTest#disagreement}, whose mutants that test proves found), and neither
     * target holds them for an all-at-once spec (the examples).
     */
    @Test
    void givenCanaryAndLinearFunctions_thenBothDeployRolesHoldTheSameCodeDeployStatements() {
        Map<String, String> t = LambdaCodeDeployTest.synth();
        for (String env : List.of("dev", "prod")) {
            assertThat(LambdaCodeDeployTest.disagreement(t.get("terraform-aws/modules/lambda_deployments/main.tf"),
                    t.get("terraform-aws/modules/github_oidc/main.tf"), t.get("terraform-aws/environments/" + env + "/main.tf"),
                    t.get("cloudformation/" + env + "/template.yaml"))).as(env).isNull();
        }
        for (String example : examples()) {
            ResolvedSpec spec = Examples.resolve(example);
            Path dir = Examples.repoRoot().resolve("examples").resolve(example);
            for (Artifact a : Pipeline.synth(spec, List.of(BuiltinTargets.byName("terraform-aws").orElseThrow(),
                    BuiltinTargets.byName("cloudformation").orElseThrow()), spec.environments(), dir, dir.resolve("out"))) {
                if (a.path().endsWith("main.tf") && a.path().contains("/environments/") || a.path().endsWith("template.yaml")) {
                    assertThat(a.text()).as(example + " " + a.path()).doesNotContain("ShiftFunctionTraffic")
                            .doesNotContain("codedeploy_application");
                }
            }
        }
    }

    private static String attribute(String block, String name) {
        Matcher m = Pattern.compile("^\\s*" + Pattern.quote(name) + "\\s*=\\s*(.+)$", Pattern.MULTILINE).matcher(block);
        return m.find() ? m.group(1).trim() : null;
    }

    /** Every file of {@code targets} for the example, every environment, by path: what `forge synth` writes. */
    private static Map<String, String> texts(ResolvedSpec spec, String example, String... targets) {
        Path dir = Examples.repoRoot().resolve("examples").resolve(example);
        List<dev.forge.synth.Target> selected = java.util.Arrays.stream(targets)
                .map(t -> BuiltinTargets.byName(t).orElseThrow()).toList();
        Map<String, String> text = new LinkedHashMap<>();
        Pipeline.synth(spec, selected, spec.environments(), dir, dir.resolve("out")).forEach(a -> text.put(a.path(), a.text()));
        return text;
    }
}

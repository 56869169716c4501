package dev.forge.targets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.model.TrafficShift;
import dev.forge.pipeline.Pipeline;
import dev.forge.platform.aws.LambdaDeployments;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * CodeDeploy shifting canary and linear functions (platform.aws.LambdaDeployments), read back from the three targets'
 * files for a spec of its own (src/test/resources/codedeploy: a linear, a canary and an all-at-once function; prod
 * without alarms), no example setting {@code deployment}:
 * <ul>
 *   <li>terraform-aws and cloudformation hold the same CodeDeploy: application, service role (trust, managed policy),
 *       per function the same group name, predefined configuration, rollback events and alarms; and the deploy role's
 *       same CodeDeploy statements (actions and ARNs) — {@link #disagreement} compares them, and its mutants (a
 *       configuration changed, a rollback event removed, a role action removed) are each found;</li>
 *   <li>every CodeDeploy call of deploy.yml is allowed by terraform-aws's deploy role ({@link DeployCallsAllowedTest}'s
 *       check, extended), and its mutants are denied.</li>
 * </ul>
 */
class LambdaCodeDeployTest {

    static final Path SPEC_DIR = Path.of("src/test/resources/codedeploy");
    private static final Pattern MODULE_CALL = Pattern.compile("module \"lambda_deployments\" \\{(.*?)\\n}", Pattern.DOTALL);

    static ResolvedSpec spec() {
        return Pipeline.resolve(Pipeline.read(SPEC_DIR.resolve("forge.yaml"), "forge.yaml"));
    }

    static Map<String, String> synth() {
        ResolvedSpec spec = spec();
        List<Artifact> files = Pipeline.synth(spec, Pipeline.targets(List.of("terraform-aws", "cloudformation", "github-actions"),
                spec), spec.environments(), SPEC_DIR, SPEC_DIR.resolve("out"));
        Map<String, String> text = new LinkedHashMap<>();
        files.forEach(a -> text.put(a.path(), a.text()));
        return text;
    }

    @Test
    void givenEveryShift_thenItsConfigurationIsCodeDeploysPredefinedOne_andOnlyCanaryAndLinearFunctionsCiDeploysAreShifted() {
        Set<String> names = new TreeSet<>();
        for (TrafficShift s : TrafficShift.values()) {
            String config = LambdaDeployments.config(s);
            names.add(config);
            String expected = s == TrafficShift.ALL_AT_ONCE ? "CodeDeployDefault.LambdaAllAtOnce"
                    : s.linear() ? "CodeDeployDefault.LambdaLinear10PercentEvery" + s.minutes() + (s.minutes() == 1 ? "Minute" : "Minutes")
                    : "CodeDeployDefault.LambdaCanary10Percent" + s.minutes() + "Minutes";
            assertThat(config).as(s.spelling()).isEqualTo(expected);
        }
        assertThat(names).hasSize(TrafficShift.values().length);
        ResolvedEnv dev = spec().environments().get(0);
        assertThat(LambdaDeployments.of(dev.spec())).containsExactly("api", "worker");
        assertThat(LambdaDeployments.alarms(dev, "api")).containsExactly("shop-dev-api-errors", "shop-dev-api-throttles");
        assertThat(LambdaDeployments.alarms(spec().environments().get(1), "api")).isEmpty();
    }

    @Test
    void bothAwsTargetsHoldTheSameCodeDeploy_andEachMutantIsFound() {
        Map<String, String> t = synth();
        String module = t.get("terraform-aws/modules/lambda_deployments/main.tf");
        String oidc = t.get("terraform-aws/modules/github_oidc/main.tf");
        for (String env : List.of("dev", "prod")) {
            String root = t.get("terraform-aws/environments/" + env + "/main.tf");
            String cfn = t.get("cloudformation/" + env + "/template.yaml");
            assertThat(disagreement(module, oidc, root, cfn)).as(env).isNull();
            // mutants: a configuration changed in one target, a rollback event removed, a deploy role action removed
            assertThat(disagreement(module, oidc, root, cfn.replace("DeploymentConfigName: CodeDeployDefault.LambdaCanary10Percent30Minutes",
                    "DeploymentConfigName: CodeDeployDefault.LambdaCanary10Percent5Minutes"))).as(env).isNotNull();
            assertThat(disagreement(module, oidc, root.replace("CodeDeployDefault.LambdaLinear10PercentEvery1Minute\"\n",
                    "CodeDeployDefault.LambdaLinear10PercentEvery3Minutes\"\n"), cfn)).as(env).isNotNull();
            assertThat(disagreement(module.replace(", \"DEPLOYMENT_STOP_ON_ALARM\"", ""), oidc, root, cfn)).as(env).isNotNull();
            assertThat(disagreement(module, oidc, root, cfn.replace("          - DEPLOYMENT_STOP_ON_ALARM\n", ""))).as(env).isNotNull();
            assertThat(disagreement(module, oidc.replace("\"codedeploy:StopDeployment\"", "\"codedeploy:ListDeployments\""), root, cfn))
                    .as(env).isNotNull();
            assertThat(disagreement(module, oidc, root, cfn.replace("- codedeploy:GetDeploymentConfig\n", "- codedeploy:ListApplications\n")))
                    .as(env).isNotNull();
        }
        // dev's groups stop on the functions' alarms; prod (alarms off) has none to name
        assertThat(t.get("cloudformation/dev/template.yaml")).contains("Ref: AlarmApiErrors");
        assertThat(t.get("cloudformation/prod/template.yaml")).doesNotContain("AlarmConfiguration");
    }

    /**
     * Where the two AWS targets' CodeDeploy differ, or null. terraform-aws: the lambda_deployments module (trust,
     * managed policy, compute platform, deployment style, rollback) and its root call (per function group, configuration,
     * alarms), the github_oidc module's CodeDeploy statements with the root's application, groups and configurations;
     * cloudformation: the same resources and DeployRole statements of the template.
     */
    @SuppressWarnings("unchecked")
    static String disagreement(String module, String oidc, String root, String template) {
        Map<String, Object> cfn = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(template);
        Map<String, Map<String, Object>> resources = (Map<String, Map<String, Object>>) cfn.get("Resources");
        // the module's fixed settings against every group's
        List<String> tfEvents = strings(find(module, "events\\s*=\\s*\\[(.*?)]"));
        String tfPlatform = find(module, "compute_platform\\s*=\\s*\"([^\"]+)\"");
        String tfPolicy = find(module, "policy_arn\\s*=\\s*\"[^\"]*:iam::aws:policy/([^\"]+)\"");
        String tfStyle = find(module, "deployment_type\\s*=\\s*\"([^\"]+)\"") + "/" + find(module, "deployment_option\\s*=\\s*\"([^\"]+)\"");
        Matcher call = MODULE_CALL.matcher(root);
        if (!call.find()) {
            return "no lambda_deployments call in the root";
        }
        String body = call.group(1);
        String application = find(body, "application_name\\s*=\\s*\"([^\"]+)\"");
        String role = find(body, "role_name\\s*=\\s*\"([^\"]+)\"");
        Map<String, List<String>> tfGroups = new TreeMap<>();
        Matcher g = Pattern.compile("deployment_group_name\\s*=\\s*\"([^\"]+)\"\\s*\\n\\s*deployment_config_name\\s*=\\s*\"([^\"]+)\"\\s*\\n"
                + "\\s*alarm_names\\s*=\\s*\\[(.*?)]").matcher(body);
        while (g.find()) {
            List<String> v = new ArrayList<>(List.of(g.group(2), tfPlatform, tfStyle, String.valueOf(tfEvents)));
            v.addAll(strings(g.group(3)));
            tfGroups.put(g.group(1), v);
        }
        Map<String, List<String>> cfnGroups = new TreeMap<>();
        String cfnApplication = null;
        String cfnPlatform = null;
        String cfnRole = null;
        String cfnPolicy = null;
        for (Map.Entry<String, Map<String, Object>> r : resources.entrySet()) {
            Map<String, Object> p = (Map<String, Object>) r.getValue().get("Properties");
            switch (String.valueOf(r.getValue().get("Type"))) {
                case "AWS::CodeDeploy::Application" -> {
                    cfnApplication = (String) p.get("ApplicationName");
                    cfnPlatform = (String) p.get("ComputePlatform");
                }
                case "AWS::IAM::Role" -> {
                    String trust = String.valueOf(p.get("AssumeRolePolicyDocument"));
                    if (trust.contains(LambdaDeployments.SERVICE)) {
                        if (!trust.contains("aws:SourceAccount")) {
                            return "cloudformation's CodeDeploy role trusts CodeDeploy for any account";
                        }
                        cfnRole = (String) p.get("RoleName");
                        cfnPolicy = String.valueOf(p.get("ManagedPolicyArns")).replaceAll(".*:iam::aws:policy/([^}\\]]+).*", "$1");
                    }
                }
                case "AWS::CodeDeploy::DeploymentGroup" -> {
                    Map<String, Object> style = (Map<String, Object>) p.get("DeploymentStyle");
                    Map<String, Object> rollback = (Map<String, Object>) p.get("AutoRollbackConfiguration");
                    List<String> v = new ArrayList<>(List.of((String) p.get("DeploymentConfigName"), cfnPlatformOf(resources),
                            style.get("DeploymentType") + "/" + style.get("DeploymentOption"),
                            Boolean.TRUE.equals(rollback.get("Enabled")) ? String.valueOf(rollback.get("Events")) : "[]"));
                    Map<String, Object> alarms = (Map<String, Object>) p.get("AlarmConfiguration");
                    if (alarms != null && Boolean.TRUE.equals(alarms.get("Enabled"))) {
                        for (Map<String, Object> a : (List<Map<String, Object>>) alarms.get("Alarms")) {
                            Object name = a.get("Name");
                            v.add(name instanceof Map<?, ?> ref ? (String) ((Map<String, Object>) resources.get(ref.get("Ref"))
                                    .get("Properties")).get("AlarmName") : (String) name);
                        }
                    }
                    cfnGroups.put((String) p.get("DeploymentGroupName"), v);
                }
                default -> { }
            }
        }
        if (!tfGroups.equals(cfnGroups)) {
            return "deployment groups: terraform-aws " + tfGroups + ", cloudformation " + cfnGroups;
        }
        if (!java.util.Objects.equals(application, cfnApplication) || !java.util.Objects.equals(tfPlatform, cfnPlatform)) {
            return "application: " + application + "/" + tfPlatform + " vs " + cfnApplication + "/" + cfnPlatform;
        }
        if (!java.util.Objects.equals(role, cfnRole) || !java.util.Objects.equals(tfPolicy, cfnPolicy)
                || !module.contains("\"aws:SourceAccount\"")) {
            return "CodeDeploy's role: " + role + " " + tfPolicy + " vs " + cfnRole + " " + cfnPolicy;
        }
        // the deploy role's CodeDeploy statements: actions, and ARNs with the partition, region and account abstracted
        DeployCallsAllowedTest.Role tf = DeployCallsAllowedTest.role(oidc, root);
        Map<String, String> tfStatements = new TreeMap<>();
        String arn = "arn:P:codedeploy:R:A:";
        for (String sid : List.of(LambdaDeployments.STATEMENT_GROUP, LambdaDeployments.STATEMENT_CONFIG,
                LambdaDeployments.STATEMENT_APPLICATION)) {
            Set<String> arns = new TreeSet<>();
            String template1 = find(oidc, "Sid\\s*=\\s*\"" + sid + "\"(?:(?!Sid\\s*=).)*?Resource\\s*=\\s*(.*?)\\n\\s*}");
            if (sid.equals(LambdaDeployments.STATEMENT_GROUP) && template1 != null
                    && template1.contains(":deploymentgroup:${a}/${g}")) {
                tf.codeDeployGroups().keySet().forEach(x -> arns.add(arn + "deploymentgroup:" + tf.codeDeployApplication() + "/" + x));
            } else if (sid.equals(LambdaDeployments.STATEMENT_CONFIG) && template1 != null && template1.contains(":deploymentconfig:${c}")) {
                tf.codeDeployConfigs().forEach(x -> arns.add(arn + "deploymentconfig:" + x));
            } else if (sid.equals(LambdaDeployments.STATEMENT_APPLICATION) && template1 != null
                    && template1.contains(":application:${a}")) {
                arns.add(arn + "application:" + tf.codeDeployApplication());
            }
            tfStatements.put(sid, new TreeSet<>(tf.actions().getOrDefault(sid, Set.of())) + " on " + arns);
        }
        Map<String, String> cfnStatements = new TreeMap<>();
        Map<String, Object> deployRole = (Map<String, Object>) resources.get("DeployRole").get("Properties");
        for (Map<String, Object> policy : (List<Map<String, Object>>) deployRole.get("Policies")) {
            for (Map<String, Object> st : (List<Map<String, Object>>) ((Map<String, Object>) policy.get("PolicyDocument")).get("Statement")) {
                String sid = (String) st.get("Sid");
                if (tfStatements.containsKey(sid)) {
                    Set<String> arns = new TreeSet<>();
                    for (Object r : (List<Object>) st.get("Resource")) {
                        arns.add(String.valueOf(((Map<String, Object>) r).get("Fn::Sub")).replace("${AWS::Partition}", "P")
                                .replace("${AWS::Region}", "R").replace("${AWS::AccountId}", "A"));
                    }
                    cfnStatements.put(sid, new TreeSet<>((List<String>) st.get("Action")) + " on " + arns);
                }
            }
        }
        if (!tfStatements.equals(cfnStatements)) {
            return "deploy role: terraform-aws " + tfStatements + ", cloudformation " + cfnStatements;
        }
        // and each group's configuration is one the deploy role may read
        for (List<String> v : tfGroups.values()) {
            if (!tf.codeDeployConfigs().contains(v.get(0))) {
                return "the deploy role may not read " + v.get(0);
            }
        }
        return null;
    }

    private static String cfnPlatformOf(Map<String, Map<String, Object>> resources) {
        for (Map<String, Object> r : resources.values()) {
            if ("AWS::CodeDeploy::Application".equals(r.get("Type"))) {
                return String.valueOf(((Map<?, ?>) r.get("Properties")).get("ComputePlatform"));
            }
        }
        return null;
    }

    @Test
    void everyCodeDeployCallOfDeployYml_isAllowedByTheDeployRole_andMutantsAreDenied() {
        Map<String, String> t = synth();
        String deploy = t.get("github-actions/.github/workflows/deploy.yml");
        String oidc = t.get("terraform-aws/modules/github_oidc/main.tf");
        Set<String> actions = new TreeSet<>();
        for (String env : List.of("dev", "prod")) {
            String root = t.get("terraform-aws/environments/" + env + "/main.tf");
            DeployCallsAllowedTest.Role role = DeployCallsAllowedTest.role(oidc, root);
            List<DeployCallsAllowedTest.Call> calls = DeployCallsAllowedTest.calls(deploy).get("deploy-" + env);
            assertThat(calls).allSatisfy(c -> assertThat(role.denies(c)).as(c.step() + ": " + c.action() + " on " + c.resource()).isNull());
            calls.forEach(c -> actions.add(c.action()));
            assertThat(calls).filteredOn(c -> c.action().equals("codedeploy:CreateDeployment")).extracting(DeployCallsAllowedTest.Call::resource)
                    .containsExactly("deploymentgroup:shop-" + env + "/shop-api-" + env, "deploymentgroup:shop-" + env + "/shop-worker-" + env);
            // mutant: the role without StopDeployment (the failure path could not stop a running shift)
            DeployCallsAllowedTest.Role noStop = DeployCallsAllowedTest.role(oidc.replace("\"codedeploy:StopDeployment\"",
                    "\"codedeploy:ListDeployments\""), root);
            assertThat(calls).anySatisfy(c -> assertThat(noStop.denies(c)).isNotNull());
            // mutant: a deployment in a group the role is not handed
            String other = deploy.replace("--deployment-group-name shop-api-" + env, "--deployment-group-name shop-admin-" + env);
            assertThat(DeployCallsAllowedTest.calls(other).get("deploy-" + env)).anySatisfy(c -> assertThat(role.denies(c)).isNotNull());
            // mutant: the root hands the role the other configuration only
            DeployCallsAllowedTest.Role oneConfig = DeployCallsAllowedTest.role(oidc, root.replace(
                    "    \"CodeDeployDefault.LambdaLinear10PercentEvery1Minute\",\n", ""));
            assertThat(calls).anySatisfy(c -> assertThat(oneConfig.denies(c)).isNotNull());
        }
        // promote.yml's deploy jobs (the same steps, the promoted commit) assume the same role
        Map<String, List<DeployCallsAllowedTest.Call>> promote = DeployCallsAllowedTest.calls(t.get("github-actions/.github/workflows/promote.yml"));
        for (String env : List.of("dev", "prod")) {
            DeployCallsAllowedTest.Role role = DeployCallsAllowedTest.role(oidc, t.get("terraform-aws/environments/" + env + "/main.tf"));
            List<DeployCallsAllowedTest.Call> calls = promote.get("deploy-" + env);
            assertThat(calls).as("promote.yml deploy-" + env).anyMatch(c -> c.action().equals("codedeploy:CreateDeployment"))
                    .allSatisfy(c -> assertThat(role.denies(c)).as(c.step() + ": " + c.action() + " on " + c.resource()).isNull());
        }
        assertThat(actions).contains("codedeploy:CreateDeployment", "codedeploy:GetDeployment", "codedeploy:StopDeployment",
                "codedeploy:GetDeploymentConfig", "codedeploy:RegisterApplicationRevision", "codedeploy:GetApplicationRevision");
        assertThat(new TreeSet<>(actions.stream().filter(a -> a.startsWith("codedeploy:")).toList()))
                .isEqualTo(new TreeSet<>(LambdaDeployments.DEPLOY_ACTIONS));
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static List<String> strings(String list) {
        List<String> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        Matcher q = Pattern.compile("\"([^\"]+)\"").matcher(list);
        while (q.find()) {
            out.add(q.group(1));
        }
        return out;
    }
}

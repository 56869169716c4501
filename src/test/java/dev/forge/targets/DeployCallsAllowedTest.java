package dev.forge.targets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Examples;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every AWS call a deploy.yml job makes is allowed by the role it assumes: terraform-aws's deploy role of that
 * environment (module github_oidc, output deploy_role_arn, the job's {@code AWS_DEPLOY_ROLE_ARN}). The calls are read
 * from the generated {@code run:} blocks ({@code aws <service> <command>}, waiters by the call they poll, and
 * {@code docker buildx build --push}), mapped to the IAM actions they need (a registered task definition also passes
 * the service's task and execution roles), and each is checked against the role as terraform-aws wrote it: the
 * statements of modules/github_oidc/main.tf (by Sid, with their actions) and the root's module call (which functions,
 * services, roles and repositories those statements cover, resolved to names through the roots' own module calls).
 * The mutants prove the check rejects a call the role does not allow and a role that lost an action.
 */
class DeployCallsAllowedTest {

    /** The GitHub environment variable deploy.yml reads the artifact bucket from (the README names its source). */
    static final String ARTIFACT_BUCKET_VARIABLE = "FUNCTION_ARTIFACT_BUCKET";
    private static final Pattern AWS_CALL = Pattern.compile("\\baws ([a-z0-9-]+) ([a-z0-9-]+)((?: [^|;&)\\n]*)?)");
    private static final Pattern STATEMENT = Pattern.compile("Sid\\s*=\\s*\"(\\w+)\"\\s*\\n\\s*Effect\\s*=\\s*\"Allow\"\\s*\\n"
            + "\\s*Action\\s*=\\s*\\[(.*?)]", Pattern.DOTALL);

    static List<String> examples() {
        return Examples.namesFor(BuiltinTargets.byName("github-actions").orElseThrow());
    }

    /** One call of a job: the IAM action and the names it acts on ({@code function:}, {@code service:}, {@code role:}). */
    record Call(String step, String action, String resource, String cluster) {
        Call(String step, String action, String resource) {
            this(step, action, resource, null);
        }
    }

    /** terraform-aws's deploy role of one environment, read back from its files. */
    record Role(Map<String, Set<String>> actions, Set<String> functions, Set<String> services, Set<String> passRoles,
            boolean repositories, String cluster, String eksCluster, String artifactBucket, String codeResource,
            String codeDeployApplication, Map<String, String> codeDeployGroups, Set<String> codeDeployConfigs) {

        /** Why the role denies the call, or null when it allows it. */
        String denies(Call c) {
            String service = c.action().substring(0, c.action().indexOf(':'));
            return switch (service) {
                case "sts" -> c.action().equals("sts:GetCallerIdentity") ? null : "not an action deploy.yml may need";
                case "lambda" -> grants("DeployFunctions", c, functions, "function:");
                case "ecr" -> c.action().equals("ecr:GetAuthorizationToken")
                        ? (has("RegistryLogin", c.action()) && repositories ? null : "no RegistryLogin")
                        : (has("PushImages", c.action()) && repositories ? null : "no PushImages");
                case "ecs" -> switch (c.action()) {
                    case "ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition" ->
                            has("RegisterTaskDefinitions", c.action()) && !services.isEmpty() ? null : "no RegisterTaskDefinitions";
                    default -> !java.util.Objects.equals(c.cluster(), cluster)
                            ? "cluster " + c.cluster() + " is not the role's " + cluster
                            : grants("RollOutServices", c, services, "service:");
                };
                case "iam" -> grants("PassTaskRoles", c, passRoles, "role:");
                // aws eks update-kubeconfig: DescribeCluster on exactly the cluster the root hands the role
                case "eks" -> grants(dev.forge.platform.aws.EksDeploys.SID, c,
                        eksCluster == null ? Set.of() : Set.of(eksCluster), "cluster:");
                case "s3" -> code(c);
                case "codedeploy" -> codeDeploy(c);
                default -> "not an action of the deploy role";
            };
        }

        /**
         * A CodeDeploy call (platform.aws.LambdaDeployments): on {@code deploymentgroup:<app>/<group>} (the group's
         * configuration, for GetDeploymentConfig) or {@code application:<app>}; allowed when the statement of its kind
         * holds the action, the app is the one the root hands the role, the group is among the groups it hands it, and the
         * group's configuration (the root's lambda_deployments call) is among the configurations it hands it.
         */
        private String codeDeploy(Call c) {
            String sid = dev.forge.platform.aws.LambdaDeployments.DEPLOY_GROUP_ACTIONS.contains(c.action())
                    ? dev.forge.platform.aws.LambdaDeployments.STATEMENT_GROUP
                    : dev.forge.platform.aws.LambdaDeployments.DEPLOY_CONFIG_ACTIONS.contains(c.action())
                    ? dev.forge.platform.aws.LambdaDeployments.STATEMENT_CONFIG
                    : dev.forge.platform.aws.LambdaDeployments.STATEMENT_APPLICATION;
            if (!has(sid, c.action())) {
                return "statement " + sid + " lacks " + c.action();
            }
            if (codeDeployApplication == null) {
                return "the root hands the role no CodeDeploy application";
            }
            if (c.resource().startsWith("application:")) {
                return c.resource().equals("application:" + codeDeployApplication) ? null
                        : c.resource() + " is not the role's application " + codeDeployApplication;
            }
            String group = c.resource().substring("deploymentgroup:".length());
            if (!c.resource().startsWith("deploymentgroup:" + codeDeployApplication + "/")
                    || !codeDeployGroups.containsKey(group.substring(group.indexOf('/') + 1))) {
                return c.resource() + " is not among the role's deployment groups " + codeDeployGroups.keySet();
            }
            if (sid.equals(dev.forge.platform.aws.LambdaDeployments.STATEMENT_CONFIG)
                    && !codeDeployConfigs.contains(codeDeployGroups.get(group.substring(group.indexOf('/') + 1)))) {
                return "the configuration of " + group + " is not among the role's " + codeDeployConfigs;
            }
            return null;
        }

        /**
         * A zip's object ({@code object:<bucket>/<key>}): the statement UploadFunctionCode holds the action on the
         * bucket's functions/ prefix, the root hands the role a bucket, and the call's bucket is the GitHub environment's
         * variable the README fills from the root output that names that same bucket (checked by the caller).
         */
        private String code(Call c) {
            String sid = dev.forge.platform.aws.FunctionArtifacts.STATEMENT;
            if (!has(sid, c.action())) {
                return "statement " + sid + " lacks " + c.action();
            }
            if (artifactBucket == null) {
                return "the root hands the role no artifact_bucket";
            }
            if (codeResource == null || !codeResource.endsWith("}/" + dev.forge.platform.aws.FunctionArtifacts.PREFIX + "*")) {
                return sid + "'s resource " + codeResource + " is not the bucket's functions/ prefix";
            }
            String expected = "object:${{ vars." + ARTIFACT_BUCKET_VARIABLE + " }}/" + dev.forge.platform.aws.FunctionArtifacts.PREFIX;
            return c.resource().startsWith(expected) && !c.resource().substring(expected.length()).contains("..")
                    ? null : c.resource() + " is not under " + expected;
        }

        private boolean has(String sid, String action) {
            return actions.getOrDefault(sid, Set.of()).contains(action);
        }

        private String grants(String sid, Call c, Set<String> covered, String prefix) {
            if (!has(sid, c.action())) {
                return "statement " + sid + " lacks " + c.action();
            }
            if (!c.resource().startsWith(prefix) || !covered.contains(c.resource().substring(prefix.length()))) {
                return c.resource() + " is not among " + sid + "'s resources " + covered;
            }
            return null;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyAwsCallOfEveryDeployJob_isAllowedByTheDeployRoleItAssumes(String example) {
        Map<String, String> text = synth(example);
        String deploy = text.get("github-actions/.github/workflows/deploy.yml");
        if (deploy == null) {
            return; // nothing to deploy: no deploy role, no deploy.yml (GithubDeployWorkflowTest)
        }
        String module = text.get("terraform-aws/modules/github_oidc/main.tf");
        int checked = 0;
        Map<String, List<Call>> jobs = new TreeMap<>();
        calls(deploy).forEach((id, c) -> jobs.put("deploy.yml " + id, c));
        // promote.yml's deploy jobs (the promoted commit's code) assume the same role
        calls(text.get("github-actions/.github/workflows/promote.yml")).forEach((id, c) -> {
            if (id.startsWith("deploy-") || id.startsWith("images-")) {
                jobs.put("promote.yml " + id, c);
            }
        });
        assertThat(jobs.keySet()).anyMatch(k -> k.startsWith("promote.yml deploy-"));
        for (Map.Entry<String, List<Call>> job : jobs.entrySet()) {
            String id = job.getKey().substring(job.getKey().indexOf(' ') + 1);
            // deploy-<env>, or images-<env>-<arch> (an environment's images of the other architecture, same role)
            String env = id.startsWith("images-") ? id.substring("images-".length(), id.lastIndexOf('-'))
                    : id.substring("deploy-".length());
            Role role = role(module, text.get("terraform-aws/environments/" + env + "/main.tf"));
            if (job.getValue().stream().anyMatch(c -> c.action().startsWith("s3:"))) {
                // the variable the zips go to is filled from the root output naming the very bucket the role is handed
                assertThat(output(text.get("terraform-aws/environments/" + env + "/outputs.tf"), "function_artifact_bucket"))
                        .as(example + " " + env + ": output function_artifact_bucket").isEqualTo(role.artifactBucket());
                assertThat(text.get("github-actions/.github/workflows/README.md")).contains("`" + ARTIFACT_BUCKET_VARIABLE
                        + "`: terraform-aws output `function_artifact_bucket`");
            }
            for (Call c : job.getValue()) {
                assertThat(role.denies(c)).as(example + " " + job.getKey() + " step '" + c.step() + "': " + c.action()
                        + " on " + c.resource()).isNull();
                checked++;
            }
        }
        assertThat(checked).as(example + ": calls checked").isGreaterThan(0);
    }

    @Test
    void givenTheExamples_thenTheCallsCheckedCoverFunctionsServicesAndImages() {
        Set<String> actions = new TreeSet<>();
        for (String example : examples()) {
            String deploy = synth(example).get("github-actions/.github/workflows/deploy.yml");
            if (deploy != null) {
                calls(deploy).values().forEach(l -> l.forEach(c -> actions.add(c.action())));
            }
        }
        assertThat(actions).contains("lambda:UpdateFunctionCode", "s3:PutObject", "s3:GetObject", "lambda:UpdateAlias",
                "ecs:RegisterTaskDefinition", "ecs:UpdateService", "ecs:DescribeServices", "iam:PassRole", "ecr:PutImage",
                "ecr:GetAuthorizationToken", "eks:DescribeCluster");
    }

    @Test
    void givenACallTheRoleDoesNotAllow_orARoleWithoutAnAction_thenTheCheckRejectsIt() {
        Map<String, String> text = synth("forge-platform");
        String deploy = text.get("github-actions/.github/workflows/deploy.yml");
        String module = text.get("terraform-aws/modules/github_oidc/main.tf");
        String root = text.get("terraform-aws/environments/dev/main.tf");
        Role role = role(module, root);
        // mutant 1: a step that deregisters task definitions (the role deliberately has no such action)
        String extra = deploy.replace("aws ecs update-service --cluster forge-platform-dev",
                "aws ecs deregister-task-definition --task-definition x\n          aws ecs update-service --cluster forge-platform-dev");
        assertThat(calls(extra).get("deploy-dev")).anySatisfy(c -> assertThat(role.denies(c)).isNotNull());
        // mutant 2: the role without ecs:UpdateService
        Role narrower = role(module.replace("\"ecs:DescribeServices\", \"ecs:UpdateService\"", "\"ecs:DescribeServices\""), root);
        assertThat(calls(deploy).get("deploy-dev")).anySatisfy(c -> assertThat(narrower.denies(c)).isNotNull());
        // mutant 3: the root no longer hands the role the ui service
        Role fewer = role(module, root.replace("module.service_ui.service_name", ""));
        assertThat(calls(deploy).get("deploy-dev")).anySatisfy(c -> assertThat(fewer.denies(c)).isNotNull());
        // mutant 4: PassRole of the ui's execution role dropped
        Role noPass = role(module, root.replace("module.service_ui.execution_role_arn,", ""));
        assertThat(calls(deploy).get("deploy-dev")).anySatisfy(c -> assertThat(noPass.denies(c)).isNotNull());
        // mutant 5: deploy.yml connects to a cluster that is not the one the role may describe
        String otherCluster = deploy.replace("aws eks update-kubeconfig --name forge-dev", "aws eks update-kubeconfig --name forge-prod");
        assertThat(calls(otherCluster).get("deploy-dev")).anySatisfy(c -> assertThat(role.denies(c)).isNotNull());
        // mutant 6: the root no longer hands the role its cluster (no DescribeCluster statement applies)
        Role noCluster = role(module, root.replace("eks_cluster_name", "eks_cluster_dropped"));
        assertThat(calls(deploy).get("deploy-dev")).anySatisfy(c -> assertThat(noCluster.denies(c)).isNotNull());
        // mutant 7: the module without eks:DescribeCluster
        Role noDescribe = role(module.replace("\"eks:DescribeCluster\"", "\"eks:ListClusters\""), root);
        assertThat(calls(deploy).get("deploy-dev")).anySatisfy(c -> assertThat(noDescribe.denies(c)).isNotNull());
        // mutant 8: the role without s3:GetObject on the zips (Lambda could not read the uploaded code)
        Role noRead = role(module.replace("[\"s3:GetObject\", \"s3:PutObject\"]", "[\"s3:PutObject\"]"), root);
        assertThat(calls(deploy).get("deploy-dev")).anySatisfy(c -> assertThat(noRead.denies(c)).isNotNull());
        // mutant 9: the statement widened to the whole bucket, and the root handing the role no bucket
        Role wide = role(module.replace("}/functions/*\"]", "}/*\"]"), root);
        assertThat(calls(deploy).get("deploy-dev")).anySatisfy(c -> assertThat(wide.denies(c)).isNotNull());
        Role noBucket = role(module, root.replaceAll("(?m)^\\s*artifact_bucket\\s*=.*\\n", ""));
        assertThat(calls(deploy).get("deploy-dev")).anySatisfy(c -> assertThat(noBucket.denies(c)).isNotNull());
        // mutant 10: a zip uploaded outside functions/, and an s3 call that is not an upload
        String outside = deploy.replace("KEY: functions/parser/", "KEY: builds/parser/");
        assertThat(calls(outside).get("deploy-dev")).anySatisfy(c -> assertThat(role.denies(c)).isNotNull());
        String removes = deploy.replace("aws s3 cp \"${ZIP}\"", "aws s3 rm \"s3://${BUCKET}/${KEY}\"\n          aws s3 cp \"${ZIP}\"");
        assertThat(calls(removes).get("deploy-dev")).anySatisfy(c -> assertThat(role.denies(c)).isNotNull());
        // and the unmutated pair allows every call
        assertThat(calls(deploy).get("deploy-dev")).allSatisfy(c -> assertThat(role.denies(c)).isNull());
        assertThat(calls(deploy).get("deploy-dev")).extracting(Call::action).contains("s3:PutObject", "s3:GetObject");
    }

    @Test
    void givenABlueGreenService_thenItsRolloutIsAllowed_passesNoInfrastructureRole_andMutantsAreRejected() {
        Map<String, String> text = synth("ai-validation-platform");
        String deploy = text.get("github-actions/.github/workflows/deploy.yml");
        String module = text.get("terraform-aws/modules/github_oidc/main.tf");
        String root = text.get("terraform-aws/environments/prod/main.tf");
        Role role = role(module, root);
        List<Call> prod = calls(deploy).get("deploy-prod");
        String api = "service:ai-validation-platform-api-prod";
        // prod's api deploys blue-green (platform.aws.EcsBlueGreen): deploy.yml updates it and waits for it
        assertThat(prod).anySatisfy(c -> assertThat(c.step()).contains("blue-green")).filteredOn(c -> c.resource().equals(api))
                .extracting(Call::action).contains("ecs:UpdateService", "ecs:DescribeServices");
        assertThat(prod).allSatisfy(c -> assertThat(role.denies(c)).as(c.step() + " " + c.action() + " " + c.resource()).isNull());
        // UpdateService with only a task definition hands ECS no role: nothing passes the infrastructure role
        assertThat(prod).noneSatisfy(c -> assertThat(c.resource()).endsWith("-blue-green"));
        // mutants: the root no longer hands the role the api service, or api's task role
        Role noApi = role(module, root.replace("module.service_api.service_name,", ""));
        assertThat(prod).filteredOn(c -> c.resource().equals(api)).anySatisfy(c -> assertThat(noApi.denies(c)).isNotNull());
        Role noTaskRole = role(module, root.replace("module.service_api.task_role_arn,", ""));
        assertThat(prod).anySatisfy(c -> assertThat(noTaskRole.denies(c)).isNotNull());
    }

    private static Map<String, String> synth(String example) {
        ResolvedSpec spec = Examples.resolve(example);
        Path dir = Examples.repoRoot().resolve("examples").resolve(example);
        List<Artifact> files = Pipeline.synth(spec, List.of(BuiltinTargets.byName("terraform-aws").orElseThrow(),
                BuiltinTargets.byName("github-actions").orElseThrow()), spec.environments(), dir, dir.resolve("out"));
        Map<String, String> text = new LinkedHashMap<>();
        files.forEach(a -> text.put(a.path(), a.text()));
        return text;
    }

    /** The AWS calls of each job, by job id, from the run: blocks and the step env the scripts read. */
    @SuppressWarnings("unchecked")
    static Map<String, List<Call>> calls(String workflow) {
        Map<String, Object> wf = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(workflow);
        Map<String, List<Call>> out = new TreeMap<>();
        ((Map<String, Map<String, Object>>) wf.get("jobs")).forEach((id, job) -> {
            List<Call> calls = new ArrayList<>();
            Map<String, String> groups = new TreeMap<>(); // step id -> the <app>/<group> its deployment is in
            for (Map<String, Object> step : (List<Map<String, Object>>) job.get("steps")) {
                String run = (String) step.get("run");
                if (run == null) {
                    continue;
                }
                String name = String.valueOf(step.get("name"));
                Map<String, Object> env = step.get("env") instanceof Map<?, ?> e ? (Map<String, Object>) e : Map.of();
                if (run.contains("docker buildx build") && run.contains("--push")) {
                    dev.forge.platform.aws.IamActions.DEPLOY_ECR_PUSH.forEach(a -> calls.add(new Call(name, a, "repository")));
                }
                Matcher m = AWS_CALL.matcher(run);
                String family = null;
                // a deployment id: the one this step creates, or the step output the step's env reads it from
                Matcher from = Pattern.compile("steps\\.([\\w-]+)\\.outputs\\.deployment").matcher(String.valueOf(env.get("DEPLOYMENT")));
                String deployment = from.find() ? groups.get(from.group(1)) : null;
                while (m.find()) {
                    if (m.group(2).equals("describe-task-definition")) {
                        family = arg(m.group(3), "--task-definition");
                    }
                    if (m.group(1).equals("deploy") && m.group(2).equals("create-deployment")) {
                        deployment = arg(m.group(3), "--application-name") + "/" + arg(m.group(3), "--deployment-group-name");
                        groups.put(String.valueOf(step.get("id")), deployment);
                    }
                    calls.addAll(actions(name, m.group(1), m.group(2), m.group(3), family, env, deployment));
                }
            }
            out.put(id, calls);
        });
        return out;
    }

    /** The IAM actions one CLI call needs, with what it acts on. */
    private static List<Call> actions(String step, String service, String command, String args, String family,
                                      Map<String, Object> env, String deployment) {
        List<Call> out = new ArrayList<>();
        if (service.equals("deploy")) {
            // CodeDeploy (the CLI's `aws deploy`): every call on the deployment's group; a deployment with a revision
            // also reads the group's configuration and registers the revision in the application
            String group = "deploymentgroup:" + deployment;
            switch (command) {
                case "create-deployment" -> {
                    out.add(new Call(step, "codedeploy:CreateDeployment", group));
                    out.add(new Call(step, "codedeploy:GetDeploymentConfig", group));
                    String app = "application:" + deployment.substring(0, deployment.indexOf('/'));
                    out.add(new Call(step, "codedeploy:RegisterApplicationRevision", app));
                    out.add(new Call(step, "codedeploy:GetApplicationRevision", app));
                }
                case "wait" -> out.add(new Call(step, args.trim().split(" ")[0].equals("deployment-successful")
                        ? "codedeploy:GetDeployment" : "codedeploy:wait " + args.trim(), group));
                default -> {
                    StringBuilder b = new StringBuilder("codedeploy:");
                    for (String part : command.split("-")) {
                        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                    }
                    out.add(new Call(step, b.toString(), group));
                }
            }
            return out;
        }
        if (service.equals("s3")) {
            // aws s3 cp LOCAL s3://BUCKET/KEY: an upload (s3:PutObject, which covers a multipart upload too), on the
            // object the step's env names; any other s3 command is not one deploy.yml may make
            Matcher to = Pattern.compile("\"s3://\\$\\{(\\w+)}/\\$\\{(\\w+)}\"").matcher(args);
            if (command.equals("cp") && to.find()) {
                out.add(new Call(step, "s3:PutObject", object(env, to.group(1), to.group(2))));
            } else {
                out.add(new Call(step, "s3:" + command, "*"));
            }
            return out;
        }
        String resource = switch (service) {
            case "lambda" -> "function:" + arg(args, "--function-name");
            case "ecs" -> arg(args, "--service") != null ? "service:" + arg(args, "--service")
                    : arg(args, "--services") != null ? "service:" + arg(args, "--services") : "*";
            case "eks" -> "cluster:" + arg(args, "--name");
            default -> "*";
        };
        String action;
        if (command.equals("wait")) {
            String waiter = args.trim().split(" ")[0];
            action = switch (service + " " + waiter) {
                case "ecs services-stable" -> "ecs:DescribeServices";
                case "lambda function-updated-v2", "lambda function-active-v2" -> "lambda:GetFunction";
                default -> service + ":wait " + waiter;
            };
        } else if (service.equals("eks") && command.equals("update-kubeconfig")) {
            action = "eks:DescribeCluster"; // reads the endpoint and certificate; get-token (kubeconfig's) needs nothing
        } else if (service.equals("ecr") && command.equals("get-login-password")) {
            action = "ecr:GetAuthorizationToken";
        } else {
            StringBuilder b = new StringBuilder(service).append(':');
            for (String part : command.split("-")) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
            action = b.toString();
        }
        out.add(new Call(step, action, resource, service.equals("ecs") ? arg(args, "--cluster") : null));
        Matcher from = Pattern.compile("--s3-bucket \"\\$\\{(\\w+)}\" --s3-key \"\\$\\{(\\w+)}\"").matcher(args);
        if (action.equals("lambda:UpdateFunctionCode") && from.find()) {
            // Lambda reads the zip with the caller's credentials: s3:GetObject on exactly that object
            out.add(new Call(step, "s3:GetObject", object(env, from.group(1), from.group(2))));
        }
        if (action.equals("ecs:RegisterTaskDefinition")) {
            // the registered revision (the family's newest, described in the same step) names the family's task and
            // execution roles: registering it passes both (iam:PassRole)
            out.add(new Call(step, "iam:PassRole", "role:" + family + "-task"));
            out.add(new Call(step, "iam:PassRole", "role:" + family + "-execution"));
        }
        return out;
    }

    /** {@code object:<bucket>/<key>} from the step's env (the script reads both from it). */
    private static String object(Map<String, Object> env, String bucket, String key) {
        return "object:" + env.get(bucket) + "/" + env.get(key);
    }

    private static String arg(String args, String flag) {
        Matcher m = Pattern.compile("(?:^| )" + Pattern.quote(flag) + " ([^ \"]+)").matcher(args);
        return m.find() ? m.group(1) : null;
    }

    /** The role of one environment: the module's statements and the root's module call, names resolved. */
    static Role role(String module, String root) {
        Map<String, Set<String>> actions = new TreeMap<>();
        Matcher m = STATEMENT.matcher(module);
        while (m.find()) {
            Set<String> list = new TreeSet<>();
            Matcher a = Pattern.compile("\"([a-z0-9]+:[A-Za-z]+)\"").matcher(m.group(2));
            while (a.find()) {
                list.add(a.group(1));
            }
            actions.put(m.group(1), list);
        }
        Matcher call = Pattern.compile("module \"github_oidc\" \\{(.*?)\\n}", Pattern.DOTALL).matcher(root);
        String oidc = call.find() ? call.group(1) : "";
        Set<String> functions = new TreeSet<>();
        Matcher f = Pattern.compile("module\\.function_(\\w+)\\.function_arn").matcher(oidc);
        while (f.find()) {
            functions.add(moduleAttribute(root, "function_" + f.group(1), "function_name"));
        }
        Set<String> services = new TreeSet<>();
        Matcher s = Pattern.compile("module\\.service_(\\w+)\\.service_name").matcher(oidc);
        while (s.find()) {
            services.add(moduleAttribute(root, "service_" + s.group(1), "name"));
        }
        Set<String> roles = new TreeSet<>();
        Matcher r = Pattern.compile("module\\.service_(\\w+)\\.(task|execution)_role_arn").matcher(oidc);
        while (r.find()) {
            // the ecs_service module names its roles "<name>-task" and "<name>-execution"
            roles.add(moduleAttribute(root, "service_" + r.group(1), "name") + "-" + r.group(2));
        }
        String cluster = Pattern.compile("ecs_cluster_name\\s*=\\s*module\\.ecs_cluster\\.cluster_name").matcher(oidc).find()
                ? moduleAttribute(root, "ecs_cluster", "name") : null;
        Matcher bucket = Pattern.compile("(?m)^\\s*artifact_bucket\\s*=\\s*(.+)$").matcher(oidc);
        Matcher code = Pattern.compile("Sid\\s*=\\s*\"" + dev.forge.platform.aws.FunctionArtifacts.STATEMENT
                + "\"(?:(?!Sid\\s*=).)*?Resource\\s*=\\s*\\[\\s*\"([^\"]+)\"", Pattern.DOTALL).matcher(module);
        Matcher eks = Pattern.compile("(?m)^\\s*eks_cluster_name\\s*=\\s*\"([^\"]+)\"").matcher(oidc);
        // CodeDeploy: the application and groups of the root's lambda_deployments call, when the role is handed them
        String application = null;
        Map<String, String> groups = new TreeMap<>();
        Matcher deployments = Pattern.compile("module \"lambda_deployments\" \\{(.*?)\\n}", Pattern.DOTALL).matcher(root);
        if (deployments.find()) {
            String body = deployments.group(1);
            if (Pattern.compile("codedeploy_application\\s*=\\s*module\\.lambda_deployments\\.application_name").matcher(oidc).find()) {
                application = moduleAttribute(root, "lambda_deployments", "application_name");
            }
            if (Pattern.compile("codedeploy_deployment_groups\\s*=\\s*values\\(module\\.lambda_deployments\\.deployment_group_names\\)")
                    .matcher(oidc).find()) {
                Matcher g = Pattern.compile("deployment_group_name\\s*=\\s*\"([^\"]+)\"\\s*\\n\\s*deployment_config_name\\s*=\\s*\"([^\"]+)\"")
                        .matcher(body);
                while (g.find()) {
                    groups.put(g.group(1), g.group(2));
                }
            }
        }
        Set<String> configs = new TreeSet<>();
        Matcher cl = Pattern.compile("codedeploy_configs\\s*=\\s*\\[(.*?)]", Pattern.DOTALL).matcher(oidc);
        if (cl.find()) {
            Matcher q = Pattern.compile("\"([^\"]+)\"").matcher(cl.group(1));
            while (q.find()) {
                configs.add(q.group(1));
            }
        }
        return new Role(actions, functions, services, roles, oidc.contains("repository_arns"), cluster,
                eks.find() ? eks.group(1) : null, bucket.find() ? bucket.group(1).trim() : null,
                code.find() ? code.group(1) : null, application, groups, configs);
    }

    /** The value expression of a root output. */
    static String output(String outputs, String name) {
        Matcher m = Pattern.compile("output \"" + Pattern.quote(name) + "\" \\{(.*?)\\n}", Pattern.DOTALL).matcher(outputs);
        if (!m.find()) {
            return null;
        }
        Matcher v = Pattern.compile("(?m)^\\s*value\\s*=\\s*(.+)$").matcher(m.group(1));
        return v.find() ? v.group(1).trim() : null;
    }

    private static String moduleAttribute(String root, String module, String attribute) {
        Matcher m = Pattern.compile("module \"" + Pattern.quote(module) + "\" \\{(.*?)\\n}", Pattern.DOTALL).matcher(root);
        if (!m.find()) {
            return null;
        }
        Matcher a = Pattern.compile("(?m)^\\s*" + Pattern.quote(attribute) + "\\s*=\\s*\"([^\"]+)\"").matcher(m.group(1));
        return a.find() ? a.group(1) : null;
    }
}

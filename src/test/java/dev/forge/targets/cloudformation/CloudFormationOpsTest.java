package dev.forge.targets.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.platform.aws.GithubOidc;
import dev.forge.platform.aws.IamActions;
import dev.forge.synth.Artifact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The operations parts: the image repositories, the GitHub deploy roles and the ECS task files. */
class CloudFormationOpsTest {

    @Test
    void givenImageFunctions_whenSynthesized_thenEachImageHasItsHardenedRepositoryAndRunsFromItAtTheStackTag() {
        Template t = CloudFormationExamples.templates("trip-assistant").get("dev");

        YamlMap repo = t.resource("FunctionAgentRepository").properties();
        YamlMap code = (YamlMap) t.resource("FunctionAgent").properties().get("Code");

        assertThat(repo.get("RepositoryName")).isEqualTo("trip-assistant-agent-dev");
        assertThat(repo.get("ImageTagMutability")).isEqualTo("IMMUTABLE");
        assertThat(repo.get("ImageScanningConfiguration")).isEqualTo(YamlMap.of("ScanOnPush", true));
        assertThat(repo.get("EncryptionConfiguration")).isEqualTo(YamlMap.of("EncryptionType", "AES256"));
        assertThat((String) ((YamlMap) repo.get("LifecyclePolicy")).get("LifecyclePolicyText"))
                .contains("\"countNumber\":10").contains("\"countType\":\"imageCountMoreThan\"");
        assertThat(repo.get("RepositoryPolicyText").toString()).contains("lambda.amazonaws.com").contains("LambdaPull");
        assertThat(code.get("ImageUri")).isEqualTo(Fn.sub("${FunctionAgentRepository.RepositoryUri}:${ContainerImageTag}"));
        assertThat(t.parameters()).containsKey("ContainerImageTag").doesNotContainKey("FunctionAgentImageUri");
    }

    @Test
    void givenServicesBuiltByCi_whenSynthesized_thenTheirTasksRunAndPullFromTheStacksRepositoriesAndProductionKeepsThem() {
        Map<String, Template> ts = CloudFormationExamples.templates("forge-platform");
        Template dev = ts.get("dev");

        YamlMap container = (YamlMap) ((YamlList) dev.resource("ServiceApiTaskDefinition").properties()
                .get("ContainerDefinitions")).get(0);
        String execution = dev.resource("ServiceApiExecutionRole").properties().toString();

        assertThat(container.get("Image")).isEqualTo(Fn.sub("${ServiceApiRepository.RepositoryUri}:${ContainerImageTag}"));
        assertThat(execution).contains("PullOwnImage").contains("ServiceApiRepository");
        assertThat(dev.resource("ServiceApiRepository").properties().get("EmptyOnDelete")).isEqualTo(true);
        assertThat(ts.get("prod").resource("ServiceApiRepository").properties().get("EmptyOnDelete")).isEqualTo(false);
        assertThat(ts.get("prod").resource("ServiceApiRepository").deletionPolicy()).isEqualTo(Resource.Policy.Retain);
    }

    @Test
    void givenImagesBuiltByCi_whenSynthesized_thenTheBootstrapTemplateHoldsExactlyTheRepositoriesOfTheFullOne() {
        List<Artifact> files = CloudFormationExamples.synth("forge-platform");
        Template full = CloudFormationExamples.templates("forge-platform").get("dev");
        String bootstrap = text(files, "dev/bootstrap.yaml");
        String readme = text(files, "README.md");

        assertThat(bootstrap).contains("ServiceApiRepository:").contains("ServiceUiRepository:")
                .doesNotContain("AWS::ECS::").doesNotContain("AWS::IAM::Role");
        assertThat(full.resource("ServiceApiRepository").type()).isEqualTo("AWS::ECR::Repository");
        assertThat(readme).contains("--template-body file://dev/bootstrap.yaml").contains("--change-set-type UPDATE");
        // site-builder builds no image: no repository, no bootstrap, a first deploy that creates the stack
        assertThat(CloudFormationExamples.synth("site-builder")).noneMatch(a -> a.path().endsWith("bootstrap.yaml"));
    }

    @Test
    void givenCiWithApprovals_whenSynthesized_thenTheDeployRoleTrustsTheAudienceAndTheSubjectTogetherAndTheBranchOnlyWithoutApproval() {
        Map<String, Template> ts = CloudFormationExamples.templates("ai-validation-platform");

        YamlMap prod = trustCondition(ts.get("prod"));
        YamlMap dev = trustCondition(ts.get("dev"));

        assertThat(prod.entries().keySet()).containsExactly("StringEquals");
        YamlMap equals = (YamlMap) prod.get("StringEquals");
        assertThat(equals.get(GithubOidc.ISSUER + ":aud")).isEqualTo("sts.amazonaws.com");
        assertThat(((YamlList) equals.get(GithubOidc.ISSUER + ":sub")).items())
                .containsExactly("repo:example-org/ai-validation-platform:environment:prod");
        assertThat(((YamlList) ((YamlMap) dev.get("StringEquals")).get(GithubOidc.ISSUER + ":sub")).items()).containsExactly(
                "repo:example-org/ai-validation-platform:ref:refs/heads/main",
                "repo:example-org/ai-validation-platform:environment:dev");
    }

    @Test
    void givenTwoEnvironmentsInOneAccount_whenSynthesized_thenOnlyTheFirstCreatesGithubsProvider() {
        Map<String, Template> ts = CloudFormationExamples.templates("forge-platform");

        assertThat(ts.get("dev").parameters().get("CreateGithubOidcProvider").get("Default")).isEqualTo("true");
        assertThat(ts.get("prod").parameters().get("CreateGithubOidcProvider").get("Default")).isEqualTo("false");
        assertThat(ts.get("dev").resource("GithubOidcProvider").deletionPolicy()).isEqualTo(Resource.Policy.Retain);
    }

    @Test
    void givenTheDeployRole_thenItChangesTheStackOnlyThroughChangeSetsRunAsTheServiceRoleAndHoldsNoWildcardAction() {
        Template t = CloudFormationExamples.templates("forge-platform").get("dev");

        Map<String, YamlMap> deploy = statements(t.resource("DeployRole"));
        Map<String, YamlMap> service = statements(t.resource("DeployCloudFormationRole"));

        assertThat(deploy.keySet()).containsExactly("CreateChangeSets", "RunChangeSets", "PassServiceRole",
                "UploadTemplates", "PushImages", "RegistryLogin", "RollOutServices", "RegisterTaskDefinitions",
                "PassTaskRoles", "DescribeCluster", "UploadFunctionCode");
        assertThat(deploy.get("CreateChangeSets").get("Condition")).isEqualTo(YamlMap.of("ArnEquals",
                YamlMap.of("cloudformation:RoleArn", Fn.getAtt("DeployCloudFormationRole", "Arn"))));
        assertThat(deploy.get("PassServiceRole").get("Resource")).isEqualTo(YamlList.of(Fn.getAtt("DeployCloudFormationRole", "Arn")));
        assertThat(deploy.get("PushImages").get("Resource")).isEqualTo(YamlList.of(Fn.getAtt("ServiceApiRepository", "Arn"),
                Fn.getAtt("ServiceUiRepository", "Arn")));
        for (YamlMap st : concat(deploy, service)) {
            ((YamlList) st.get("Action")).items().forEach(a -> assertThat((String) a).doesNotContain("*"));
        }
        // the service role passes and manages exactly the stack's other roles, by name: never itself or the deploy role
        Set<String> names = new TreeSet<>();
        t.resources().forEach((id, r) -> {
            if (r.type().equals("AWS::IAM::Role") && !id.startsWith("Deploy")) {
                names.add(Fn.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/" + r.properties().get("RoleName")).toString());
            }
        });
        Set<String> passed = new TreeSet<>();
        ((YamlList) service.get("PassStackRoles").get("Resource")).items().forEach(x -> passed.add(x.toString()));
        assertThat(passed).isEqualTo(names).hasSize(10);
        assertThat(service.get("ManageStackRoles").get("Action")).isEqualTo(YamlList.copyOf(IamActions.CFN_MANAGE_ROLES
                .stream().filter(a -> !a.endsWith("AttachRolePolicy") && !a.endsWith("DetachRolePolicy")).toList()));
        assertThat(service.get("AttachStackPolicies").get("Condition").toString()).contains("AmazonRDSEnhancedMonitoringRole");
        assertThat(t.outputs()).containsKeys("DeployRoleArn", "DeployCloudFormationRoleArn");
    }

    @Test
    void givenAServiceWithAPinnedAccount_whenItsTaskFileIsWritten_thenKnownValuesAreFilledAndTheRestNameStackOutputs() {
        List<Artifact> files = CloudFormationExamples.synth("ai-validation-platform");
        Template t = CloudFormationExamples.templates("ai-validation-platform").get("dev");
        String json = text(files, "dev/ecs-task-api.json");
        Map<?, ?> task = (Map<?, ?>) dev.forge.util.Json.parse(json);
        Map<?, ?> container = (Map<?, ?>) ((List<?>) task.get("containerDefinitions")).get(0);

        assertThat(task.get("family")).isEqualTo(t.resource("ServiceApiTaskDefinition").properties().get("Family"));
        assertThat(task.get("executionRoleArn")).isEqualTo("arn:aws:iam::111111111111:role/ai-validation-platform-api-dev-execution");
        assertThat(container.get("image")).isEqualTo("111111111111.dkr.ecr.us-east-1.amazonaws.com/ai-validation-platform-api-dev:${ContainerImageTag}");
        assertThat(((Map<?, ?>) ((Map<?, ?>) container.get("logConfiguration")).get("options")).get("awslogs-group"))
                .isEqualTo(t.resource("ServiceApiLogGroup").properties().get("LogGroupName"));
        assertThat(json).contains("${DatabaseMainMasterUserSecretSecretArn}:password::");
        for (String key : EcsTaskFiles.placeholders(json)) {
            assertThat(t.outputs().containsKey(key) || t.parameters().containsKey(key)).as(key).isTrue();
        }
    }

    @Test
    void givenNoPinnedAccount_whenTheTaskFileIsWritten_thenTheRoleArnsComeFromStackOutputs() {
        List<Artifact> files = CloudFormationExamples.synth("forge-platform");
        Template t = CloudFormationExamples.templates("forge-platform").get("dev");
        Map<?, ?> task = (Map<?, ?>) dev.forge.util.Json.parse(text(files, "dev/ecs-task-api.json"));

        assertThat(task.get("taskRoleArn")).isEqualTo("${ServiceApiTaskRoleArn}");
        assertThat(t.outputs().get("ServiceApiTaskRoleArn").get("Value")).isEqualTo(Fn.getAtt("ServiceApiTaskRole", "Arn"));
        assertThat(task.get("requiresCompatibilities")).isEqualTo(List.of("FARGATE"));
    }

    @Test
    void givenTheCiFields_thenTheTargetDeclaresThemRendered() {
        assertThat(CloudFormationRendering.DECLARED.fields()).contains("ci.github.repo", "ci.github.branch", "ci.oidc",
                "ci.approvals");
    }

    private static YamlMap trustCondition(Template t) {
        YamlMap trust = (YamlMap) t.resource("DeployRole").properties().get("AssumeRolePolicyDocument");
        YamlList st = (YamlList) trust.get("Statement");
        assertThat(st.size()).as("one trust statement: the conditions are ANDed, never alternatives").isEqualTo(1);
        return (YamlMap) ((YamlMap) st.get(0)).get("Condition");
    }

    private static Map<String, YamlMap> statements(Resource role) {
        Map<String, YamlMap> out = new java.util.LinkedHashMap<>();
        YamlList policies = (YamlList) role.properties().get("Policies");
        ((YamlList) ((YamlMap) ((YamlMap) policies.get(0)).get("PolicyDocument")).get("Statement")).items()
                .forEach(s -> out.put((String) ((YamlMap) s).get("Sid"), (YamlMap) s));
        return out;
    }

    private static List<YamlMap> concat(Map<String, YamlMap> a, Map<String, YamlMap> b) {
        List<YamlMap> out = new ArrayList<>(a.values());
        out.addAll(b.values());
        return out;
    }

    static String text(List<Artifact> files, String path) {
        return files.stream().filter(a -> a.path().equals(path)).map(Artifact::text).findFirst()
                .orElseThrow(() -> new AssertionError("no file " + path));
    }
}

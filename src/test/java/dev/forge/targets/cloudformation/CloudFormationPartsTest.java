package dev.forge.targets.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Kind;
import dev.forge.platform.aws.IamPolicies;
import dev.forge.platform.aws.IamStatement;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the data and function parts decide, read back from the templates of the examples. */
class CloudFormationPartsTest {

    @Test
    void givenTheSiteBuilder_whenSynthesized_thenItsDataIsRetainedInProductionOnlyAndDeletionProtectedThere() {
        Map<String, Template> ts = CloudFormationExamples.templates("site-builder");

        // agent-sessions: a table in every environment (generations is a global table in prod: CloudFormationReplicasTest)
        Resource prod = ts.get("prod").resource("TableAgentSessions");
        Resource dev = ts.get("dev").resource("TableAgentSessions");

        assertThat(prod.deletionPolicy()).isEqualTo(Resource.Policy.Retain);
        assertThat(prod.properties().get("DeletionProtectionEnabled")).isEqualTo(true);
        assertThat(dev.deletionPolicy()).isEqualTo(Resource.Policy.Delete);
        assertThat(ts.get("prod").resource("BucketSites").deletionPolicy()).isEqualTo(Resource.Policy.Retain);
        assertThat(((YamlMap) prod.properties().get("PointInTimeRecoverySpecification")).get("PointInTimeRecoveryEnabled"))
                .isEqualTo(true);
    }

    @Test
    void givenEveryExample_whenSynthesized_thenEachFunctionRoleHoldsExactlyTheSharedStatementsAndNoWildcardAction() {
        for (String example : CloudFormationExamples.names()) {
            ResolvedSpec spec = CloudFormationExamples.resolve(example);
            Map<String, Template> ts = CloudFormationExamples.templates(example);
            for (ResolvedEnv env : spec.environments()) {
                env.spec().functions().forEach((name, f) -> {
                    String id = Stack.logicalId(Kind.FUNCTION, name);
                    YamlMap doc = (YamlMap) ts.get(env.name()).resource(id + "RolePolicy").properties().get("PolicyDocument");
                    List<String> sids = new ArrayList<>();
                    ((YamlList) doc.get("Statement")).items().forEach(s -> {
                        YamlMap st = (YamlMap) s;
                        sids.add((String) st.get("Sid"));
                        ((YamlList) st.get("Action")).items().forEach(a -> assertThat((String) a).doesNotContain("*"));
                    });
                    List<String> expected = IamPolicies.function(env, name).stream().map(IamStatement::sid).toList();
                    assertThat(sids).as(example + "/" + env.name() + " " + name).isEqualTo(expected);
                    if (Boolean.TRUE.equals(f.vpc())) {
                        // in the private subnets, behind its own security group
                        YamlMap vpc = (YamlMap) ts.get(env.name()).resource(id).properties().get("VpcConfig");
                        assertThat(vpc).as(example + "/" + env.name() + " " + name + " VpcConfig").isNotNull();
                        assertThat(ts.get(env.name()).resource(id + "SecurityGroup")).isNotNull();
                    }
                });
            }
        }
    }

    @Test
    void givenTheForgePlatform_whenSynthesized_thenTheBucketNotifiesAfterItsPermissionAndTheScheduleHasItsOwnFailureQueue() {
        Template t = CloudFormationExamples.templates("forge-platform").get("dev");

        Resource bucket = t.resource("BucketArtifacts");
        YamlMap notification = (YamlMap) bucket.properties().get("NotificationConfiguration");

        assertThat(bucket.dependencies()).containsExactly("FunctionParserTrigger1Permission");
        assertThat(((YamlList) notification.get("LambdaConfigurations")).size()).isEqualTo(1);
        assertThat(t.resource("FunctionRunReportTrigger1").type()).isEqualTo("AWS::Scheduler::Schedule");
        assertThat(t.resource("FunctionRunReportTrigger1DeadLetterQueue").type()).isEqualTo("AWS::SQS::Queue");
        assertThat(t.resource("FunctionConvergenceWorkerTrigger1").type()).isEqualTo("AWS::Lambda::EventSourceMapping");
    }

    @Test
    void givenAnSsmSecret_whenSynthesized_thenNoResourceIsCreatedAndTheReadmeSaysHowToCreateIt() {
        Template t = CloudFormationExamples.templates("trip-assistant").get("prod");
        String readme = CloudFormationExamples.synth("trip-assistant").stream().filter(a -> a.path().equals("README.md"))
                .map(Artifact::text).findFirst().orElseThrow();

        assertThat(t.resources().keySet()).noneMatch(id -> id.startsWith("Secret"));
        assertThat(readme).contains("aws ssm put-parameter --type SecureString --name /trip-assistant/prod/openai-api-key");
    }

    @Test
    void givenAZipFunction_whenSynthesized_thenItsCodeComesFromTheParametersAndTheFileLeavesTheBucketToTheOperator() {
        List<Artifact> files = CloudFormationExamples.synth("site-builder");
        String parameters = files.stream().filter(a -> a.path().equals("dev/parameters.json")).map(Artifact::text)
                .findFirst().orElseThrow();
        YamlMap code = (YamlMap) CloudFormationExamples.templates("site-builder").get("dev").resource("FunctionAgents")
                .properties().get("Code");

        assertThat(code.get("S3Bucket")).isEqualTo(Fn.ref("CodeBucket"));
        assertThat(code.get("S3Key")).isEqualTo(Fn.ref("FunctionAgentsCodeKey"));
        assertThat(parameters).contains("\"ParameterKey\": \"CodeBucket\",\n    \"ParameterValue\": \"\"")
                .contains("\"ParameterKey\": \"FunctionAgentsCodeKey\",\n    \"ParameterValue\": \"functions/agents.zip\"");
    }
}

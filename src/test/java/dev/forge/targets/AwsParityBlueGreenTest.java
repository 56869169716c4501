package dev.forge.targets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.platform.aws.EcsBlueGreen;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Examples;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The blue-green decision (platform.aws.EcsBlueGreen) as both AWS targets render it for ai-validation-platform's prod
 * api, read back from their files by {@link AwsParityBlueGreen} (the comparison AwsParityTest makes for every example
 * and environment): equal to the shared decision's values, not only to each other; and each mutant, one emitted value
 * broken in one target (the strategy dropped, the role's policy or the role missing, the weights swapped), breaks the
 * equality.
 */
class AwsParityBlueGreenTest {

    private static Map<String, String> text;
    private static ResolvedEnv prod;

    @BeforeAll
    static void synth() {
        ResolvedSpec spec = Examples.resolve("ai-validation-platform");
        java.nio.file.Path dir = Examples.repoRoot().resolve("examples").resolve("ai-validation-platform");
        List<Artifact> files = Pipeline.synth(spec, List.of(BuiltinTargets.byName("terraform-aws").orElseThrow(),
                BuiltinTargets.byName("cloudformation").orElseThrow()), spec.environments(), dir, dir.resolve("out"));
        text = new LinkedHashMap<>();
        files.forEach(a -> text.put(a.path(), new String(a.bytes(), StandardCharsets.UTF_8)));
        prod = spec.environments().stream().filter(e -> e.name().equals("prod")).findFirst().orElseThrow();
    }

    private static final String EXPECTED = "controller ECS, strategy " + EcsBlueGreen.STRATEGY + ", bake "
            + EcsBlueGreen.BAKE_TIME_MINUTES + " min, rollback true, production rule 10 (blue 100, green 0), alternate"
            + " target group, role ai-validation-platform-api-prod" + EcsBlueGreen.ROLE_SUFFIX + " trusted by "
            + EcsBlueGreen.TRUSTED_SERVICE + " on aws:SourceAccount, policy " + EcsBlueGreen.MANAGED_POLICY;

    @Test
    void givenProdApi_thenBothTargetsRenderTheSharedDecision_andTheOtherServicesRoll() {
        Map<String, String> tf = AwsParityTest.blueGreenTerraform(text, prod);
        Map<String, String> cfn = AwsParityTest.blueGreenCloudFormation(AwsParityTest.template(text, "prod"), prod);
        assertThat(tf).containsEntry("api", EXPECTED).containsEntry("web", "rolling").containsEntry("orchestrator", "rolling");
        assertThat(cfn).isEqualTo(tf);
        // staging's api rolls (blue-green is asked for in prod only)
        ResolvedEnv staging = Examples.resolve("ai-validation-platform").environments().stream()
                .filter(e -> e.name().equals("staging")).findFirst().orElseThrow();
        assertThat(AwsParityTest.blueGreenTerraform(text, staging)).containsEntry("api", "rolling");
    }

    @Test
    void givenATerraformMutant_thenTheDecisionDiffers() {
        Map<String, String> cfn = AwsParityTest.blueGreenCloudFormation(AwsParityTest.template(text, "prod"), prod);
        String module = "terraform-aws/modules/ecs_service/main.tf";
        assertThat(terraformWith(module, m -> m.replace("strategy             = \"BLUE_GREEN\"\n", ""))).isNotEqualTo(cfn);
        assertThat(terraformWith(module, m -> m.replace("AmazonECSInfrastructureRolePolicyForLoadBalancers",
                "AmazonECS_FullAccess"))).isNotEqualTo(cfn);
        assertThat(terraformWith(module, m -> m.replace("resource \"aws_iam_role_policy_attachment\" \"blue_green\"",
                "resource \"aws_iam_role_policy_attachment\" \"gone\""))).isNotEqualTo(cfn);
        assertThat(terraformWith(module, m -> m.replace("Service = \"ecs.amazonaws.com\"",
                "Service = \"codedeploy.amazonaws.com\""))).isNotEqualTo(cfn);
        assertThat(terraformWith("terraform-aws/modules/load_balancer/main.tf", m -> m.replace("weight = 100", "weight = 50")))
                .isNotEqualTo(cfn);
        assertThat(terraformWith("terraform-aws/environments/prod/main.tf", m -> m.replace("deployment                   ="
                + " \"blue-green\"", ""))).isNotEqualTo(cfn);
        // and the unmutated files agree
        assertThat(terraformWith(module, m -> m)).isEqualTo(cfn);
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenACloudFormationMutant_thenTheDecisionDiffers() {
        Map<String, String> tf = AwsParityTest.blueGreenTerraform(text, prod);
        assertThat(cloudFormationWith(t -> deployment(t).remove("Strategy"))).isNotEqualTo(tf);
        assertThat(cloudFormationWith(t -> deployment(t).put("BakeTimeInMinutes", 0))).isNotEqualTo(tf);
        assertThat(cloudFormationWith(t -> properties(t, "ServiceApiBlueGreenRole").remove("ManagedPolicyArns"))).isNotEqualTo(tf);
        assertThat(cloudFormationWith(t -> t.remove("ServiceApiBlueGreenRole"))).isNotEqualTo(tf);
        assertThat(cloudFormationWith(t -> ((Map<String, Object>) ((List<Object>) properties(t, "ServiceApi")
                .get("LoadBalancers")).get(0)).remove("AdvancedConfiguration"))).isNotEqualTo(tf);
        assertThat(cloudFormationWith(t -> { })).isEqualTo(tf);
    }

    @Test
    void givenABlueGreenServiceThatTwoRulesReach_thenBothTargetsDeployItRolling_andSaySo(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) {
        String spec = """
                forge: 1
                app: shop
                region: us-east-1
                environments: { dev: {} }
                services:
                  web: { image: { ref: "public.ecr.aws/nginx/nginx:1.27" }, port: 8080 }
                  api: { image: { ref: "public.ecr.aws/nginx/nginx:1.27" }, port: 8080, deployment: blue-green }
                apis:
                  public: { type: loadbalancer, routes: { "ANY /*": service:web, "ANY /api/*": service:api%s } }
                """;
        for (boolean twoRules : new boolean[] {false, true}) {
            ResolvedSpec resolved = dev.forge.resolve.Resolver.resolve(dev.forge.bind.Binder.bind(new dev.forge.spec.YamlLoader()
                    .load(dev.forge.spec.SpecSource.of("forge.yaml", spec.formatted(twoRules ? ", \"GET /v2/*\": service:api" : "")))));
            ResolvedEnv dev = resolved.environments().get(0);
            assertThat(EcsBlueGreen.eligible(dev.spec(), "api")).isEqualTo(!twoRules);
            List<Artifact> files = Pipeline.synth(resolved, List.of(BuiltinTargets.byName("terraform-aws").orElseThrow(),
                    BuiltinTargets.byName("cloudformation").orElseThrow()), resolved.environments(), dir, dir.resolve("out"));
            Map<String, String> out = new LinkedHashMap<>();
            files.forEach(a -> out.put(a.path(), new String(a.bytes(), StandardCharsets.UTF_8)));
            Map<String, String> tf = AwsParityTest.blueGreenTerraform(out, dev);
            assertThat(AwsParityTest.blueGreenCloudFormation(AwsParityTest.template(out, "dev"), dev)).isEqualTo(tf);
            assertThat(tf.get("api")).as("two rules: " + twoRules).isEqualTo(twoRules ? "rolling"
                    : EXPECTED.replace("ai-validation-platform-api-prod", "shop-api-dev"));
            String note = "`deployment: blue-green` deploys rolling here: ECS moves the traffic of one listener rule, and"
                    + " several routes of `public` reach it";
            assertThat(out.get("terraform-aws/environments/dev/README.md").contains(note)).isEqualTo(twoRules);
            assertThat(out.entrySet()).filteredOn(e -> e.getKey().startsWith("cloudformation/") && e.getKey().endsWith("README.md"))
                    .anySatisfy(e -> assertThat(e.getValue().contains(note)).isEqualTo(twoRules));
        }
    }

    private static Map<String, String> terraformWith(String path, java.util.function.UnaryOperator<String> mutate) {
        Map<String, String> copy = new LinkedHashMap<>(text);
        copy.put(path, mutate.apply(copy.get(path)));
        return AwsParityTest.blueGreenTerraform(copy, prod);
    }

    private static Map<String, String> cloudFormationWith(Consumer<Map<String, Object>> mutate) {
        Map<String, Object> template = AwsParityTest.template(text, "prod");
        mutate.accept(template);
        return AwsParityTest.blueGreenCloudFormation(template, prod);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> template, String id) {
        return (Map<String, Object>) ((Map<String, Object>) template.get(id)).get("Properties");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deployment(Map<String, Object> template) {
        return (Map<String, Object>) properties(template, "ServiceApi").get("DeploymentConfiguration");
    }
}

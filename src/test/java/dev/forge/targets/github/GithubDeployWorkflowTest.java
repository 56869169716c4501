package dev.forge.targets.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.artifact.Yaml;
import dev.forge.model.Spec;
import dev.forge.platform.aws.EcrRepositories;
import dev.forge.platform.aws.EcsRollouts;
import dev.forge.platform.aws.GithubOidc;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.MapNode;
import dev.forge.spec.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * deploy.yml of every example: one job per environment in {@code ci.promote} order, each needing the one before,
 * bound to its GitHub environment (the only jobs holding {@code id-token: write}) and assuming the role from the
 * environment's {@code AWS_DEPLOY_ROLE_ARN}; one push per image the app builds (to the ECR repository terraform-aws
 * and cloudformation name), and per function an update, a smoke test and a rollback of {@code live}.
 */
class GithubDeployWorkflowTest {

    /**
     * The examples with code CI deploys (a function, or a rolling service whose image the app builds): terraform-aws
     * creates the deploy role only then, and deploy.yml is written.
     */
    static List<String> examples() {
        return GithubExamples.names().stream()
                .filter(e -> GithubOidc.deploysCode(GithubExamples.resolve(e).environments().get(0).spec())).toList();
    }

    @org.junit.jupiter.api.Test
    void givenTheExamples_thenEveryOneDeploys_andOneOfServicesAloneToo() {
        assertThat(examples()).hasSize(4).contains("ai-validation-platform");
        assertThat(GithubExamples.resolve("ai-validation-platform").environments().get(0).spec().functions()).isEmpty();
        for (String e : GithubExamples.names()) {
            boolean deploys = GithubOidc.deploysCode(GithubExamples.resolve(e).environments().get(0).spec());
            assertThat(GithubExamples.workflows(e)).as(e).extracting(a -> a.path())
                    .matches(paths -> paths.contains(".github/workflows/deploy.yml") == deploys);
        }
    }

    @org.junit.jupiter.api.Test
    void givenServicesOnlyByReference_thenNothingIsRolledOut_andNoDeployYml_butABlueGreenOneIsRolledOut() {
        String spec = """
                forge: 1
                app: shop
                region: us-east-1
                environments: { dev: {} }
                services:
                  web: { image: { ref: "public.ecr.aws/nginx/nginx:1.27" }, port: 8080 }
                  api: { image: { %s }, port: 8080, deployment: %s }
                apis:
                  public: { type: loadbalancer, routes: { "ANY /*": service:web, "ANY /api/*": service:api } }
                ci: { github: acme/shop }
                """;
        dev.forge.model.Spec byReference = resolve(spec.formatted("ref: \"public.ecr.aws/x/api:1\"", "blue-green"))
                .environments().get(0).spec();
        assertThat(EcsRollouts.of(byReference)).isEmpty();
        assertThat(DeployWorkflow.applies(byReference)).isFalse();
        for (String deployment : List.of("rolling", "blue-green")) {
            ResolvedSpec resolved = resolve(spec.formatted("build: api", deployment));
            dev.forge.model.Spec s = resolved.environments().get(0).spec();
            assertThat(EcsRollouts.of(s)).as(deployment).containsExactly("api");
            assertThat(DeployWorkflow.applies(s)).as(deployment).isTrue();
            boolean blueGreen = deployment.equals("blue-green");
            assertThat(dev.forge.platform.aws.EcsBlueGreen.eligible(s, "api")).isEqualTo(blueGreen);
            // the job's time covers the bake time of the deployment and of a rollback
            assertThat(DeployWorkflow.baking(s)).isEqualTo(blueGreen ? 2 * dev.forge.platform.aws.EcsBlueGreen.BAKE_TIME_MINUTES : 0);
        }
    }

    private static ResolvedSpec resolve(String text) {
        return dev.forge.resolve.Resolver.resolve(dev.forge.bind.Binder.bind(new dev.forge.spec.YamlLoader()
                .load(dev.forge.spec.SpecSource.of("forge.yaml", text))));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenDeployed_thenEachBuiltServiceIsRolledOutCheckedAndRolledBack_blueGreenThroughItsBakeTime(String example) {
        ResolvedSpec spec = GithubExamples.resolve(example);
        MapNode jobs = Yaml.map(deployYml(example), "jobs").orElseThrow();
        int rolled = 0;
        int blueGreens = 0;
        for (ResolvedEnv env : GithubActionsTarget.promotion(spec)) {
            MapNode job = (MapNode) jobs.get("deploy-" + env.name()).orElseThrow();
            List<String> names = stepNames(job);
            for (var svc : env.spec().services().entrySet()) {
                String name = svc.getKey();
                boolean rolling = svc.getValue().image().build() != null;
                boolean blueGreen = dev.forge.platform.aws.EcsBlueGreen.eligible(env.spec(), name);
                assertThat(names).as(example + " " + env.name() + " " + name)
                        .filteredOn(n -> n.startsWith("Roll out " + name + " ")).hasSize(rolling ? 1 : 0);
                if (!rolling) {
                    continue;
                }
                rolled++;
                int at = names.indexOf(names.stream().filter(n -> n.startsWith("Roll out " + name + " ")).findFirst().orElseThrow());
                MapNode step = (MapNode) Yaml.list(job, "steps").get(at);
                String run = Yaml.text(step, "run").orElseThrow();
                String service = EcsRollouts.name(env, name);
                assertThat(run).contains("aws ecs register-task-definition")
                        .contains("aws ecs update-service --cluster " + EcsRollouts.cluster(env) + " --service " + service)
                        .contains("aws ecs wait services-stable --cluster " + EcsRollouts.cluster(env) + " --services " + service)
                        .contains("if [ \"${RUNNING}\" != \"${NEW}\" ]");
                assertThat(run.indexOf("wait services-stable")).isGreaterThan(run.indexOf("update-service"));
                // a blue-green deployment is stable after the bake time: the 10-minute waiter is asked again
                String waits = "aws ecs wait services-stable --cluster " + EcsRollouts.cluster(env) + " --services " + service;
                int rounds = blueGreen ? dev.forge.platform.aws.EcsBlueGreen.WAIT_ROUNDS : 1;
                assertThat(run.split(java.util.regex.Pattern.quote(waits), -1)).hasSize(rounds + 1);
                assertThat(names.get(at)).isEqualTo("Roll out " + name + " (new task definition revision"
                        + (blueGreen ? ", blue-green" : "") + ")");
                if (blueGreen) {
                    blueGreens++;
                    assertThat(Yaml.text(job, "timeout-minutes").map(Integer::parseInt).orElseThrow())
                            .isGreaterThanOrEqualTo(60 + 2 * dev.forge.platform.aws.EcsBlueGreen.BAKE_TIME_MINUTES);
                }
                assertThat(Yaml.text(step, "env", "IMAGE").orElseThrow())
                        .isEqualTo("${{ env.REGISTRY }}/" + env.naming().base(name) + ":${{ github.sha }}");
                int back = names.indexOf("Roll " + name + " back to its previous task definition");
                assertThat(back).isGreaterThan(at);
                MapNode rollback = (MapNode) Yaml.list(job, "steps").get(back);
                assertThat(Yaml.text(rollback, "if")).contains("failure() && steps.rollout-" + name + ".outputs.new != ''");
                assertThat(Yaml.text(rollback, "run").orElseThrow()).contains("--task-definition \"${PREVIOUS}\"");
                assertThat(Yaml.text(rollback, "run").orElseThrow().split(java.util.regex.Pattern.quote(waits), -1))
                        .hasSize(rounds + 1);
                String[] health = DeployWorkflow.healthThroughLoadBalancer(env.spec(), name);
                assertThat(names.contains("Smoke-test " + name)).isEqualTo(health != null);
            }
        }
        if (example.equals("forge-platform") || example.equals("ai-validation-platform")) {
            assertThat(rolled).as(example).isGreaterThan(0);
        }
        if (example.equals("ai-validation-platform")) {
            assertThat(blueGreens).as("prod api is blue-green and rolled out").isEqualTo(1);
        }
    }

    @org.junit.jupiter.api.Test
    void givenLoadBalancerRoutes_thenTheHealthPathIsSmokeTestedOnlyWhereTheLoadBalancerSendsItToTheService() {
        dev.forge.model.Spec s = GithubExamples.resolve("forge-platform").environments().get(0).spec();
        // ANY /api/* -> api, ANY /* -> ui: ui's "/" reaches ui; api's /health reaches ui, not api
        assertThat(DeployWorkflow.healthThroughLoadBalancer(s, "ui")).containsExactly("web", "/");
        assertThat(DeployWorkflow.healthThroughLoadBalancer(s, "api")).isNull();
    }

    private static MapNode deployYml(String example) {
        String text = GithubExamples.workflows(example).stream().filter(a -> a.path().endsWith("/deploy.yml"))
                .findFirst().orElseThrow().text();
        return new ParsedArtifact("deploy.yml", text).yamlDocuments().get(0);
    }

    private static List<String> stepNames(MapNode job) {
        List<String> out = new ArrayList<>();
        for (Node n : Yaml.list(job, "steps")) {
            out.add(Yaml.text((MapNode) n, "name").orElse(""));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenDeployed_thenOneJobPerEnvironmentInPromotionOrderEachAfterThePrevious(String example) {
        ResolvedSpec spec = GithubExamples.resolve(example);
        List<ResolvedEnv> order = GithubActionsTarget.promotion(spec);
        MapNode jobs = Yaml.map(deployYml(example), "jobs").orElseThrow();
        assertThat(jobs.entries()).extracting(e -> e.name())
                .containsExactlyElementsOf(order.stream().map(e -> "deploy-" + e.name()).toList());
        for (int i = 0; i < order.size(); i++) {
            MapNode job = (MapNode) jobs.get("deploy-" + order.get(i).name()).orElseThrow();
            assertThat(Yaml.text(job, "environment")).as(example).contains(order.get(i).name());
            assertThat(Yaml.text(job, "permissions", "id-token")).contains("write");
            assertThat(Yaml.text(job, "if").orElse("")).contains("github.repository == '" + order.get(i).spec().ci().github().repo() + "'");
            if (i == 0) {
                assertThat(Yaml.get(job, "needs")).isEmpty();
            } else {
                assertThat(Yaml.text(job, "needs")).contains("deploy-" + order.get(i - 1).name());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenDeployed_thenTheRoleComesFromTheEnvironmentsDeployRoleVariable(String example) {
        String text = GithubExamples.workflows(example).stream().filter(a -> a.path().endsWith("/deploy.yml"))
                .findFirst().orElseThrow().text();
        assertThat(text).contains("role-to-assume: \"${{ vars.AWS_DEPLOY_ROLE_ARN }}\"")
                .doesNotContain("secrets.").doesNotContain("aws-access-key-id")
                // what the deploy role allows is DeployCallsAllowedTest's; never an invoke, and S3 only to upload a
                // zip function's build to the artifact bucket (the GitHub environment's FUNCTION_ARTIFACT_BUCKET)
                .doesNotContain("lambda invoke");
        java.util.regex.Matcher s3 = java.util.regex.Pattern.compile("aws s3[^\n]*").matcher(text);
        int uploads = 0;
        while (s3.find()) {
            assertThat(s3.group()).isEqualTo("aws s3 cp \"${ZIP}\" \"s3://${BUCKET}/${KEY}\" --only-show-errors");
            uploads++;
        }
        boolean zips = !dev.forge.platform.aws.FunctionArtifacts.zipFunctions(
                        dev.forge.testkit.Examples.resolve(example).environments().get(0).spec()).isEmpty();
        assertThat(uploads > 0).as(example + ": zips uploaded exactly when the spec has zip functions").isEqualTo(zips);
        assertThat(text).doesNotContain("--zip-file").contains(zips ? "BUCKET: \"${{ vars.FUNCTION_ARTIFACT_BUCKET }}\"" : "");
        String readme = GithubExamples.synth(example).stream().filter(a -> a.path().endsWith("README.md"))
                .findFirst().orElseThrow().text();
        assertThat(readme).contains("`" + DeployWorkflow.ROLE_VARIABLE + "`").contains("deploy_role_arn");
        if (zips) {
            assertThat(readme).contains("`" + DeployWorkflow.ARTIFACT_BUCKET_VARIABLE + "`: terraform-aws output"
                    + " `function_artifact_bucket`").contains("stack's output `FunctionArtifactBucket`");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenDeployed_thenEachImageIsPushedAndEachFunctionUpdatedSmokeTestedAndRolledBack(String example) {
        ResolvedSpec spec = GithubExamples.resolve(example);
        MapNode jobs = Yaml.map(deployYml(example), "jobs").orElseThrow();
        for (ResolvedEnv env : GithubActionsTarget.promotion(spec)) {
            Spec s = env.spec();
            MapNode job = (MapNode) jobs.get("deploy-" + env.name()).orElseThrow();
            List<String> names = stepNames(job);
            String text = job.toString();
            EcrRepositories.of(s).forEach(r -> {
                assertThat(names).filteredOn(n -> n.startsWith("Build and push the " + r.name() + " image")).hasSize(1);
            });
            String all = GithubExamples.workflows(example).stream().filter(a -> a.path().endsWith("/deploy.yml"))
                    .findFirst().orElseThrow().text();
            EcrRepositories.of(s).forEach(r ->
                    assertThat(all).contains("${{ env.REGISTRY }}/" + env.naming().base(r.name()) + ":${{ github.sha }}"));
            s.functions().forEach((name, f) -> {
                if (f.source() == null && (f.image() == null || f.image().build() == null)) {
                    return;
                }
                assertThat(names).as(example + " " + name).filteredOn(n -> n.startsWith("Update " + name + " ") || n.startsWith("Update " + name + "'")).hasSize(1);
                assertThat(names).filteredOn(n -> n.equals("Smoke-test " + name)).hasSize(1);
                assertThat(names).filteredOn(n -> n.equals("Roll " + name + " back to its previous version")).hasSize(1);
                int update = names.indexOf(names.stream().filter(n -> n.startsWith("Update " + name)).findFirst().orElseThrow());
                assertThat(names.indexOf("Roll " + name + " back to its previous version")).isGreaterThan(update);
            });
            assertThat(text).isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenDeployed_thenEveryRollbackRunsOnlyOnFailureOfAnAliasItMoved(String example) {
        MapNode jobs = Yaml.map(deployYml(example), "jobs").orElseThrow();
        jobs.entries().forEach(e -> {
            for (Node n : Yaml.list((MapNode) e.value(), "steps")) {
                MapNode step = (MapNode) n;
                if (Yaml.text(step, "name").orElse("").startsWith("Roll ")
                        && Yaml.text(step, "name").orElse("").endsWith(" back to its previous version")) {
                    assertThat(Yaml.text(step, "if").orElse("")).startsWith("failure() && steps.update-")
                            .endsWith(".outputs.version != ''");
                    assertThat(Yaml.text(step, "run").orElse("")).contains("aws lambda update-alias").contains("\"${PREVIOUS}\"");
                }
            }
        });
    }
}

package dev.forge.targets.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.artifact.Yaml;
import dev.forge.model.Spec;
import dev.forge.platform.aws.EcrRepositories;
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

    /** The examples with a function: terraform-aws creates the deploy role only then, and deploy.yml is written. */
    static List<String> examples() {
        return GithubExamples.names().stream()
                .filter(e -> !GithubExamples.resolve(e).environments().get(0).spec().functions().isEmpty()).toList();
    }

    @org.junit.jupiter.api.Test
    void givenTheExamples_thenThreeDeployAndOneWithoutFunctionsHasNoDeployYml_becauseItHasNoDeployRole() {
        assertThat(examples()).hasSize(3);
        for (String e : GithubExamples.names()) {
            boolean functions = !GithubExamples.resolve(e).environments().get(0).spec().functions().isEmpty();
            assertThat(GithubExamples.workflows(e)).as(e).extracting(a -> a.path())
                    .matches(paths -> paths.contains(".github/workflows/deploy.yml") == functions);
        }
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
                // only what the deploy role allows (IamActions.DEPLOY_LAMBDA, DEPLOY_ECR_*): no ECS, no invoke, no S3
                .doesNotContain("aws ecs").doesNotContain("lambda invoke").doesNotContain("aws s3");
        String readme = GithubExamples.synth(example).stream().filter(a -> a.path().endsWith("README.md"))
                .findFirst().orElseThrow().text();
        assertThat(readme).contains("`" + DeployWorkflow.ROLE_VARIABLE + "`").contains("deploy_role_arn");
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
                if (Yaml.text(step, "name").orElse("").startsWith("Roll ")) {
                    assertThat(Yaml.text(step, "if").orElse("")).startsWith("failure() && steps.update-")
                            .endsWith(".outputs.version != ''");
                    assertThat(Yaml.text(step, "run").orElse("")).contains("aws lambda update-alias").contains("\"${PREVIOUS}\"");
                }
            }
        });
    }
}

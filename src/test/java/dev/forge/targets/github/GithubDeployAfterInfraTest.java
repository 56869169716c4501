package dev.forge.targets.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.artifact.Yaml;
import dev.forge.spec.MapNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * deploy.yml and infra.yml start on the same push: each deploy job first waits for the jobs of infra.yml that change
 * its environment on a push, read back from infra.yml itself (bound to the environment, running on pushes: Terraform's
 * apply, the stack's change set), before it assumes a role or touches anything; it may read the runs
 * ({@code actions: read}) and nothing more for that.
 */
class GithubDeployAfterInfraTest {

    static List<String> examples() {
        return GithubDeployWorkflowTest.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_thenEachDeployJobFirstWaitsForExactlyInfraYmlsPushJobsOfItsEnvironment(String example) {
        MapNode deploy = workflow(example, DeployWorkflow.FILE).orElseThrow();
        Optional<MapNode> infra = workflow(example, InfraWorkflow.FILE);
        MapNode jobs = Yaml.map(deploy, "jobs").orElseThrow();
        assertThat(jobs.entries()).isNotEmpty();
        for (var e : jobs.entries()) {
            MapNode job = (MapNode) e.value();
            String env = Yaml.text(job, "environment").orElseThrow();
            List<String> expected = infra.map(i -> pushJobsOf(i, env)).orElse(List.of());
            MapNode first = (MapNode) Yaml.list(job, "steps").get(0);
            if (expected.isEmpty()) {
                assertThat(Yaml.text(first, "name").orElse("")).as("%s: nothing to wait for", e.name())
                        .doesNotStartWith("Wait for");
                assertThat(Yaml.text(job, "permissions", "actions")).isEmpty();
                continue;
            }
            assertThat(Yaml.text(first, "name").orElse("")).as("%s's first step", e.name())
                    .isEqualTo("Wait for infra.yml to apply this commit in " + env);
            assertThat(Arrays.asList(Yaml.text(first, "env", "INFRA_JOBS").orElse("").split("\n")))
                    .as("%s waits for infra.yml's push jobs of %s", e.name(), env).containsExactlyElementsOf(expected);
            assertThat(Yaml.text(first, "run").orElse("")).contains("actions/workflows/infra.yml/runs?head_sha=${GITHUB_SHA}");
            assertThat(Yaml.text(job, "permissions", "actions")).contains("read");
            assertThat(Yaml.text(job, "timeout-minutes").map(Integer::parseInt).orElse(0))
                    .as("the wait fits in the job").isGreaterThan(InfraWorkflow.LONGEST_APPLY_MINUTES + 60);
        }
    }

    /** infra.yml's jobs bound to {@code env} that run on pushes (not the pull requests' plans), by display name. */
    private static List<String> pushJobsOf(MapNode infra, String env) {
        List<String> out = new ArrayList<>();
        for (var e : Yaml.map(infra, "jobs").orElseThrow().entries()) {
            MapNode job = (MapNode) e.value();
            if (Yaml.text(job, "environment").orElse("").equals(env)
                    && Yaml.text(job, "if").orElse("").contains("github.event_name == 'push'")) {
                out.add(Yaml.text(job, "name").orElseThrow());
            }
        }
        return out;
    }

    private static Optional<MapNode> workflow(String example, String file) {
        return GithubExamples.workflows(example).stream().filter(a -> a.path().endsWith("/" + file)).findFirst()
                .map(a -> new ParsedArtifact(file, a.text()).yamlDocuments().get(0));
    }
}

package dev.forge.targets.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Golden;
import dev.forge.testkit.NodeTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every example with services or jobs, every environment: `kubectl kustomize overlays/<env>` renders exactly
 * KubeObjects.objects(env); the base and every rendered overlay pass the Kubernetes schemas (kubernetes-models),
 * the unknown-field check (client-node's typed attributes) and the External Secrets structural check; the output
 * is deterministic and matches its golden files.
 */
class KubernetesExamplesTest {

    static List<String> examples() {
        return KubernetesExamples.names();
    }

    @Test
    void givenTheExamples_thenTheTargetAppliesExactlyToTheOnesWithServicesOrJobs() {
        assertThat(examples()).containsExactly("ai-validation-platform", "forge-platform");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenEachOverlayIsKustomized_thenItEqualsTheObjectModelOfThatEnvironment(String example,
                                                                                                  @TempDir Path dir) {
        Path root = KubernetesExamples.write(KubernetesExamples.synth(example), dir);
        ResolvedSpec spec = KubernetesExamples.resolve(example);

        for (ResolvedEnv env : spec.environments()) {
            Map<String, JsonNode> rendered = KubernetesExamples.parse(
                    KubernetesExamples.kustomize(root.resolve("overlays").resolve(env.name())));
            Map<String, JsonNode> expected = KubernetesExamples.expected(env);

            assertThat(rendered.keySet()).as(example + "/" + env.name() + ": objects").isEqualTo(expected.keySet());
            expected.forEach((id, o) -> assertThat(rendered.get(id)).as(example + "/" + env.name() + " " + id).isEqualTo(o));
        }
    }

    @Test
    void givenEveryExample_whenBaseAndRenderedOverlaysAreValidated_thenKubernetesSchemasAndUnknownFieldChecksFindNothing(
            @TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        int expectedObjects = 0;
        for (String example : examples()) {
            Path root = KubernetesExamples.write(KubernetesExamples.synth(example), dir.resolve(example));
            files.add(root.resolve("base"));
            for (ResolvedEnv env : KubernetesExamples.resolve(example).environments()) {
                String yaml = KubernetesExamples.kustomize(root.resolve("overlays").resolve(env.name()));
                Path rendered = dir.resolve("rendered").resolve(example + "-" + env.name() + ".yaml");
                Files.createDirectories(rendered.getParent());
                Files.writeString(rendered, yaml);
                files.add(rendered);
                expectedObjects += KubernetesExamples.parse(yaml).size();
            }
        }

        NodeTool.Result r = NodeTool.run("k8s-check.js", files.toArray(Path[]::new));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.stdout());
        assertThat(report.get("findings")).as(r.stdout()).isEmpty();
        assertThat(report.get("objects").asInt()).as("objects checked (rendered overlays plus the bases)")
                .isGreaterThan(expectedObjects);
        for (String kind : List.of("Namespace", "ServiceAccount", "ConfigMap", "SecretStore", "ExternalSecret",
                "Service", "Deployment", "Job", "CronJob", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "NetworkPolicy", "Ingress")) {
            assertThat(report.get("kinds").has(kind)).as("the examples exercise " + kind).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesizedTwice_thenTheBytesAreTheSame(String example) {
        assertThat(KubernetesExamples.synth(example)).isEqualTo(KubernetesExamples.synth(example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenItMatchesItsGoldenFiles(String example) {
        Golden.assertMatches(Golden.ROOT.resolve(example).resolve("kubernetes"), KubernetesExamples.synth(example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenThereIsABaseAndAnOverlayPerEnvironment(String example) {
        List<String> paths = KubernetesExamples.synth(example).stream().map(Artifact::path).toList();

        assertThat(paths).contains("README.md", "base/kustomization.yaml", "base/namespace.yaml");
        for (ResolvedEnv env : KubernetesExamples.resolve(example).environments()) {
            assertThat(paths).contains("overlays/" + env.name() + "/kustomization.yaml");
        }
    }
}

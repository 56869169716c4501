package dev.forge.targets.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the base and the overlays are computed: JSON patches from two trees, the common base, and that it matters. */
class KustomizeLayersTest {

    static YamlMap deployment(Object replicas, String cpu, String roleArn) {
        YamlMap metadata = YamlMap.of("name", "api");
        if (roleArn != null) {
            metadata.put("annotations", YamlMap.of("eks.amazonaws.com/role-arn", roleArn));
        }
        return YamlMap.of("apiVersion", "apps/v1", "kind", "Deployment", "metadata", metadata,
                "spec", new YamlMap().put("replicas", replicas).put("template", YamlMap.of("spec", YamlMap.of(
                        "containers", YamlList.of(YamlMap.of("name", "api", "resources", YamlMap.of("limits",
                                YamlMap.of("cpu", cpu))))))));
    }

    @Test
    void givenTwoTrees_whenDiffed_thenOnlyTheDifferencesArePatched_namedListItemsByIndex_andSlashesEscaped() {
        List<Map<String, Object>> ops = JsonPatch.diff(deployment(1, "250m", null), deployment(null, "1", "arn:aws:iam::1:role/r"));

        assertThat(ops).extracting(o -> o.get("op") + " " + o.get("path")).containsExactly(
                "add /metadata/annotations",
                "remove /spec/replicas",
                "replace /spec/template/spec/containers/0/resources/limits/cpu");
        assertThat(ops.get(0).get("value")).isEqualTo(Map.of("eks.amazonaws.com/role-arn", "arn:aws:iam::1:role/r"));
        assertThat(JsonPatch.escape("eks.amazonaws.com/role-arn")).isEqualTo("eks.amazonaws.com~1role-arn");
        assertThat(JsonPatch.diff(deployment(2, "1", null), deployment(2, "1", null))).isEmpty();
    }

    @Test
    void givenEnvironments_whenLayered_thenTheBaseHoldsOnlyWhatAllShare_andEachPatchIsItsDifference() {
        Map<String, List<YamlMap>> envs = new LinkedHashMap<>();
        envs.put("dev", List.of(deployment(1, "250m", null)));
        envs.put("prod", List.of(deployment(null, "1", "arn:aws:iam::1:role/r"),
                YamlMap.of("apiVersion", "policy/v1", "kind", "PodDisruptionBudget", "metadata", YamlMap.of("name", "api"))));

        Layers layers = new Layers(envs);

        YamlMap base = layers.base.get(0);
        assertThat(layers.base).hasSize(1);
        assertThat(((YamlMap) base.get("spec")).containsKey("replicas")).as("not every environment sets replicas").isFalse();
        assertThat(((YamlMap) base.get("metadata")).containsKey("annotations")).isFalse();
        assertThat(layers.patches.get("dev").values()).singleElement().satisfies(ops ->
                assertThat(ops).extracting(o -> o.get("op") + " " + o.get("path")).containsExactly("add /spec/replicas"));
        assertThat(layers.extra.get("prod")).extracting(o -> o.get("kind")).containsExactly("PodDisruptionBudget");
        assertThat(layers.extra.get("dev")).isEmpty();
    }

    @Test
    void givenAnOverlayWithoutItsPatches_whenKustomized_thenItNoLongerEqualsTheObjectModel(@TempDir Path dir) throws Exception {
        String example = "ai-validation-platform";
        List<Artifact> files = KubernetesExamples.synth(example);
        Path root = KubernetesExamples.write(files, dir);
        ResolvedSpec spec = KubernetesExamples.resolve(example);
        ResolvedEnv prod = spec.environments().stream().filter(e -> e.name().equals("prod")).findFirst().orElseThrow();
        Path kustomization = root.resolve("overlays/prod/kustomization.yaml");
        String text = Files.readString(kustomization);
        assertThat(text).contains("patches:");

        Files.writeString(kustomization, text.substring(0, text.indexOf("patches:")));

        assertThat(KubernetesExamples.parse(KubernetesExamples.kustomize(root.resolve("overlays/prod"))))
                .as("the proof of the invariant fails when an overlay loses its patches")
                .isNotEqualTo(KubernetesExamples.expected(prod));
    }
}

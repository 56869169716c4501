package dev.forge.targets.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.platform.kubernetes.KubeObjects;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chart installed with an environment's values renders exactly the objects of the kubernetes target for that
 * environment (dev.forge.platform.kubernetes.KubeObjects): compared as parsed objects, keys and documents in any
 * order, lists in order, numbers by value.
 */
class HelmEqualsKubernetesTest {

    static List<String> examples() {
        return HelmExamples.specs();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenEachEnvironment_whenTheChartIsTemplatedWithItsValues_thenItEqualsTheKubernetesObjects(String example,
                                                                                                   @TempDir Path tmp) {
        ResolvedSpec spec = HelmExamples.resolve(example);
        Path chart = HelmExamples.writeChart(spec, tmp);
        for (ResolvedEnv env : spec.environments()) {
            Map<String, Object> rendered = byId(HelmExamples.documents(
                    HelmExamples.template(chart, chart.resolve("values-" + env.name() + ".yaml"))));
            List<Map<String, Object>> expectedDocs = new ArrayList<>();
            KubeObjects.objects(env).forEach(o -> expectedDocs.add(o.toPlain()));
            Map<String, Object> expected = byId(expectedDocs);

            assertThat(rendered.keySet()).as(example + "/" + env.name() + ": objects").isEqualTo(expected.keySet());
            for (String id : expected.keySet()) {
                assertThat(rendered.get(id)).as(example + "/" + env.name() + ": " + id).isEqualTo(expected.get(id));
            }
        }
    }

    /** The comparison is not vacuous: one changed value makes the chart's render differ from the model. */
    @org.junit.jupiter.api.Test
    void givenOneOverriddenValue_whenCompared_thenTheObjectsDiffer(@TempDir Path tmp) throws java.io.IOException {
        ResolvedSpec spec = HelmExamples.resolve("forge-platform");
        Path chart = HelmExamples.writeChart(spec, tmp);
        ResolvedEnv dev = spec.environments().get(0);
        Path override = java.nio.file.Files.writeString(tmp.resolve("override.yaml"), "services: { ui: { replicas: 7 } }\n");
        String yaml = new com.marcnuri.helm.Helm(chart).template().withName("release").withKubeVersion("1.31.0")
                .withValuesFile(chart.resolve("values-" + dev.name() + ".yaml")).withValuesFile(override).call();
        List<Map<String, Object>> expectedDocs = new ArrayList<>();
        KubeObjects.objects(dev).forEach(o -> expectedDocs.add(o.toPlain()));
        Map<String, Object> rendered = byId(HelmExamples.documents(yaml));
        Map<String, Object> expected = byId(expectedDocs);

        assertThat(rendered.keySet()).isEqualTo(expected.keySet());
        String id = "Deployment/forge-platform-dev/ui";
        assertThat(rendered.get(id)).isNotEqualTo(expected.get(id));
        expected.remove(id);
        rendered.remove(id);
        assertThat(rendered).isEqualTo(expected);
    }

    /** The objects by kind/namespace/name, normalised (maps sorted, numbers as BigDecimal). */
    static Map<String, Object> byId(List<Map<String, Object>> docs) {
        Map<String, Object> out = new TreeMap<>();
        for (Map<String, Object> d : docs) {
            @SuppressWarnings("unchecked")
            Map<String, Object> meta = (Map<String, Object>) d.get("metadata");
            String id = d.get("kind") + "/" + meta.get("namespace") + "/" + meta.get("name");
            assertThat(out).as("two objects " + id).doesNotContainKey(id);
            out.put(id, normal(d));
        }
        return out;
    }

    static Object normal(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), normal(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(normal(v)));
            return out;
        }
        if (o instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        return o;
    }
}

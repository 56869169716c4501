package dev.forge.targets.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart is one a platform engineer can keep: labels, annotations, scheduling and images are overridable per
 * install without editing templates (what helmify and Kompose charts are criticised for lacking).
 */
class HelmOverridesTest {

    @TempDir
    static Path tmp;
    static Path chart;

    @BeforeAll
    static void chart() {
        chart = HelmExamples.writeChart(HelmExamples.resolve("forge-platform"), tmp);
    }

    private static List<Map<String, Object>> render(String override) throws IOException {
        Path file = Files.createTempFile(tmp, "override", ".yaml");
        Files.writeString(file, override);
        return HelmExamples.documents(new Helm(chart).template().withName("release").withKubeVersion("1.31.0")
                .withValuesFile(chart.resolve("values-prod.yaml")).withValuesFile(file).call());
    }

    @SuppressWarnings("unchecked")
    private static Object at(Object o, String... path) {
        for (String p : path) {
            o = o instanceof List<?> l ? l.get(Integer.parseInt(p)) : ((Map<String, Object>) o).get(p);
        }
        return o;
    }

    private static Map<String, Object> find(List<Map<String, Object>> docs, String kind, String name) {
        return docs.stream().filter(d -> kind.equals(d.get("kind")) && name.equals(at(d, "metadata", "name")))
                .findFirst().orElseThrow(() -> new AssertionError(kind + "/" + name + " not rendered"));
    }

    @Test
    void givenCommonLabelsAndAnnotations_whenRendered_thenEveryObjectCarriesThemBesideTheStandardLabels() throws IOException {
        List<Map<String, Object>> docs = render("commonLabels: { team: platform }\ncommonAnnotations: { owner: ops }\n");

        for (Map<String, Object> d : docs) {
            assertThat(at(d, "metadata", "labels", "team")).as(d.get("kind") + " label").isEqualTo("platform");
            assertThat(at(d, "metadata", "labels", "app.kubernetes.io/managed-by")).isEqualTo("forge");
            if (!"Namespace".equals(d.get("kind"))) {
                assertThat(at(d, "metadata", "annotations", "owner")).as(d.get("kind") + " annotation").isEqualTo("ops");
            }
        }
    }

    @Test
    void givenSchedulingDefaultsAndPodAnnotations_whenRendered_thenPodsGetThemAndAWorkloadsOwnValueWins() throws IOException {
        List<Map<String, Object>> docs = render("""
                defaults:
                  nodeSelector: { kubernetes.io/arch: arm64 }
                  tolerations: [ { key: dedicated, operator: Equal, value: apps, effect: NoSchedule } ]
                  podAnnotations: { prometheus.io/scrape: "true" }
                services:
                  ui:
                    nodeSelector: { pool: edge }
                    affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [] } }
                """);

        Object api = at(find(docs, "Deployment", "api"), "spec", "template");
        assertThat(at(api, "spec", "nodeSelector")).isEqualTo(Map.of("kubernetes.io/arch", "arm64"));
        assertThat(at(api, "spec", "tolerations", "0", "key")).isEqualTo("dedicated");
        assertThat(at(api, "metadata", "annotations", "prometheus.io/scrape")).isEqualTo("true");
        Object ui = at(find(docs, "Deployment", "ui"), "spec", "template", "spec");
        assertThat(at(ui, "nodeSelector")).isEqualTo(Map.of("pool", "edge"));
        assertThat(at(ui, "affinity")).isNotNull();
    }

    @Test
    void givenImageOverrides_whenRendered_thenImageTagAppliesToBuiltImagesAndADigestWins() throws IOException {
        List<Map<String, Object>> docs = render("""
                imageTag: 3f2c1ab
                services:
                  ui:
                    image: { digest: "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" }
                """);

        assertThat((String) at(find(docs, "Deployment", "api"), "spec", "template", "spec", "containers", "0", "image"))
                .endsWith(":3f2c1ab");
        assertThat((String) at(find(docs, "Deployment", "ui"), "spec", "template", "spec", "containers", "0", "image"))
                .endsWith("@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    }

    @Test
    void givenAWorkloadDisabledAndExtraEnv_whenRendered_thenItsObjectsAreGoneAndTheVariableIsAdded() throws IOException {
        List<Map<String, Object>> docs = render("""
                services:
                  ui: { enabled: false }
                  api:
                    extraEnv: [ { name: OTEL_SERVICE_NAME, value: api } ]
                    podLabels: { sidecar.istio.io/inject: "false" }
                """);

        assertThat(docs).noneMatch(d -> "ui".equals(at(d, "metadata", "name")));
        Object container = at(find(docs, "Deployment", "api"), "spec", "template", "spec", "containers", "0");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> env = (List<Map<String, Object>>) at(container, "env");
        assertThat(env).contains(Map.of("name", "OTEL_SERVICE_NAME", "value", "api"));
        assertThat(at(find(docs, "Deployment", "api"), "spec", "template", "metadata", "labels", "sidecar.istio.io/inject"))
                .isEqualTo("false");
    }
}

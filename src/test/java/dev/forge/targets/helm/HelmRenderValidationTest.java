package dev.forge.targets.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.testkit.NodeTool;
import dev.forge.util.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What helm template renders for every example and environment passes the Kubernetes validation of the
 * kubernetes target (tools/validators/k8s-check.js: kubernetes-models schemas, unknown fields through
 * client-node's typed attributes, External Secrets v1 structure), run once over all rendered files.
 */
class HelmRenderValidationTest {

    @Test
    void givenEveryExampleAndEnvironment_whenRenderedByHelm_thenK8sCheckFindsNothing(@TempDir Path tmp) throws IOException {
        Path rendered = tmp.resolve("rendered");
        Files.createDirectories(rendered);
        int files = 0;
        for (String example : HelmExamples.specs()) {
            ResolvedSpec spec = HelmExamples.resolve(example);
            Path chart = HelmExamples.writeChart(spec, tmp.resolve("charts").resolve(example));
            for (ResolvedEnv env : spec.environments()) {
                String yaml = HelmExamples.template(chart, chart.resolve("values-" + env.name() + ".yaml"));
                Files.writeString(rendered.resolve(example + "-" + env.name() + ".yaml"), yaml);
                files++;
            }
        }

        NodeTool.Result r = NodeTool.run("k8s-check.js", rendered);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) Json.parse(r.stdout());
        assertThat(((Number) report.get("files")).intValue()).isEqualTo(files);
        assertThat(((Number) report.get("objects")).intValue()).as("objects checked").isGreaterThan(files * 5);
        assertThat((List<?>) report.get("findings")).as(r.stdout()).isEmpty();
        System.out.println("helm template -> k8s-check: " + report.get("files") + " files, " + report.get("objects")
                + " objects, kinds " + report.get("kinds"));
    }
}

package dev.forge.targets.helm;

import com.marcnuri.helm.Helm;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The examples the helm target applies to, synthesized in-process, written out, and rendered by helm. */
final class HelmExamples {

    static final HelmTarget TARGET = new HelmTarget();

    private HelmExamples() {
    }

    static Path repoRoot() {
        return dev.forge.testkit.Examples.repoRoot();
    }

    /** Names of the examples with services or jobs. */
    static List<String> names() {
        return dev.forge.testkit.Examples.namesFor(TARGET);
    }

    /** The examples, then the field-coverage spec (every field set: jobs on a schedule and on demand, SSM secrets ...). */
    static List<String> specs() {
        List<String> out = new ArrayList<>(names());
        out.add(EVERY_FIELD);
        return out;
    }

    static final String EVERY_FIELD = "every-field";

    static ResolvedSpec resolve(String example) {
        if (example.equals(EVERY_FIELD)) {
            return Pipeline.resolve(Pipeline.read(repoRoot().resolve("src/test/resources/coverage/every-field.yaml"),
                    "every-field.yaml"));
        }
        Path spec = repoRoot().resolve("examples").resolve(example).resolve("forge.yaml");
        return Pipeline.resolve(Pipeline.read(spec, "examples/" + example + "/forge.yaml"));
    }

    static List<Artifact> synth(ResolvedSpec spec) {
        return TARGET.synth(new dev.forge.synth.SynthContext(spec, spec.environments()));
    }

    /** Writes the chart of {@code spec} under {@code dir} and returns the chart's folder. */
    static Path writeChart(ResolvedSpec spec, Path dir) {
        try {
            for (Artifact a : synth(spec)) {
                Path p = dir.resolve(a.path());
                Files.createDirectories(p.getParent());
                Files.write(p, a.bytes());
            }
            return dir.resolve(spec.app());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code helm template} of the chart with one values file (after values.yaml, as helm install -f does). */
    static String template(Path chart, Path valuesFile) {
        return new Helm(chart).template().withName("release").withNamespace("apps").withKubeVersion("1.31.0").withValuesFile(valuesFile).call();
    }

    /** The documents of a multi-document YAML text, empty ones dropped. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(String yaml) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
            if (o != null) {
                out.add((Map<String, Object>) o);
            }
        }
        return out;
    }
}

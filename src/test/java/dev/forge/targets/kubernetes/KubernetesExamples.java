package dev.forge.targets.kubernetes;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.platform.kubernetes.KubeObjects;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import dev.forge.util.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The examples the kubernetes target applies to, synthesized in-process, and `kubectl kustomize` over the output. */
final class KubernetesExamples {

    static final KubernetesTarget TARGET = new KubernetesTarget();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private KubernetesExamples() {
    }

    static Path repoRoot() {
        return dev.forge.testkit.Examples.repoRoot();
    }

    /** Names of the examples with services or jobs. */
    static List<String> names() {
        return dev.forge.testkit.Examples.namesFor(TARGET);
    }

    static ResolvedSpec resolve(String example) {
        return dev.forge.testkit.Examples.resolve(example);
    }

    static List<Artifact> synth(String example) {
        ResolvedSpec spec = resolve(example);
        return TARGET.synth(new SynthContext(spec, spec.environments()));
    }

    static Path write(List<Artifact> files, Path dir) {
        return dev.forge.testkit.Examples.write(files, dir);
    }

    /** {@code kubectl kustomize dir}: the rendered YAML (fails the test with kubectl's message on an error). */
    static String kustomize(Path dir) {
        try {
            Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Parsed objects of a multi-document YAML text, by {@code Kind/name}. */
    static Map<String, JsonNode> parse(String yaml) {
        Map<String, JsonNode> out = new TreeMap<>();
        try (var it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode o = (JsonNode) it.next();
                if (o != null && !o.isNull() && !o.isEmpty()) {
                    out.put(o.get("kind").asString() + "/" + o.get("metadata").get("name").asString(), o);
                }
            }
        }
        return out;
    }

    /** The objects of an environment as the same parsed trees (through JSON, so numbers and strings compare alike). */
    static Map<String, JsonNode> expected(ResolvedEnv env) {
        Map<String, JsonNode> out = new TreeMap<>();
        for (YamlMap o : KubeObjects.objects(env)) {
            out.put(KubeObjects.id(o), JSON.readTree(Json.write(o.toPlain())));
        }
        return out;
    }
}

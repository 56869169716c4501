package dev.forge.targets.github;

import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.artifact.Yaml;
import dev.forge.spec.MapNode;
import dev.forge.spec.Node;
import dev.forge.synth.Artifact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** A generated workflow read back as plain YAML (maps and lists), for the tests that walk its jobs and steps. */
final class WorkflowDocs {

    private WorkflowDocs() {
    }

    /** The workflow {@code file} (a name under .github/workflows/) among {@code files}, parsed. */
    static Map<String, Object> workflow(List<Artifact> files, String file) {
        return load(files.stream().filter(a -> a.path().equals(GithubActionsTarget.WORKFLOWS + file)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + file)).text());
    }

    static Map<String, Object> load(String text) {
        return map(new Load(LoadSettings.builder().build()).loadFromString(text));
    }

    static List<Map<String, Object>> steps(Map<String, Object> job) {
        return WorkflowDocs.<Object>list(job.get("steps")).stream().map(WorkflowDocs::map).toList();
    }

    /** The {@code run:} script of every step of {@code job} that has one, in order. */
    static List<String> runs(Map<String, Object> job) {
        return steps(job).stream().map(s -> (String) s.get("run")).filter(r -> r != null).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(Object o) {
        return (List<T>) o;
    }

    /** The steps of job {@code job} of a workflow's text, as located nodes (parsed as Forge's rules parse it). */
    static List<MapNode> steps(String yml, String job) {
        MapNode j = (MapNode) Yaml.map(new ParsedArtifact("deploy.yml", yml).yamlDocuments().get(0), "jobs").orElseThrow()
                .get(job).orElseThrow();
        List<MapNode> out = new ArrayList<>();
        for (Node n : Yaml.list(j, "steps")) {
            out.add((MapNode) n);
        }
        return out;
    }

    static String name(MapNode step) {
        return Yaml.text(step, "name").orElse("");
    }

    static String run(MapNode step) {
        return Yaml.text(step, "run").orElse("");
    }
}

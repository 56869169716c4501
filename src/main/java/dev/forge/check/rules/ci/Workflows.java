package dev.forge.check.rules.ci;

import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.artifact.Yaml;
import dev.forge.spec.MapNode;
import dev.forge.spec.Node;
import java.util.ArrayList;
import java.util.List;

/** GitHub Actions workflows among emitted files, and their jobs and steps. */
final class Workflows {

    private Workflows() {
    }

    static boolean isWorkflow(String path) {
        return path.contains(".github/workflows/") && (path.endsWith(".yml") || path.endsWith(".yaml"));
    }

    /** The workflow document, if the file parses as one. */
    static List<MapNode> documents(ParsedArtifact a) {
        return a.yamlDocuments().stream().filter(d -> d.get("jobs").isPresent()).toList();
    }

    static List<MapNode> jobs(MapNode workflow) {
        List<MapNode> out = new ArrayList<>();
        Yaml.map(workflow, "jobs").ifPresent(jobs -> jobs.entries().forEach(e -> {
            if (e.value() instanceof MapNode m) {
                out.add(m);
            }
        }));
        return out;
    }

    static List<MapNode> steps(MapNode job) {
        List<MapNode> out = new ArrayList<>();
        for (Node n : Yaml.list(job, "steps")) {
            if (n instanceof MapNode m) {
                out.add(m);
            }
        }
        return out;
    }
}

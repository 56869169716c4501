package dev.forge.check.rules.kubernetes;

import dev.forge.check.ArtifactRule;
import dev.forge.check.Result;
import dev.forge.check.Violation;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.artifact.Yaml;
import dev.forge.spec.MapNode;
import dev.forge.spec.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rules over every container of every workload (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod) in a manifest. */
abstract class Pods implements ArtifactRule {

    /** The targets whose files these rules read (asked once per rule and file, so built once). */
    private static final java.util.Set<String> READS = java.util.Set.of("kubernetes", "helm");

    /** Where each workload kind keeps its pod spec. */
    private static final Map<String, String[]> POD_SPEC = Map.of(
            "Deployment", new String[] {"spec", "template", "spec"},
            "StatefulSet", new String[] {"spec", "template", "spec"},
            "DaemonSet", new String[] {"spec", "template", "spec"},
            "ReplicaSet", new String[] {"spec", "template", "spec"},
            "Job", new String[] {"spec", "template", "spec"},
            "CronJob", new String[] {"spec", "jobTemplate", "spec", "template", "spec"},
            "Pod", new String[] {"spec"});

    /** One container: its workload, its pod spec, itself. */
    record Container(String workloadKind, String resource, MapNode pod, MapNode container) {
        String who() {
            return resource + " container '" + Yaml.text(container, "name").orElse("?") + "'";
        }
    }

    @Override
    public final java.util.Optional<dev.forge.model.Kind> subject() {
        return java.util.Optional.of(dev.forge.model.Kind.SERVICE);
    }

    /** Kubernetes manifests (the kubernetes target's, the helm chart's rendered ones), not compose files. */
    @Override
    public final java.util.Set<String> readsOutputOf() {
        return READS;
    }

    @Override
    public final boolean appliesTo(String path) {
        return (path.endsWith(".yaml") || path.endsWith(".yml")) && !path.contains(".github/workflows/");
    }

    @Override
    public final Result check(ParsedArtifact a) {
        List<Violation> out = new ArrayList<>();
        boolean any = false;
        // only the workloads are parsed (a line scan reads each document's kind; one it cannot read is parsed)
        for (MapNode doc : a.yamlDocuments(POD_SPEC.keySet())) {
            String kind = Yaml.text(doc, "kind").orElse("");
            Optional<MapNode> pod = POD_SPEC.containsKey(kind) ? Yaml.map(doc, POD_SPEC.get(kind)) : Optional.empty();
            if (pod.isEmpty()) {
                continue;
            }
            String resource = kind + "/" + Yaml.text(doc, "metadata", "name").orElse("?");
            for (Node n : Yaml.list(pod.get(), "containers")) {
                if (n instanceof MapNode c) {
                    any = true;
                    check(new Container(kind, resource, pod.get(), c)).ifPresent(msg -> out.add(
                            Violation.line(c.location().line(), c.location().column(), resource, msg)));
                }
            }
        }
        return any ? Result.of(out) : Result.notApplicable();
    }

    /** What is wrong with one container, if anything. */
    abstract Optional<String> check(Container c);
}

package dev.forge.check.rules.containers;

import dev.forge.check.ArtifactRule;
import dev.forge.check.Result;
import dev.forge.check.Violation;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.artifact.Yaml;
import dev.forge.spec.MapNode;
import dev.forge.spec.Node;
import java.util.ArrayList;
import java.util.List;

/** Rules over every service of a Docker Compose file ({@code docker-compose*.yml}, {@code compose*.yaml}). */
abstract class ComposeServices implements ArtifactRule {

    /** The targets whose files these rules read (asked once per rule and file, so built once). */
    private static final java.util.Set<String> READS = java.util.Set.of("compose");

    /** Compose files, override files included, and the main compose file only (by file name). */
    private static final java.util.regex.Pattern ANY_COMPOSE = java.util.regex.Pattern.compile("(docker-)?compose[\\w.-]*\\.ya?ml");
    private static final java.util.regex.Pattern MAIN_COMPOSE = java.util.regex.Pattern.compile("(docker-)?compose\\.ya?ml");

    /** One compose service: its name and its mapping. */
    record Service(String name, MapNode spec) {

        /** A one-shot container (an init container or a job): it is not restarted, so it has nothing to keep healthy. */
        boolean oneShot() {
            return Yaml.text(spec, "restart").map(r -> r.equals("no")).orElse(false)
                    || Yaml.list(spec, "profiles").stream().anyMatch(p -> p instanceof dev.forge.spec.ScalarNode s
                    && s.text().equals("jobs"));
        }
    }

    @Override
    public final java.util.Optional<dev.forge.model.Kind> subject() {
        return java.util.Optional.of(dev.forge.model.Kind.SERVICE);
    }

    @Override
    public final java.util.Set<String> readsOutputOf() {
        return READS;
    }

    @Override
    public final boolean appliesTo(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return (readsOverrides() ? ANY_COMPOSE : MAIN_COMPOSE).matcher(name).matches();
    }

    /**
     * Whether the rule also reads override files ({@code docker-compose.dev.yml}, {@code compose.override.yaml}),
     * whose services are fragments merged over the main file's: a port published there is published, but a missing
     * healthcheck or image is the main file's.
     */
    boolean readsOverrides() {
        return false;
    }

    @Override
    public final Result check(ParsedArtifact a) {
        List<Violation> out = new ArrayList<>();
        boolean any = false;
        for (MapNode doc : a.yamlDocuments()) {
            for (MapNode.Entry e : Yaml.map(doc, "services").map(MapNode::entries).orElse(List.of())) {
                if (e.value() instanceof MapNode m) {
                    any = true;
                    check(new Service(e.name(), m), (node, msg) -> out.add(Violation.line(node.location().line(),
                            node.location().column(), "compose service '" + e.name() + "'", msg)));
                }
            }
        }
        return any ? Result.of(out) : Result.notApplicable();
    }

    /** Where a violation is and what it is. */
    interface Sink {
        void add(Node at, String message);
    }

    /** Reports what is wrong with one service, if anything. */
    abstract void check(Service s, Sink out);
}

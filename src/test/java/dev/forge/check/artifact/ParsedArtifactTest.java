package dev.forge.check.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.spec.MapNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Documents selected by kind: only the chosen kinds are returned, every document whose kind a line scan cannot read
 * for certain is parsed (a workload written in flow style, with a tag, an anchor or a quoted key is never skipped),
 * and locations stay the file's lines.
 */
class ParsedArtifactTest {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "Job");

    private static List<String> names(List<MapNode> docs) {
        return docs.stream().map(d -> Yaml.text(d, "metadata", "name").orElse("?")).toList();
    }

    @Test
    void selectsTheWorkloadsOfAManifestWithTheirLines() {
        ParsedArtifact a = new ParsedArtifact("base/api.yaml", String.join("\n",
                "apiVersion: v1", "kind: ServiceAccount", "metadata: { name: sa }", "---",
                "apiVersion: apps/v1", "kind: Deployment   # the workload", "metadata:", "  name: api", "spec:",
                "  template:", "    spec:", "      containers: []", "---",
                "apiVersion: v1", "kind: 'Service'", "metadata: { name: svc }", "spec:", "  selector:",
                "    kind: Deployment", ""));
        List<MapNode> docs = a.yamlDocuments(WORKLOADS);
        assertThat(names(docs)).containsExactly("api");
        assertThat(docs.get(0).location().line()).isEqualTo(5);
        assertThat(ParsedArtifact.scanKind(List.of("kind: 'Service'"))).isEqualTo("Service");
        assertThat(names(a.yamlDocuments())).containsExactly("sa", "api", "svc");
        assertThat(names(a.yamlDocuments(WORKLOADS))).containsExactly("api"); // the same answer once all are parsed
    }

    @Test
    void parsesEveryDocumentWhoseKindTheScanCannotRead() {
        ParsedArtifact a = new ParsedArtifact("x.yaml", String.join("\n",
                "{apiVersion: apps/v1, kind: Deployment, metadata: {name: flow}}", "---",
                "apiVersion: batch/v1", "kind: !!str Job", "metadata: { name: tagged }", "---",
                "apiVersion: batch/v1", "\"kind\": Job", "metadata: { name: quoted-key }", "---",
                "apiVersion: apps/v1", "kind: &k Deployment", "metadata: { name: anchored }", "---",
                "apiVersion: apps/v1", "kind: Deployment", "metadata: { name: broken", ""));
        assertThat(names(a.yamlDocuments(WORKLOADS))).containsExactly("flow", "tagged", "quoted-key", "anchored");
    }

    @Test
    void scanReadsOnlyOneTopLevelPlainKind() {
        assertThat(ParsedArtifact.scanKind(List.of("apiVersion: v1", "kind: Deployment"))).isEqualTo("Deployment");
        assertThat(ParsedArtifact.scanKind(List.of("kind: \"Job\" # x"))).isEqualTo("Job");
        assertThat(ParsedArtifact.scanKind(List.of("  kind: Deployment"))).isNull();
        assertThat(ParsedArtifact.scanKind(List.of("kind: Job", "kind: Deployment"))).isNull();
        assertThat(ParsedArtifact.scanKind(List.of("kind:"))).isNull();
        assertThat(ParsedArtifact.scanKind(List.of("kind: apps/v1"))).isNull();
    }

    @Test
    void aDocumentThatCannotSpellAKindKeyIsNotParsedButAnEscapedOneIs() {
        // a values file or a compose file: no document parsed (a broken one would be parsed and yield nothing too)
        ParsedArtifact values = new ParsedArtifact("values.yaml", String.join("\n",
                "services:", "  api: { port: 8080 }", "---", "broken: [", ""));
        assertThat(ParsedArtifact.mayNameKind(values.lines())).isFalse();
        assertThat(values.yamlDocuments(WORKLOADS)).isEmpty();
        // the key spelled with escapes, and the word written with an alias: both parsed and found
        ParsedArtifact escaped = new ParsedArtifact("x.yaml", String.join("\n",
                "apiVersion: batch/v1", "\"\\x6bind\": Job", "metadata: { name: escaped }", "---",
                "apiVersion: batch/v1", "x: &k kind", "*k : Job", "metadata: { name: aliased }", ""));
        assertThat(names(escaped.yamlDocuments(WORKLOADS))).containsExactly("escaped", "aliased");
        assertThat(ParsedArtifact.mayNameKind(List.of("a: \"ki\\", "  nd\""))).isTrue();
    }
}

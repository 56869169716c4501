package dev.forge.check.artifact;

import dev.forge.diag.SpecException;
import dev.forge.spec.MapNode;
import dev.forge.spec.SpecSource;
import dev.forge.spec.YamlLoader;
import dev.forge.synth.Artifact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An emitted file as artifact rules read it: its path, its lines, and (parsed once, on first use) its YAML
 * documents with true line numbers, or its HCL blocks. A file that does not parse yields no documents or
 * blocks: the ecosystem's own validator reports syntax, rules report policy.
 */
public final class ParsedArtifact {

    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("^(---|\\.\\.\\.)\\s*(#.*)?$");

    private final String path;
    private final String text;
    private List<String> lines;
    private List<MapNode> documents;
    private List<HclBlock> blocks;
    private List<PolicyStatements.Statement> statements;

    public ParsedArtifact(String path, String text) {
        this.path = path;
        this.text = text;
    }

    public static ParsedArtifact of(Artifact a) {
        return new ParsedArtifact(a.path(), a.text());
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** The file's lines; line N of the file is {@code lines().get(N - 1)}. */
    public List<String> lines() {
        if (lines == null) {
            lines = List.of(text.split("\n", -1));
        }
        return lines;
    }

    /** The file name without folders, e.g. {@code Dockerfile}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Every YAML document that is a mapping (Kubernetes objects, a workflow), each located in this file. */
    public List<MapNode> yamlDocuments() {
        if (documents == null) {
            documents = parseYaml();
        }
        return documents;
    }

    /** Top-level HCL blocks ({@code resource}, {@code data}, {@code module} ...), with their nested blocks. */
    /** IAM policy statements written in the file (parsed once, on first use; several rules read them). */
    public List<PolicyStatements.Statement> policyStatements() {
        if (statements == null) {
            statements = PolicyStatements.find(lines());
        }
        return statements;
    }

    public List<HclBlock> hclBlocks() {
        if (blocks == null) {
            blocks = Collections.unmodifiableList(Hcl.parse(lines()));
        }
        return blocks;
    }

    private List<MapNode> parseYaml() {
        List<String> all = lines();
        List<MapNode> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= all.size(); i++) {
            if (i == all.size() || SEPARATOR.matcher(all.get(i)).matches()) {
                // each document parsed alone, its locations shifted to the file's lines (padding it with the lines
                // before it made a file of D documents cost D times its size)
                String chunk = String.join("\n", all.subList(start, i));
                if (!chunk.isBlank()) {
                    try {
                        out.add(new YamlLoader(start).load(SpecSource.of(path, chunk)));
                    } catch (SpecException notAMappingOrBroken) {
                        // not ours to report: the file's validator does
                    }
                }
                start = i + 1;
            }
        }
        return Collections.unmodifiableList(out);
    }
}

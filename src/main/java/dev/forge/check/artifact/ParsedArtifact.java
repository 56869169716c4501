package dev.forge.check.artifact;

import dev.forge.diag.SpecException;
import dev.forge.spec.MapNode;
import dev.forge.spec.SpecSource;
import dev.forge.spec.YamlLoader;
import dev.forge.synth.Artifact;
import java.util.ArrayList;
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
    private List<Chunk> chunks;
    private List<HclBlock> blocks;
    private List<PolicyStatements.Statement> statements;
    private java.util.Map<Object, Object> memos;

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

    /**
     * What {@code compute} reads from this file, computed once however many rules ask ({@code key} names the
     * reading, e.g. a Dockerfile's instructions, which four rules walk).
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T memo(Object key, java.util.function.Function<ParsedArtifact, T> compute) {
        if (memos == null) {
            memos = new java.util.HashMap<>();
        }
        Object v = memos.get(key);
        if (v == null) {
            v = compute.apply(this);
            memos.put(key, v);
        }
        return (T) v;
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

    /**
     * The YAML documents that are mappings and whose top-level {@code kind:} is one of {@code kinds}, parsed on
     * demand: a document whose kind a line scan reads as another one is not parsed (a Kubernetes file holds a
     * Deployment among a ServiceAccount, a ConfigMap, a Service ... and only the workload has a pod to check). A
     * document whose kind the scan cannot read for certain (none, several, a tag, an anchor) is parsed, and kept
     * when its parsed kind matches. A document whose text cannot spell a {@code kind} key at all (neither the
     * word nor a backslash escape appears in it: a Helm values file, a compose file) is not parsed either.
     */
    public List<MapNode> yamlDocuments(java.util.Set<String> kinds) {
        if (documents != null) {
            return documents.stream().filter(d -> hasKind(d, kinds)).toList();
        }
        List<MapNode> out = new ArrayList<>();
        for (Chunk c : chunks()) {
            if (c.kind == null ? mayNameKind(c.lines) : kinds.contains(c.kind)) {
                MapNode doc = c.parse(path);
                if (doc != null && hasKind(doc, kinds)) {
                    out.add(doc);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Whether a document's text could hold a {@code kind} key: a key is its text, a quoted one possibly spelled with
     * escapes, and folding a plain or single-quoted key across lines inserts a space; an alias repeats an anchored
     * node written in the same document. So a key {@code kind} needs the word, or a backslash, somewhere.
     */
    static boolean mayNameKind(List<String> lines) {
        for (String l : lines) {
            if (l.contains("kind") || l.indexOf('\\') >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasKind(MapNode doc, java.util.Set<String> kinds) {
        return doc.get("kind").filter(k -> k instanceof dev.forge.spec.ScalarNode sc && kinds.contains(sc.text())).isPresent();
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
        List<MapNode> out = new ArrayList<>();
        for (Chunk c : chunks()) {
            MapNode doc = c.parse(path);
            if (doc != null) {
                out.add(doc);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The file cut at its document separators. Each document is parsed alone, its locations shifted to the file's
     * lines (padding it with the lines before it made a file of D documents cost D times its size).
     */
    private List<Chunk> chunks() {
        if (chunks == null) {
            List<String> all = lines();
            List<Chunk> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= all.size(); i++) {
                if (i == all.size() || isSeparator(all.get(i))) {
                    List<String> part = all.subList(start, i);
                    if (part.stream().anyMatch(l -> !l.isBlank())) {
                        out.add(new Chunk(start, part, scanKind(part)));
                    }
                    start = i + 1;
                }
            }
            chunks = out;
        }
        return chunks;
    }

    private static boolean isSeparator(String line) {
        return (line.startsWith("---") || line.startsWith("...")) && SEPARATOR.matcher(line).matches();
    }

    /**
     * The document's top-level {@code kind} as a line scan reads it: the value of the one line that starts with
     * {@code kind:} at the first column, when it is a plain word (quotes and a trailing comment allowed); null
     * when there is no such line, several, or a value the scan does not read for certain (a tag, an anchor).
     */
    static String scanKind(List<String> lines) {
        String found = null;
        for (String l : lines) {
            if (l.startsWith("kind:")) {
                if (found != null) {
                    return null;
                }
                String v = l.substring(5);
                int hash = v.indexOf(" #");
                v = (hash >= 0 ? v.substring(0, hash) : v).strip();
                if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
                    v = v.substring(1, v.length() - 1);
                }
                if (v.isEmpty() || !v.chars().allMatch(ch -> ch < 128 && Character.isLetterOrDigit(ch))) {
                    return null;
                }
                found = v;
            }
        }
        return found;
    }

    /** One document of the file: its first line (0-based), its lines, its scanned kind; parsed once, on demand. */
    private static final class Chunk {
        final int start;
        final List<String> lines;
        final String kind;
        private boolean parsed;
        private MapNode doc;

        Chunk(int start, List<String> lines, String kind) {
            this.start = start;
            this.lines = lines;
            this.kind = kind;
        }

        synchronized MapNode parse(String path) {
            if (!parsed) {
                parsed = true;
                try {
                    doc = new YamlLoader(start).load(SpecSource.of(path, String.join("\n", lines)));
                } catch (SpecException notAMappingOrBroken) {
                    doc = null; // not ours to report: the file's validator does
                }
            }
            return doc;
        }
    }
}

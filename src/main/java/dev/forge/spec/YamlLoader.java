package dev.forge.spec;

import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.Diagnostics;
import dev.forge.diag.Location;
import dev.forge.diag.SpecException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Phase 1, load: bytes to a located tree. Builds the tree from the parser's event stream with an explicit
 * stack, so no input can overflow the Java stack, and enforces the limits every spec is held to: size,
 * text encoding, nesting depth, alias expansion, duplicate keys and tags.
 */
public final class YamlLoader {

    /** A spec larger than this is not a spec. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Tabs after ':' read as spaces; more are refused, since each one costs a parse of the whole file. */
    static final int MAX_SEPARATOR_TABS = 50;

    /** Added to every line number: the line before the text's first, when it is a part of a longer file. */
    private final int lineOffset;

    public YamlLoader() {
        this(0);
    }

    /**
     * A loader for a text that starts on line {@code lineOffset + 1} of its file (one document of a multi-document
     * file), so that locations are the file's.
     */
    public YamlLoader(int lineOffset) {
        this.lineOffset = lineOffset;
    }
    /** Deeper nesting than this is refused. */
    public static final int MAX_DEPTH = 64;
    /**
     * Nodes the document may expand to: each node written counts once, and each alias counts the full size of
     * what it names each time it is used.
     */
    public static final long MAX_NODES = 200_000;

    /**
     * The only explicit tags allowed: the core schema's, which name a plain value's own type. Any other tag under
     * {@code tag:yaml.org,2002:} ({@code !!python/object}, {@code !!set}, {@code !!binary}) asks for a construction
     * Forge does not do, so it is refused like a local tag.
     */
    private static final java.util.Set<String> CORE_TAGS = java.util.Set.of("tag:yaml.org,2002:str",
            "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
            "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq");

    /** Loads one spec. Throws {@link SpecException} with every problem found. */
    public MapNode load(SpecSource source) {
        String name = source.name();
        byte[] bytes = source.bytes();
        if (bytes.length > MAX_BYTES) {
            throw new SpecException(Diagnostic.error(Location.file(name), Code.E007,
                    "spec file is " + bytes.length + " bytes, over the limit of " + MAX_BYTES + " bytes",
                    Code.E007.fix()));
        }
        String text = decode(name, bytes);
        checkPrintable(name, text);
        Node root = parse(name, text);
        if (root == null || (root instanceof ScalarNode s && s.isNull())) {
            throw new SpecException(Diagnostic.error(Location.file(name), Code.E002,
                    "spec file '" + name + "' is empty", Code.E002.fix()));
        }
        if (!(root instanceof MapNode map)) {
            throw new SpecException(Diagnostic.error(root.location(), Code.E009,
                    "the spec must be a mapping of keys, but it is " + root.describe(), Code.E009.fix()));
        }
        return map;
    }

    private static String decode(String name, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            throw new SpecException(Diagnostic.error(Location.of(name, 1, 1), Code.E008,
                    "spec file is UTF-16 text (it starts with a UTF-16 byte-order mark); Forge reads UTF-8",
                    "Save the file as UTF-8 text."));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new SpecException(Diagnostic.error(locate(name, bytes, i), Code.E008,
                        "spec file holds a NUL byte at offset " + i + "; it looks binary", Code.E008.fix()));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, start);
            throw new SpecException(Diagnostic.error(locate(name, bytes, bad), Code.E008,
                    "spec file is not valid UTF-8 (byte " + bad + ")", Code.E008.fix()));
        }
    }

    /**
     * YAML allows only printable characters (tab, line breaks and the printable ranges of Unicode). The parser
     * finds the others without saying where, so they are found here, with their line and column.
     */
    private static void checkPrintable(String name, String text) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean printable = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0x7E || c == 0x85
                    || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
            if (!printable) {
                throw new SpecException(Diagnostic.error(Location.of(name, line, col), Code.E008,
                        String.format("spec file holds the control character U+%04X, which YAML does not allow; it"
                                + " looks binary", c), "Delete the character, and save the file as UTF-8 text."));
            }
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
            i += Character.charCount(c);
        }
    }

    private static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n < 0) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return from;
    }

    private static Location locate(String name, byte[] bytes, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return Location.of(name, line, col);
    }

    /** A collection being built: its items, or for a mapping its pending key. */
    private static final class Frame {
        final boolean mapping;
        final Location location;
        final Optional<String> anchor;
        final List<Node> items = new ArrayList<>();
        final List<MapNode.Entry> entries = new ArrayList<>();
        final Map<String, ScalarNode> seen = new HashMap<>();
        ScalarNode pendingKey;
        boolean skipNextValue;
        long weight = 1;

        Frame(boolean mapping, Location location, Optional<String> anchor) {
            this.mapping = mapping;
            this.location = location;
            this.anchor = anchor;
        }
    }

    /**
     * A tab after a key's ':' (or after '-', ',' and the like) is valid YAML that the parser refuses as if it were
     * indentation. Such a tab is only white space, so it is read as a space (the columns stay the same) and the
     * text parsed again; a tab that indents a line stays an error.
     */
    private Node parse(String name, String text) {
        String current = text;
        for (int attempt = 0; ; attempt++) {
            try {
                return parseOnce(name, current);
            } catch (SeparatorTab t) {
                if (attempt >= MAX_SEPARATOR_TABS) {
                    throw new SpecException(Diagnostic.error(t.where, Code.E003, "more than " + MAX_SEPARATOR_TABS
                            + " tabs after ':' (valid YAML, but each one makes Forge parse the file again)",
                            "Write a space after ':' instead of a tab."));
                }
                current = current.substring(0, t.index) + ' ' + current.substring(t.index + 1);
            }
        }
    }

    /** The parser stopped at a tab that separates, not indents: its index in the text. */
    private static final class SeparatorTab extends RuntimeException {
        final int index;
        final Location where;

        SeparatorTab(int index, Location where) {
            super(null, null, false, false);
            this.index = index;
            this.where = where;
        }
    }

    /** The index of the tab at {@code m} if something other than white space stands before it on its line. */
    private static int separatorTab(String text, Mark m) {
        int lineStart = 0;
        for (int line = 0; line < m.getLine(); line++) {
            lineStart = text.indexOf('\n', lineStart) + 1;
            if (lineStart == 0) {
                return -1;
            }
        }
        int i;
        try {
            i = text.offsetByCodePoints(lineStart, m.getColumn());
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
        if (i >= text.length() || text.charAt(i) != '\t') {
            return -1;
        }
        for (int k = lineStart; k < i; k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\t') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The parser's settings, built once (building them builds a schema each time, a visible share of parsing a
     * large app's manifests): immutable, so shared by every thread. The parser's label is not used: every
     * location and message is made here from the file's own name.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(true)
            .setUseMarks(true)
            .setCodePointLimit(MAX_BYTES + 16)
            .build();

    private Node parseOnce(String name, String text) {
        LoadSettings settings = SETTINGS;
        Diagnostics diags = new Diagnostics();
        Deque<Frame> stack = new ArrayDeque<>();
        Map<String, Node> anchors = new HashMap<>();
        Map<Node, Long> weights = new java.util.IdentityHashMap<>();
        Node root = null;
        int documents = 0;
        long total = 0;
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        documents++;
                        if (documents > 1) {
                            throw new SpecException(Diagnostic.error(loc(name, event), Code.E003,
                                    "the file holds more than one YAML document ('---'); a spec is one document",
                                    "Delete the second '---' and everything after it, or merge the documents."));
                        }
                    }
                    case MappingStart, SequenceStart -> {
                        NodeEvent ne = (NodeEvent) event;
                        checkTag(name, event, diags);
                        if (stack.size() >= MAX_DEPTH) {
                            throw new SpecException(Diagnostic.error(loc(name, event), Code.E006,
                                    "the document nests deeper than " + MAX_DEPTH + " levels", Code.E006.fix()));
                        }
                        if (!stack.isEmpty() && stack.peek().mapping && stack.peek().pendingKey == null) {
                            diags.error(loc(name, event), Code.E010,
                                    "a mapping key must be a plain value, not a list or mapping",
                                    "Write the key as text, e.g. `name: value`.");
                            throw new SpecException(diags.sorted());
                        }
                        total = count(name, total, 1, event);
                        stack.push(new Frame(event.getEventId() == Event.ID.MappingStart, loc(name, event),
                                ne.getAnchor().map(Object::toString)));
                    }
                    case MappingEnd, SequenceEnd -> {
                        Frame f = stack.pop();
                        Node done = f.mapping ? new MapNode(f.entries, f.location) : new ListNode(f.items, f.location);
                        weights.put(done, f.weight);
                        f.anchor.ifPresent(a -> anchors.put(a, done));
                        add(name, stack, diags, done, f.weight, event);
                        if (stack.isEmpty()) {
                            root = done;
                        }
                    }
                    case Scalar -> {
                        ScalarEvent se = (ScalarEvent) event;
                        checkTag(name, event, diags);
                        ScalarNode s = new ScalarNode(se.getValue(), se.isPlain() && se.getImplicit().canOmitTagInPlainScalar(),
                                loc(name, event));
                        se.getAnchor().ifPresent(a -> anchors.put(a.toString(), s));
                        weights.put(s, 1L);
                        checkText(s, stack, diags);
                        total = count(name, total, 1, event);
                        add(name, stack, diags, s, 1, event);
                        if (stack.isEmpty()) {
                            root = s;
                        }
                    }
                    case Alias -> {
                        AliasEvent ae = (AliasEvent) event;
                        String anchor = ae.getAlias().toString();
                        Node target = anchors.get(anchor);
                        if (target == null) {
                            throw new SpecException(Diagnostic.error(loc(name, event), Code.E003,
                                    "alias '*" + anchor + "' refers to no anchor defined before it",
                                    "Define '&" + anchor + "' before using '*" + anchor + "'."));
                        }
                        long w = weights.getOrDefault(target, 1L);
                        total = count(name, total, w, event);
                        add(name, stack, diags, target, w, event);
                        if (stack.isEmpty()) {
                            root = target;
                        }
                    }
                    default -> {
                        // stream and document boundaries, comments
                    }
                }
            }
        } catch (MarkedYamlEngineException e) {
            if (isTab(e) && e.getProblemMark().isPresent()) {
                int tab = separatorTab(text, e.getProblemMark().get());
                if (tab >= 0) {
                    throw new SeparatorTab(tab, fromMark(name, e.getProblemMark().get()));
                }
            }
            Location where = (pointsAtContext(e) ? e.getContextMark().or(e::getProblemMark) : e.getProblemMark()
                    .or(e::getContextMark)).map(m -> fromMark(name, m)).orElse(Location.file(name));
            diags.add(syntaxError(where, e, text));
            throw new SpecException(diags.sorted());
        } catch (YamlEngineException e) {
            diags.error(Location.file(name), Code.E003, "YAML error: " + oneLine(e.getMessage()), Code.E003.fix());
            throw new SpecException(diags.sorted());
        }
        diags.throwIfErrors();
        return root;
    }

    /** The running count of nodes: each written node once, each alias at the size of what it names. */
    private long count(String name, long total, long more, Event event) {
        long newTotal = total + more;
        if (newTotal > MAX_NODES || more > MAX_NODES) {
            throw new SpecException(Diagnostic.error(loc(name, event), Code.E005,
                    "the document expands to more than " + MAX_NODES + " nodes through anchors and aliases",
                    Code.E005.fix()));
        }
        return newTotal;
    }

    /**
     * Text the parser made from escapes: a lone UTF-16 surrogate ({@code "\\ud800"}) is no character and is
     * refused anywhere; a control character or bidi override is refused in a key (a value keeps it, escaped
     * whenever it is printed).
     */
    private static void checkText(ScalarNode s, Deque<Frame> stack, Diagnostics diags) {
        String text = s.text();
        int lone = dev.forge.util.Shown.loneSurrogate(text);
        if (lone >= 0) {
            diags.error(s.location(), Code.E012, String.format("the text holds a lone UTF-16 surrogate (U+%04X), which"
                    + " is no character: '%s'", (int) text.charAt(lone), dev.forge.util.Shown.value(text)),
                    "Write the character itself, or both halves of the pair (e.g. \\ud83d\\ude00).");
            return;
        }
        Frame parent = stack.peek();
        boolean key = parent != null && parent.mapping && parent.pendingKey == null;
        if (key && dev.forge.util.Shown.unsafe(text)) {
            diags.error(s.location(), Code.E012, "the key '" + dev.forge.util.Shown.value(text) + "' holds a control"
                    + " character or a bidirectional-text override", Code.E012.fix());
        }
    }

    private void add(String name, Deque<Frame> stack, Diagnostics diags, Node node, long weight, Event event) {
        Frame parent = stack.peek();
        if (parent == null) {
            return;
        }
        parent.weight = Math.min(MAX_NODES + 1, parent.weight + weight);
        if (!parent.mapping) {
            parent.items.add(node);
            return;
        }
        if (parent.pendingKey == null) {
            if (!(node instanceof ScalarNode key)) {
                diags.error(node.location(), Code.E010, "a mapping key must be a plain value, not " + node.describe(),
                        "Write the key as text, e.g. `name: value`.");
                throw new SpecException(diags.sorted());
            }
            if (key.plain() && key.text().equals("<<")) {
                diags.error(key.location(), Code.E010, "merge keys ('<<') are not supported",
                        "Write the merged keys out in this mapping.");
            }
            ScalarNode first = parent.seen.get(key.text());
            if (first != null) {
                diags.error(key.location(), Code.E004, "duplicate key " + key.describe() + " (first defined at line "
                        + first.location().line() + ")", Code.E004.fix());
                parent.skipNextValue = true;
            } else {
                parent.seen.put(key.text(), key);
            }
            parent.pendingKey = key;
            return;
        }
        if (!parent.skipNextValue) {
            parent.entries.add(new MapNode.Entry(parent.pendingKey, node));
        }
        parent.skipNextValue = false;
        parent.pendingKey = null;
    }

    private void checkTag(String name, Event event, Diagnostics diags) {
        Optional<String> tag = switch (event.getEventId()) {
            case Scalar -> ((ScalarEvent) event).getTag();
            case MappingStart, SequenceStart -> ((org.snakeyaml.engine.v2.events.CollectionStartEvent) event).getTag();
            default -> Optional.empty();
        };
        if (tag.isPresent() && !CORE_TAGS.contains(tag.get()) && !tag.get().equals("!")) {
            String shown = tag.get().startsWith("tag:yaml.org,2002:") ? "!!" + tag.get().substring(18) : tag.get();
            diags.error(loc(name, event), Code.E010, "explicit YAML tag '" + shown + "' is not supported",
                    "Delete the tag and write the plain value.");
        }
    }

    /**
     * Where the parser gave up is not always where the mistake is: a quote or bracket left open is found at the
     * end of the file, a key without ':' on the line after it. There the context mark (where the unclosed thing
     * or the key began) is the place to show.
     */
    private static boolean pointsAtContext(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        return e.getContextMark().isPresent() && (problem.contains("end of stream") || problem.contains("<stream end>")
                || problem.contains("could not find expected ':'"));
    }

    private static Diagnostic syntaxError(Location where, MarkedYamlEngineException e, String text) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        if (isTab(e)) {
            return Diagnostic.error(where, Code.E003, "a tab character is used for indentation",
                    "Indent with spaces only; YAML does not allow tabs there.");
        }
        String message = problem;
        if (message.contains("mapping values are not allowed here")) {
            message = "a ':' where no key can start (check the indentation of this line and the one above)";
        } else if (message.contains("expected <block end>")) {
            message = "bad indentation: this line does not line up with the keys above it";
        } else if (message.contains("could not find expected ':'")) {
            message = "a line without ':' inside a mapping (a key without a value, or a quote left open)";
        } else if (context.contains("quoted scalar") && message.contains("end of stream")) {
            return Diagnostic.error(where, Code.E003, "YAML syntax error: a quote opened here is never closed",
                    "Close the quote on the same line, or escape the quote character inside the text.");
        } else if (context.contains("flow sequence") && message.contains("<stream end>")) {
            return Diagnostic.error(where, Code.E003, "YAML syntax error: a '[' opened here is never closed",
                    "Close the list with ']'.");
        } else if (context.contains("flow mapping") && message.contains("<stream end>")) {
            return Diagnostic.error(where, Code.E003, "YAML syntax error: a '{' opened here is never closed",
                    "Close the mapping with '}'.");
        }
        String full = (context.isEmpty() ? "" : context + ": ") + message;
        return Diagnostic.error(where, Code.E003, "YAML syntax error: " + oneLine(full), Code.E003.fix());
    }

    private static boolean isTab(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        return problem.contains("'\\t'") || problem.contains("\\t(TAB)") || problem.contains("TAB");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    private Location loc(String name, Event e) {
        return e.getStartMark().map(m -> fromMark(name, m)).orElse(Location.file(name));
    }

    private Location fromMark(String name, Mark m) {
        return Location.of(name, lineOffset + m.getLine() + 1, m.getColumn() + 1);
    }
}

package dev.forge.emit.yaml;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prints {@link YamlMap}/{@link YamlList} trees as block-style YAML that every parser reads the same way: YAML 1.2
 * parsers and the YAML 1.1 ones of Kubernetes, Helm and Docker Compose (where {@code on}, {@code yes},
 * {@code 1:20} and {@code 2024-01-01} are not strings). A string is written plain only when no parser can take it
 * for anything else; otherwise double-quoted. Multi-line strings are literal blocks. Two-space indents, list items
 * indented under their key, LF line endings and a final newline. Deterministic: output depends on the tree only.
 */
public final class YamlPrinter {

    /** Words some YAML 1.1 or 1.2 parser reads as a boolean or null. */
    private static final Set<String> RESERVED = Set.of("y", "yes", "n", "no", "true", "false", "on", "off", "null",
            "~", "");

    private final StringBuilder out = new StringBuilder();

    private YamlPrinter() {
    }

    /** One document. */
    public static String print(YamlMap root) {
        return print(root, List.of());
    }

    /** One document after {@code comments} (each printed as {@code # line}). */
    public static String print(YamlMap root, List<String> comments) {
        YamlPrinter p = new YamlPrinter();
        p.comments(comments);
        p.document(root);
        return p.out.toString();
    }

    /** Several documents separated by {@code ---}, after {@code comments}. */
    public static String printAll(List<YamlMap> documents, List<String> comments) {
        YamlPrinter p = new YamlPrinter();
        p.comments(comments);
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                p.out.append("---\n");
            }
            p.document(documents.get(i));
        }
        return p.out.toString();
    }

    /** {@code s} as one YAML scalar token (plain when safe, else double-quoted); for keys and values. */
    public static String scalar(String s) {
        return isPlainSafe(s) ? s : quoted(s);
    }

    private void comments(List<String> comments) {
        for (String c : comments) {
            out.append(c.isEmpty() ? "#" : "# " + c).append('\n');
        }
    }

    private void document(YamlMap root) {
        if (root.isEmpty()) {
            out.append("{}\n");
            return;
        }
        map(root, 0);
    }

    private void map(YamlMap m, int indent) {
        boolean first = true;
        for (Map.Entry<String, Object> e : m.entries().entrySet()) {
            if (!first) {
                indent(indent);
            }
            first = false;
            entry(e.getKey(), e.getValue(), indent);
        }
    }

    /** Writes {@code key: value} (the indent of the key already written) and the value's lines. */
    private void entry(String key, Object value, int indent) {
        out.append(scalar(key)).append(':');
        if (value instanceof YamlMap m && !m.isEmpty()) {
            out.append('\n');
            indent(indent + 2);
            map(m, indent + 2);
        } else if (value instanceof YamlList l && !l.isEmpty()) {
            out.append('\n');
            indent(indent + 2);
            list(l, indent + 2);
        } else {
            out.append(' ');
            inline(value, indent);
        }
    }

    private void list(YamlList l, int indent) {
        boolean first = true;
        for (Object item : l.items()) {
            if (!first) {
                indent(indent);
            }
            first = false;
            out.append("- ");
            if (item instanceof YamlMap m && !m.isEmpty()) {
                map(m, indent + 2);
            } else if (item instanceof YamlList inner && !inner.isEmpty()) {
                list(inner, indent + 2);
            } else {
                inline(item, indent);
            }
        }
    }

    /** A scalar, an empty collection or a literal block, ending with a newline. */
    private void inline(Object v, int indent) {
        if (v instanceof YamlMap) {
            out.append("{}\n");
        } else if (v instanceof YamlList) {
            out.append("[]\n");
        } else if (v instanceof String s) {
            if (isBlockable(s)) {
                block(s, indent + 2);
            } else {
                out.append(scalar(s)).append('\n');
            }
        } else if (v instanceof Commented c) {
            out.append(scalar(c.value())).append(" # ").append(c.comment()).append('\n');
        } else if (v instanceof BigDecimal d) {
            out.append(d.toPlainString()).append('\n');
        } else {
            out.append(v).append('\n');
        }
    }

    /** A literal block scalar, with the chomping indicator that keeps trailing newlines exact. */
    private void block(String s, int indent) {
        int trailing = 0;
        while (trailing < s.length() && s.charAt(s.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        String body = s.substring(0, s.length() - trailing);
        out.append('|');
        out.append(trailing == 0 ? "-" : trailing == 1 ? "" : "+").append('\n');
        String[] lines = body.split("\n", -1);
        for (String line : lines) {
            if (!line.isEmpty()) {
                indent(indent);
                out.append(line);
            }
            out.append('\n');
        }
        for (int i = 1; i < trailing; i++) {
            out.append('\n');
        }
    }

    private static final String SPACES = " ".repeat(64);

    private void indent(int n) {
        for (int left = n; left > 0; left -= SPACES.length()) {
            out.append(SPACES, 0, Math.min(left, SPACES.length()));
        }
    }

    private static boolean isBlockable(String s) {
        if (s.indexOf('\n') < 0 || s.endsWith(" ") || s.startsWith(" ") || s.startsWith("\n")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && (c < 0x20 || c == 0x7f) || c == '\t') {
                return false;
            }
        }
        for (String line : s.split("\n", -1)) {
            if (line.endsWith(" ") || !line.isEmpty() && line.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** True when every YAML 1.1 and 1.2 parser reads {@code s} unquoted as exactly this string. */
    static boolean isPlainSafe(String s) {
        // the reserved words are short: only those are lower-cased to compare (one allocation per short scalar)
        if (s.isEmpty() || s.length() <= 5 && RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return false;
        }
        char first = s.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || first == '_' || first == '/')) {
            return false; // digits (numbers, dates, 1:20, versions), '.' (.inf, .5) and every indicator
        }
        if (s.endsWith(" ") || s.endsWith(":")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '"' || c == '\'' || c == '\\' || c == '`') {
                return false;
            }
            if (c == ':' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return false;
            }
            if (c == '#' && s.charAt(i - 1) == ' ') {
                return false;
            }
            if (c == ' ' && s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** Double-quoted, with the escapes JSON uses (a JSON string is a YAML double-quoted scalar). */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == '\u2028' || c == '\u2029'
                            || c == '\ufeff') {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

package dev.forge.check.artifact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small structural reader of the HCL Forge emits: blocks, their labels, attributes and nesting, with
 * line numbers. It is not a validator (terraform fmt and the provider schema check syntax); it only finds
 * what artifact rules look at. Strings, comments and heredocs are skipped when counting braces.
 */
final class Hcl {

    private static final Pattern HEREDOC = Pattern.compile("<<-?([A-Z_]+)\\s*$");

    private Hcl() {
    }

    private static final class Open {
        final String type;
        final List<String> labels;
        final int line;
        final Map<String, HclBlock.Attribute> attributes = new LinkedHashMap<>();
        final List<HclBlock> children = new ArrayList<>();

        Open(String type, List<String> labels, int line) {
            this.type = type;
            this.labels = labels;
            this.line = line;
        }
    }

    /**
     * What one line (comment stripped) is: a block header {@code name "label" ... {} or an object attribute
     * {@code name = {} (both open a block), or an attribute {@code name = value}. Read by hand, not by regular
     * expressions: a large root has a hundred thousand lines.
     */
    record Shape(String name, List<String> labels, boolean opens, String value, int indent) {
    }

    /** The line's shape, or null when it is none of them (a closing brace, a list item, a continuation). */
    static Shape shape(String line) {
        int n = line.length();
        int i = skipSpace(line, 0);
        int indent = i;
        if (i == n || !(isLetter(line.charAt(i)) || line.charAt(i) == '_')) {
            return null;
        }
        int j = i + 1;
        while (j < n && (isLetter(line.charAt(j)) || isDigit(line.charAt(j)) || line.charAt(j) == '_' || line.charAt(j) == '-')) {
            j++;
        }
        int nameStart = i;
        int nameEnd = j;
        int k = skipSpace(line, j);
        if (k < n && line.charAt(k) == '=') {
            int from = skipSpace(line, k + 1);
            int to = n;
            while (to > from && line.charAt(to - 1) <= ' ') {
                to--;
            }
            String name = line.substring(nameStart, nameEnd);
            return to == from + 1 && line.charAt(from) == '{' ? new Shape(name, List.of(), true, "", indent)
                    : new Shape(name, List.of(), false, line.substring(from, to), indent);
        }
        List<String> labels = null; // most lines have none: no list for them
        int at = j;
        while (true) {
            int q = skipSpace(line, at);
            if (q == at || q >= n || line.charAt(q) != '"') {
                break;
            }
            int close = line.indexOf('"', q + 1);
            if (close < 0) {
                return null;
            }
            if (labels == null) {
                labels = new ArrayList<>(2);
            }
            labels.add(line.substring(q + 1, close));
            at = close + 1;
        }
        int brace = skipSpace(line, at);
        if (brace < n && line.charAt(brace) == '{' && skipSpace(line, brace + 1) == n) {
            return new Shape(line.substring(nameStart, nameEnd), labels == null ? List.of() : List.copyOf(labels), true, "", indent);
        }
        return null;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && s.charAt(i) <= ' ') {
            i++;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static List<HclBlock> parse(List<String> lines) {
        List<HclBlock> top = new ArrayList<>();
        List<Open> stack = new ArrayList<>();
        String heredoc = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (heredoc != null) {
                if (raw.trim().equals(heredoc)) {
                    heredoc = null;
                }
                continue;
            }
            String line = stripComment(raw);
            Shape shape = shape(line);
            if (shape != null && shape.opens()) {
                stack.add(new Open(shape.name(), shape.labels(), i + 1));
                continue;
            }
            if (shape != null && !stack.isEmpty()) {
                stack.get(stack.size() - 1).attributes.putIfAbsent(shape.name(),
                        new HclBlock.Attribute(shape.value(), i + 1, shape.indent() + 1));
                if (shape.value().contains("<<")) {
                    Matcher hd = HEREDOC.matcher(shape.value());
                    if (hd.find()) {
                        heredoc = hd.group(1);
                        continue;
                    }
                }
            }
            int depth = braces(line);
            for (int d = 0; d < depth; d++) {
                stack.add(new Open("{", List.of(), i + 1)); // an object or call argument opened mid-line
            }
            for (int d = depth; d < 0 && !stack.isEmpty(); d++) {
                Open done = stack.remove(stack.size() - 1);
                HclBlock b = new HclBlock(done.type, List.copyOf(done.labels), done.line, i + 1, Map.copyOf(done.attributes),
                        List.copyOf(done.children), lines);
                (stack.isEmpty() ? top : stack.get(stack.size() - 1).children).add(b);
            }
        }
        return top;
    }

    /** Net count of braces outside strings: a line {@code "}"} closes one block. */
    private static int braces(String line) {
        int n = 0;
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && (c == '{' || c == '[' || c == '(')) {
                n += c == '{' ? 1 : 0;
            } else if (!inString && c == '}') {
                n--;
            }
        }
        return n;
    }

    static String stripComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && (c == '#' || c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/')) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}

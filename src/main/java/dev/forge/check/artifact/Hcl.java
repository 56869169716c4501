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

    private static final Pattern HEADER = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_-]*)((?:\\s+\"[^\"]*\")*)\\s*\\{\\s*$");
    private static final Pattern OBJECT_ATTR = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_-]*)\\s*=\\s*\\{\\s*$");
    private static final Pattern ATTR = Pattern.compile("^(\\s*)([A-Za-z_][A-Za-z0-9_-]*)\\s*=\\s*(.*?)\\s*$");
    private static final Pattern LABEL = Pattern.compile("\"([^\"]*)\"");
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
            // Only a line that ends in '{' can open a block, and only one with '=' can set an attribute: the
            // expressions below run on those alone (most lines of a large root are neither).
            boolean opens = endsWithBrace(line);
            Matcher h = HEADER.matcher(opens ? line : "");
            Matcher o = OBJECT_ATTR.matcher(opens ? line : "");
            if (opens && (h.matches() || o.matches())) {
                String type = h.matches() ? h.group(1) : o.group(1);
                List<String> labels = new ArrayList<>();
                if (h.matches()) {
                    Matcher l = LABEL.matcher(h.group(2));
                    while (l.find()) {
                        labels.add(l.group(1));
                    }
                }
                stack.add(new Open(type, labels, i + 1));
                continue;
            }
            Matcher a = ATTR.matcher(line.indexOf('=') >= 0 ? line : "");
            if (!stack.isEmpty() && a.matches()) {
                stack.get(stack.size() - 1).attributes.putIfAbsent(a.group(2),
                        new HclBlock.Attribute(a.group(3), i + 1, a.group(1).length() + 1));
                Matcher hd = HEREDOC.matcher(a.group(3));
                if (hd.find()) {
                    heredoc = hd.group(1);
                    continue;
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

    private static boolean endsWithBrace(String line) {
        int i = line.length() - 1;
        while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
            i--;
        }
        return i >= 0 && line.charAt(i) == '{';
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

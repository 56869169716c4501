package dev.forge.check.artifact;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds IAM policy statements in JSON or HCL text (JSON policy documents, {@code jsonencode({...})},
 * {@code aws_iam_policy_document} statement blocks): each innermost {@code { ... }} holding an
 * {@code Action}/{@code actions} or {@code Resource}/{@code resources} key, with the string values and
 * the line of each.
 */
public final class PolicyStatements {

    /** A quoted value and where it was written. */
    public record Value(String text, int line, int column) {
    }

    /** One statement: its effect ("Allow" unless written), actions and resources (unquoted values only). */
    public record Statement(String effect, List<Value> actions, List<Value> resources) {
    }

    private record Token(String text, boolean string, int line, int column) {
    }

    private static final java.util.regex.Pattern ACTION_KEY =
            java.util.regex.Pattern.compile("(?i)\\b(?:not)?actions?\"?\\s*[:=]");

    private static final String PUNCTUATION = "{}[]:=,()";
    /** The keys find() acts on (any case); other bare words are tokens with this placeholder text. */
    private static final List<String> KEYS = List.of("action", "actions", "resource", "resources", "effect");
    private static final String OTHER_WORD = "\u0000word";
    private static final String[] PUNCTUATION_TOKENS = PUNCTUATION.chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new);

    private static boolean isKey(String line, int from, int to) {
        for (int k = 0; k < KEYS.size(); k++) {
            String key = KEYS.get(k);
            if (key.length() == to - from && line.regionMatches(true, from, key, 0, key.length())) {
                return true;
            }
        }
        return false;
    }

    private PolicyStatements() {
    }

    public static List<Statement> find(List<String> lines) {
        if (lines.stream().noneMatch(l -> (l.contains("ction") || l.contains("CTION")) && ACTION_KEY.matcher(l).find())) {
            return List.of(); // no Action key anywhere: not a policy
        }
        List<Token> tokens = tokens(lines);
        List<Statement> out = new ArrayList<>();
        List<Frame> stack = new ArrayList<>();
        List<Value> values = new ArrayList<>(); // reused: most keys are not ones a statement keeps
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.string && t.text.equals("{")) {
                stack.add(new Frame());
            } else if (!t.string && t.text.equals("}") && !stack.isEmpty()) {
                Frame f = stack.remove(stack.size() - 1);
                if (f.actions != null || f.resources != null) {
                    out.add(new Statement(f.effect, f.actions == null ? List.of() : List.copyOf(f.actions),
                            f.resources == null ? List.of() : List.copyOf(f.resources)));
                }
            } else if (!stack.isEmpty() && i + 2 < tokens.size() && isAssign(tokens.get(i + 1))) {
                Frame f = stack.get(stack.size() - 1);
                values.clear();
                i = value(tokens, i + 2, values);
                if (t.text == OTHER_WORD || values.isEmpty()) {
                    continue;
                }
                String key = t.text;
                if (key.equalsIgnoreCase("action") || key.equalsIgnoreCase("actions")) {
                    f.actions = f.actions == null ? new ArrayList<>() : f.actions;
                    f.actions.addAll(values);
                } else if (key.equalsIgnoreCase("resource") || key.equalsIgnoreCase("resources")) {
                    f.resources = f.resources == null ? new ArrayList<>() : f.resources;
                    f.resources.addAll(values);
                } else if (key.equalsIgnoreCase("effect")) {
                    f.effect = values.get(0).text();
                }
            }
        }
        return out;
    }

    /** An open brace: the statement it may turn out to be (lists made only when a key fills them). */
    private static final class Frame {
        String effect = "Allow";
        List<Value> actions;
        List<Value> resources;
    }

    private static boolean isAssign(Token t) {
        return !t.string && (t.text.equals(":") || t.text.equals("="));
    }

    /** Reads a string or a list of strings at {@code i}; returns the index of its last token. */
    private static int value(List<Token> tokens, int i, List<Value> into) {
        Token t = tokens.get(i);
        if (t.string) {
            into.add(new Value(t.text, t.line, t.column));
            return i;
        }
        if (!t.text.equals("[")) {
            return i - 1; // a reference or an object: not a literal, and may hold statements of its own
        }
        List<Value> items = new ArrayList<>();
        int j = i + 1;
        while (j < tokens.size() && !(tokens.get(j).text.equals("]") && !tokens.get(j).string)) {
            Token item = tokens.get(j);
            if (item.string) {
                items.add(new Value(item.text, item.line, item.column));
            } else if (!item.text.equals(",")) {
                return i - 1; // a list of objects (statements) or expressions: read them as they come
            }
            j++;
        }
        into.addAll(items);
        return j;
    }

    private static List<Token> tokens(List<String> lines) {
        List<Token> out = new ArrayList<>();
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln);
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '"') {
                    int j = i + 1;
                    StringBuilder sb = null; // only a string with an escape needs a copy built
                    while (j < line.length() && line.charAt(j) != '"') {
                        if (line.charAt(j) == '\\' && j + 1 < line.length()) {
                            if (sb == null) {
                                sb = new StringBuilder(line.substring(i + 1, j));
                            }
                            j++;
                        }
                        if (sb != null) {
                            sb.append(line.charAt(j));
                        }
                        j++;
                    }
                    out.add(new Token(sb == null ? line.substring(i + 1, j) : sb.toString(), true, ln + 1, i + 1));
                    i = j + 1;
                } else if (c == '#' || c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    break;
                } else if (PUNCTUATION.indexOf(c) >= 0) {
                    out.add(new Token(PUNCTUATION_TOKENS[PUNCTUATION.indexOf(c)], false, ln + 1, i + 1));
                    i++;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else {
                    int j = i;
                    while (j < line.length() && "{}[]:=,()\" \t#".indexOf(line.charAt(j)) < 0) {
                        j++;
                    }
                    // A bare word is a key or a reference; only the keys find() reads keep their text.
                    out.add(new Token(isKey(line, i, j) ? line.substring(i, j) : OTHER_WORD, false, ln + 1, i + 1));
                    i = j;
                }
            }
        }
        return out;
    }
}

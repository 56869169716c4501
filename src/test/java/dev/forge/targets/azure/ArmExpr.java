package dev.forge.targets.azure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A parser of the ARM template expressions the azure target emits, written from the template expression syntax
 * (learn.microsoft.com/azure/azure-resource-manager/templates/template-expressions): a string value starting with
 * '[' and ending with ']' is an expression ('[[' escapes a literal); inside, string literals in single quotes (a quote
 * doubled to escape it), integers, true/false, function calls with comma-separated arguments, property access
 * ({@code .name}) and indexing ({@code [expr]}). Only the functions in {@link #FUNCTIONS} are accepted.
 */
final class ArmExpr {

    static final Set<String> FUNCTIONS = Set.of("resourceId", "reference", "parameters", "concat", "format", "guid",
            "subscription", "subscriptionResourceId", "listKeys", "utcNow");

    sealed interface Node permits Str, Num, Bool, Call, Member, Index {
    }

    record Str(String value) implements Node {
    }

    record Num(long value) implements Node {
    }

    record Bool(boolean value) implements Node {
    }

    record Call(String function, List<Node> args) implements Node {
    }

    record Member(Node target, String name) implements Node {
    }

    record Index(Node target, Node index) implements Node {
    }

    static final class ParseError extends RuntimeException {
        ParseError(String message) {
            super(message);
        }
    }

    /** Whether a template string is an expression (rather than a literal, or a '[[' escaped literal). */
    static boolean isExpression(String s) {
        return s.length() >= 2 && s.startsWith("[") && s.endsWith("]") && !s.startsWith("[[");
    }

    /** The expression inside {@code [ ... ]}. */
    static Node parse(String text) {
        if (!isExpression(text)) {
            throw new ParseError("not an expression: " + text);
        }
        ArmExpr p = new ArmExpr(text.substring(1, text.length() - 1));
        p.ws();
        Node n = p.expr();
        p.ws();
        if (p.i != p.s.length()) {
            throw new ParseError("unexpected '" + p.s.substring(p.i) + "' in " + text);
        }
        return n;
    }

    private final String s;
    private int i;

    private ArmExpr(String s) {
        this.s = s;
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private Node expr() {
        Node n = primary();
        while (true) {
            ws();
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                n = new Member(n, ident());
            } else if (i < s.length() && s.charAt(i) == '[') {
                i++;
                ws();
                Node idx = expr();
                ws();
                expect(']');
                n = new Index(n, idx);
            } else {
                return n;
            }
        }
    }

    private Node primary() {
        ws();
        if (i >= s.length()) {
            throw new ParseError("expression ends early: [" + s + "]");
        }
        char c = s.charAt(i);
        if (c == '\'') {
            StringBuilder sb = new StringBuilder();
            i++;
            while (true) {
                if (i >= s.length()) {
                    throw new ParseError("unterminated string in [" + s + "]");
                }
                char d = s.charAt(i++);
                if (d == '\'') {
                    if (i < s.length() && s.charAt(i) == '\'') {
                        sb.append('\'');
                        i++;
                    } else {
                        return new Str(sb.toString());
                    }
                } else {
                    sb.append(d);
                }
            }
        }
        if (Character.isDigit(c) || c == '-') {
            int start = i++;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            return new Num(Long.parseLong(s.substring(start, i)));
        }
        String name = ident();
        if (name.equals("true") || name.equals("false")) {
            return new Bool(name.equals("true"));
        }
        if (!FUNCTIONS.contains(name)) {
            throw new ParseError("unknown function '" + name + "' in [" + s + "]");
        }
        ws();
        expect('(');
        List<Node> args = new ArrayList<>();
        ws();
        if (i < s.length() && s.charAt(i) == ')') {
            i++;
            return new Call(name, args);
        }
        while (true) {
            args.add(expr());
            ws();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                continue;
            }
            expect(')');
            return new Call(name, args);
        }
    }

    private String ident() {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        if (start == i) {
            throw new ParseError("expected a name at " + i + " in [" + s + "]");
        }
        return s.substring(start, i);
    }

    private void expect(char c) {
        if (i >= s.length() || s.charAt(i) != c) {
            throw new ParseError("expected '" + c + "' at " + i + " in [" + s + "]");
        }
        i++;
    }
}

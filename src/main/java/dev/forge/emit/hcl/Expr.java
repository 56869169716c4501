package dev.forge.emit.hcl;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An HCL expression. Every kind prints itself canonically through {@link HclPrinter}; nothing here is a
 * raw string of HCL except the validated traversal of a {@link Ref}.
 */
public sealed interface Expr {

    /** A quoted string literal; escaping ({@code "}, {@code \}, {@code ${}, {@code %{}) is the printer's job. */
    record Str(String value) implements Expr {
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number literal, kept as its canonical text ({@code 30}, {@code 0.5}). */
    record Num(String text) implements Expr {
        private static final Pattern FORM = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

        public Num {
            if (!FORM.matcher(text).matches()) {
                throw new IllegalArgumentException("not a number literal: '" + text + "'");
            }
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements Expr {
    }

    /** {@code null}. */
    record Null() implements Expr {
    }

    /**
     * A traversal: {@code var.name}, {@code module.x.y}, {@code aws_s3_bucket.this.arn},
     * {@code aws_kms_key.this[0].arn}, {@code each.value.arn}, {@code path.module}.
     */
    record Ref(String path) implements Expr {

        public Ref {
            if (!isTraversal(path)) {
                throw new IllegalArgumentException("not a traversal: '" + path + "'");
            }
        }

        /**
         * {@code name(.name | [digits] | [*])*}, names being {@code [A-Za-z_][A-Za-z0-9_-]*}; read by hand (a root
         * holds tens of thousands of references).
         */
        static boolean isTraversal(String p) {
            int i = name(p, 0);
            if (i < 0) {
                return false;
            }
            while (i < p.length()) {
                char c = p.charAt(i);
                if (c == '.') {
                    i = name(p, i + 1);
                    if (i < 0) {
                        return false;
                    }
                } else if (c == '[') {
                    int j = i + 1;
                    if (j < p.length() && p.charAt(j) == '*') {
                        j++;
                    } else {
                        while (j < p.length() && p.charAt(j) >= '0' && p.charAt(j) <= '9') {
                            j++;
                        }
                        if (j == i + 1) {
                            return false;
                        }
                    }
                    if (j >= p.length() || p.charAt(j) != ']') {
                        return false;
                    }
                    i = j + 1;
                } else {
                    return false;
                }
            }
            return true;
        }

        /** The end of the name starting at {@code i}, or -1 when none starts there. */
        private static int name(String p, int i) {
            if (i >= p.length() || !(Character.isLetter(p.charAt(i)) && p.charAt(i) < 128 || p.charAt(i) == '_')) {
                return -1;
            }
            int j = i + 1;
            while (j < p.length()) {
                char c = p.charAt(j);
                if (c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                    j++;
                } else {
                    break;
                }
            }
            return j;
        }
    }

    /** A string template: literal text parts ({@link String}) and interpolated {@link Expr} parts. */
    record Template(List<Object> parts) implements Expr {
        public Template {
            parts = List.copyOf(parts);
            for (Object p : parts) {
                if (!(p instanceof String) && !(p instanceof Expr)) {
                    throw new IllegalArgumentException("template part must be a String or an Expr: " + p);
                }
            }
        }
    }

    /** A function call such as {@code jsonencode({...})}. Only the last argument may span lines. */
    record Call(String name, List<Expr> args) implements Expr {
        public Call {
            Names.require(name, "a function name");
            args = List.copyOf(args);
        }
    }

    /** A tuple constructor {@code [a, b]}. */
    record ListOf(List<Expr> items) implements Expr {
        public ListOf {
            items = List.copyOf(items);
        }
    }

    /**
     * An object constructor. A {@link Str} key prints bare when it is an identifier and quoted otherwise; a
     * {@link Ref} key prints as a traversal (as in {@code providers = { aws.replica = aws.west }}); any other
     * key prints in parentheses. Order is kept.
     */
    record ObjectOf(List<Map.Entry<Expr, Expr>> entries) implements Expr {
        public ObjectOf {
            entries = List.copyOf(entries);
        }
    }

    /** {@code test ? then : otherwise}. */
    record Cond(Expr test, Expr then, Expr otherwise) implements Expr {
    }

    /** A binary operation: {@code ==}, {@code !=}, {@code &&}, {@code ||}, {@code >}, {@code +}, {@code *} ... */
    record Binary(Expr left, String op, Expr right) implements Expr {
        private static final List<String> OPS = List.of("==", "!=", "&&", "||", "<", "<=", ">", ">=", "+", "-", "*", "/", "%");

        public Binary {
            if (!OPS.contains(op)) {
                throw new IllegalArgumentException("not an operator: '" + op + "'");
            }
        }
    }

    /** {@code !operand}. */
    record Not(Expr operand) implements Expr {
    }

    /** {@code target[key]}. */
    record Index(Expr target, Expr key) implements Expr {
    }

    /** {@code target.name}, after an index: {@code module.x.arns["k"].name}. */
    record GetAttr(Expr target, String name) implements Expr {
        public GetAttr {
            Names.require(name, "an attribute name");
        }
    }

    /**
     * A {@code for} expression. With {@code key == null} it builds a tuple ({@code [for v in coll : value]}),
     * otherwise an object ({@code {for k, v in coll : key => value}}). {@code keyVar} may be null.
     */
    record For(String keyVar, String valueVar, Expr collection, Expr key, Expr value, Expr condition) implements Expr {
    }
}

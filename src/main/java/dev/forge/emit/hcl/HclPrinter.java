package dev.forge.emit.hcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints a {@link Body} as a file exactly as {@code terraform fmt} would leave it: two-space indents, the
 * {@code =} of consecutive one-line attributes aligned, one space around operators, a blank line around
 * nested blocks, an interpolation-only template printed as its expression, LF line endings and a final
 * newline. Lists stay on one line unless an item spans lines or the line would pass {@value #WIDTH}
 * characters; non-empty objects always span lines.
 */
public final class HclPrinter {

    static final int WIDTH = 100;
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "for", "in", "if", "endfor", "endif");

    private final StringBuilder out = new StringBuilder();
    /** Where a list is written to measure it (fitsOneLine); never holds anything between two uses. */
    private final StringBuilder scratch = new StringBuilder();
    private final boolean compact;

    private HclPrinter(boolean compact) {
        this.compact = compact;
    }

    /** The file's text. */
    public static String print(Body file) {
        HclPrinter p = new HclPrinter(false);
        p.body(file.items(), 0);
        return p.out.length() == 0 ? "" : p.out.append('\n').toString();
    }

    /** One expression on one line (throws when it cannot fit on one). For tests and documentation. */
    public static String inline(Expr e) {
        return new HclPrinter(false).one(e);
    }

    /** {@code e} on one line with objects written inline ({@code { a = 1, b = 2 }}): for documentation only. */
    public static String compact(Expr e) {
        return new HclPrinter(true).one(e);
    }

    // ---- bodies -------------------------------------------------------------------------------------

    /** Prints items with no leading or trailing newline. */
    private void body(List<Body.Item> items, int indent) {
        boolean printed = false;
        boolean gap = false;
        boolean commented = false;
        List<Map.Entry<String, Expr>> run = new ArrayList<>();
        for (Body.Item item : items) {
            if (item instanceof Body.Attribute a) {
                run.add(Map.entry(a.name(), a.value()));
                commented = false;
                continue;
            }
            if (!run.isEmpty()) {
                separate(printed, gap);
                entries(run, indent);
                run.clear();
                printed = true;
                gap = false;
            }
            if (item instanceof Body.Blank) {
                gap = printed;
                commented = false; // a blank line detaches a comment from the block after it
            } else if (item instanceof Body.Comment c) {
                separate(printed, gap);
                line(indent).append(c.text().isEmpty() ? "#" : "# " + c.text());
                printed = true;
                gap = false;
                commented = true;
                continue;
            } else if (item instanceof Body.Nested n) {
                separate(printed, !commented);
                commented = false;
                block(n.block(), indent);
                printed = true;
                gap = true;
            }
        }
        if (!run.isEmpty()) {
            separate(printed, gap);
            entries(run, indent);
        }
    }

    private void separate(boolean printed, boolean gap) {
        if (printed) {
            out.append(gap ? "\n\n" : "\n");
        }
    }

    /** Entries with the '=' of consecutive one-line entries aligned, as terraform fmt aligns them. */
    private void entries(List<Map.Entry<String, Expr>> entries, int indent) {
        int i = 0;
        while (i < entries.size()) {
            int j = i;
            int width = 0;
            while (j < entries.size() && fitsOneLine(entries.get(j).getValue())) {
                width = Math.max(width, entries.get(j).getKey().length());
                j++;
            }
            if (i > 0) {
                out.append('\n');
            }
            if (j == i) {
                Map.Entry<String, Expr> e = entries.get(i);
                line(indent).append(e.getKey()).append(" = ");
                expr(e.getValue(), indent);
                i++;
                continue;
            }
            for (int k = i; k < j; k++) {
                Map.Entry<String, Expr> e = entries.get(k);
                String key = e.getKey();
                if (k > i) {
                    out.append('\n');
                }
                line(indent).append(key);
                for (int pad = key.length(); pad < width; pad++) {
                    out.append(' ');
                }
                out.append(" = ");
                one(e.getValue(), out);
            }
            i = j;
        }
    }

    private void block(Block b, int indent) {
        StringBuilder head = line(indent).append(b.type());
        for (String label : b.labels()) {
            head.append(' ').append(quote(label));
        }
        if (b.body().isEmpty()) {
            out.append(" {}");
            return;
        }
        out.append(" {\n");
        body(b.body().items(), indent + 1);
        out.append('\n');
        line(indent).append('}');
    }

    private StringBuilder line(int indent) {
        for (int i = 0; i < indent; i++) {
            out.append("  ");
        }
        return out;
    }

    // ---- expressions --------------------------------------------------------------------------------

    private boolean fitsOneLine(Expr e) {
        if (e instanceof Expr.ObjectOf o) {
            return o.entries().isEmpty();
        }
        if (e instanceof Expr.ListOf l) {
            for (Expr item : l.items()) {
                if (!fitsOneLine(item)) {
                    return false;
                }
            }
            scratch.setLength(0);
            one(e, scratch);
            return scratch.length() <= WIDTH;
        }
        if (e instanceof Expr.Call c) {
            return c.args().stream().limit(Math.max(0, c.args().size() - 1)).allMatch(this::canBeOneLine)
                    && (c.args().isEmpty() || fitsOneLine(c.args().get(c.args().size() - 1)));
        }
        if (e instanceof Expr.For f) {
            return fitsOneLine(f.value()) && (f.key() == null || fitsOneLine(f.key()));
        }
        return true;
    }

    /** Whether {@code e} can be written on one line at all (long lists can; non-empty objects cannot). */
    private boolean canBeOneLine(Expr e) {
        if (e instanceof Expr.ObjectOf o) {
            return o.entries().isEmpty();
        }
        if (e instanceof Expr.ListOf l) {
            return l.items().stream().allMatch(this::canBeOneLine);
        }
        if (e instanceof Expr.Call c) {
            return c.args().stream().allMatch(this::canBeOneLine);
        }
        if (e instanceof Expr.For f) {
            return canBeOneLine(f.value()) && (f.key() == null || canBeOneLine(f.key()));
        }
        return true;
    }

    /** Writes {@code e} starting mid-line; lines it opens are indented one level past {@code indent}. */
    private void expr(Expr e, int indent) {
        if (fitsOneLine(e)) {
            one(e, out);
        } else if (e instanceof Expr.ObjectOf o) {
            out.append("{\n");
            entries(o.entries().stream().map(x -> Map.entry(objectKey(x.getKey()), x.getValue())).toList(), indent + 1);
            out.append('\n');
            line(indent).append('}');
        } else if (e instanceof Expr.ListOf l) {
            out.append("[\n");
            for (Expr item : l.items()) {
                line(indent + 1);
                expr(item, indent + 1);
                out.append(",\n");
            }
            line(indent).append(']');
        } else if (e instanceof Expr.Call c) {
            out.append(c.name()).append('(');
            for (int i = 0; i < c.args().size() - 1; i++) {
                if (!canBeOneLine(c.args().get(i))) {
                    throw new IllegalArgumentException("only the last argument of " + c.name() + "() may span lines");
                }
                one(c.args().get(i), out);
                out.append(", ");
            }
            expr(c.args().get(c.args().size() - 1), indent);
            out.append(')');
        } else if (e instanceof Expr.For f) {
            out.append(f.key() == null ? "[" : "{ ").append(forHead(f));
            if (f.key() != null) {
                one(f.key(), out);
                out.append(" => ");
            }
            expr(f.value(), indent);
            if (f.condition() != null) {
                out.append(" if ");
                one(f.condition(), out);
            }
            out.append(f.key() == null ? "]" : " }");
        } else {
            throw new IllegalStateException("cannot span lines: " + e);
        }
    }

    private String forHead(Expr.For f) {
        return "for " + (f.keyVar() == null ? "" : f.keyVar() + ", ") + f.valueVar() + " in " + one(f.collection()) + " : ";
    }

    /** {@code e} on one line. */
    private String one(Expr e) {
        StringBuilder sb = new StringBuilder();
        one(e, sb);
        return sb.toString();
    }

    /**
     * Appends {@code e} on one line to {@code sb}. Written into the builder, not returned as a string: a large root
     * has a few hundred thousand expressions, and the JIT compiler the CLI uses does not remove the intermediate
     * strings.
     */
    private void one(Expr e, StringBuilder sb) {
        if (e instanceof Expr.Str s) {
            quote(s.value(), sb);
        } else if (e instanceof Expr.Num n) {
            sb.append(n.text());
        } else if (e instanceof Expr.Bool b) {
            sb.append(b.value());
        } else if (e instanceof Expr.Null) {
            sb.append("null");
        } else if (e instanceof Expr.Ref r) {
            sb.append(r.path());
        } else if (e instanceof Expr.Template t) {
            template(t, sb);
        } else if (e instanceof Expr.Call c) {
            sb.append(c.name()).append('(');
            joined(c.args(), sb);
            sb.append(')');
        } else if (e instanceof Expr.ListOf l) {
            sb.append('[');
            joined(l.items(), sb);
            sb.append(']');
        } else if (e instanceof Expr.ObjectOf o) {
            if (compact && !o.entries().isEmpty()) {
                sb.append("{ ");
                for (int i = 0; i < o.entries().size(); i++) {
                    var x = o.entries().get(i);
                    sb.append(i == 0 ? "" : ", ").append(objectKey(x.getKey())).append(" = ");
                    one(x.getValue(), sb);
                }
                sb.append(" }");
                return;
            }
            if (!o.entries().isEmpty()) {
                throw new IllegalStateException("a non-empty object spans lines");
            }
            sb.append("{}");
        } else if (e instanceof Expr.Cond c) {
            // Comparisons bind tighter than ?: so a test needs no parentheses.
            if (c.test() instanceof Expr.Binary) {
                one(c.test(), sb);
            } else {
                operand(c.test(), sb);
            }
            sb.append(" ? ");
            operand(c.then(), sb);
            sb.append(" : ");
            operand(c.otherwise(), sb);
        } else if (e instanceof Expr.Binary b) {
            operand(b.left(), sb);
            sb.append(' ').append(b.op()).append(' ');
            operand(b.right(), sb);
        } else if (e instanceof Expr.Not n) {
            sb.append('!');
            operand(n.operand(), sb);
        } else if (e instanceof Expr.Index i) {
            operand(i.target(), sb);
            sb.append('[');
            one(i.key(), sb);
            sb.append(']');
        } else if (e instanceof Expr.GetAttr g) {
            operand(g.target(), sb);
            sb.append('.').append(g.name());
        } else {
            Expr.For f = (Expr.For) e;
            sb.append(f.key() == null ? "[" : "{ ").append(forHead(f));
            if (f.key() != null) {
                one(f.key(), sb);
                sb.append(" => ");
            }
            one(f.value(), sb);
            if (f.condition() != null) {
                sb.append(" if ");
                one(f.condition(), sb);
            }
            sb.append(f.key() == null ? "]" : " }");
        }
    }

    private void joined(List<Expr> items, StringBuilder sb) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            one(items.get(i), sb);
        }
    }

    /** Operands that are themselves operations get parentheses, so precedence never surprises a reader. */
    private void operand(Expr e, StringBuilder sb) {
        if (e instanceof Expr.Cond || e instanceof Expr.Binary) {
            sb.append('(');
            one(e, sb);
            sb.append(')');
        } else {
            one(e, sb);
        }
    }

    private void template(Expr.Template t, StringBuilder s) {
        if (t.parts().size() == 1 && t.parts().get(0) instanceof Expr only) {
            one(only, s);
            return;
        }
        s.append('"');
        for (Object part : t.parts()) {
            if (part instanceof String text) {
                s.append(escape(text));
            } else {
                s.append("${");
                one((Expr) part, s);
                s.append('}');
            }
        }
        s.append('"');
    }

    private String objectKey(Expr k) {
        if (k instanceof Expr.Str s) {
            return key(s.value());
        }
        return k instanceof Expr.Ref r ? r.path() : "(" + one(k) + ")";
    }

    private static String key(String k) {
        return Names.isIdentifier(k) && !KEYWORDS.contains(k) ? k : quote(k);
    }

    /** Whether {@code s} holds nothing {@link #escape} would change. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || (c == '$' || c == '%') && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                return false;
            }
        }
        return true;
    }

    static String quote(String s) {
        return "\"" + escape(s) + "\"";
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"').append(escape(s)).append('"');
    }

    private static String escape(String s) {
        if (plain(s)) {
            return s; // most strings (names, ARNs, actions) need no escape: no copy
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '$' -> b.append(next == '{' ? "$$" : "$");
                case '%' -> b.append(next == '{' ? "%%" : "%");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}

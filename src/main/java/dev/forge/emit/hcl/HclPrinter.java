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
    private final boolean compact;

    private HclPrinter(boolean compact) {
        this.compact = compact;
    }

    /** The file's text. */
    public static String print(Body file) {
        HclPrinter p = new HclPrinter(false);
        p.body(file.items(), 0);
        String s = p.out.toString();
        return s.isEmpty() ? "" : s + "\n";
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
                line(indent).append(key).append(" ".repeat(width - key.length())).append(" = ").append(one(e.getValue()));
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
        return out.append("  ".repeat(indent));
    }

    // ---- expressions --------------------------------------------------------------------------------

    private boolean fitsOneLine(Expr e) {
        if (e instanceof Expr.ObjectOf o) {
            return o.entries().isEmpty();
        }
        if (e instanceof Expr.ListOf l) {
            return l.items().stream().allMatch(this::fitsOneLine) && one(e).length() <= WIDTH;
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
            out.append(one(e));
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
                out.append(one(c.args().get(i))).append(", ");
            }
            expr(c.args().get(c.args().size() - 1), indent);
            out.append(')');
        } else if (e instanceof Expr.For f) {
            out.append(f.key() == null ? "[" : "{ ").append(forHead(f));
            if (f.key() != null) {
                out.append(one(f.key())).append(" => ");
            }
            expr(f.value(), indent);
            if (f.condition() != null) {
                out.append(" if ").append(one(f.condition()));
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
        if (e instanceof Expr.Str s) {
            return quote(s.value());
        } else if (e instanceof Expr.Num n) {
            return n.text();
        } else if (e instanceof Expr.Bool b) {
            return Boolean.toString(b.value());
        } else if (e instanceof Expr.Null) {
            return "null";
        } else if (e instanceof Expr.Ref r) {
            return r.path();
        } else if (e instanceof Expr.Template t) {
            return template(t);
        } else if (e instanceof Expr.Call c) {
            return c.name() + "(" + String.join(", ", c.args().stream().map(this::one).toList()) + ")";
        } else if (e instanceof Expr.ListOf l) {
            return "[" + String.join(", ", l.items().stream().map(this::one).toList()) + "]";
        } else if (e instanceof Expr.ObjectOf o) {
            if (compact && !o.entries().isEmpty()) {
                return "{ " + String.join(", ", o.entries().stream().map(x -> objectKey(x.getKey()) + " = " + one(x.getValue())).toList()) + " }";
            }
            if (!o.entries().isEmpty()) {
                throw new IllegalStateException("a non-empty object spans lines");
            }
            return "{}";
        } else if (e instanceof Expr.Cond c) {
            // Comparisons bind tighter than ?: so a test needs no parentheses.
            String test = c.test() instanceof Expr.Binary ? one(c.test()) : operand(c.test());
            return test + " ? " + operand(c.then()) + " : " + operand(c.otherwise());
        } else if (e instanceof Expr.Binary b) {
            return operand(b.left()) + " " + b.op() + " " + operand(b.right());
        } else if (e instanceof Expr.Not n) {
            return "!" + operand(n.operand());
        } else if (e instanceof Expr.Index i) {
            return operand(i.target()) + "[" + one(i.key()) + "]";
        } else if (e instanceof Expr.GetAttr g) {
            return operand(g.target()) + "." + g.name();
        }
        Expr.For f = (Expr.For) e;
        return (f.key() == null ? "[" : "{ ") + forHead(f) + (f.key() == null ? "" : one(f.key()) + " => ")
                + one(f.value()) + (f.condition() == null ? "" : " if " + one(f.condition())) + (f.key() == null ? "]" : " }");
    }

    /** Operands that are themselves operations get parentheses, so precedence never surprises a reader. */
    private String operand(Expr e) {
        return e instanceof Expr.Cond || e instanceof Expr.Binary ? "(" + one(e) + ")" : one(e);
    }

    private String template(Expr.Template t) {
        if (t.parts().size() == 1 && t.parts().get(0) instanceof Expr only) {
            return one(only);
        }
        StringBuilder s = new StringBuilder("\"");
        for (Object part : t.parts()) {
            if (part instanceof String text) {
                s.append(escape(text));
            } else {
                s.append("${").append(one((Expr) part)).append('}');
            }
        }
        return s.append('"').toString();
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

    static String quote(String s) {
        return "\"" + escape(s) + "\"";
    }

    private static String escape(String s) {
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

package dev.forge.emit.hcl;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Short factories for expressions and blocks, so emitters read like the HCL they produce. */
public final class Hcl {

    private Hcl() {
    }

    public static Expr str(String s) {
        return new Expr.Str(s);
    }

    public static Expr num(long n) {
        return new Expr.Num(Long.toString(n));
    }

    public static Expr bool(boolean b) {
        return new Expr.Bool(b);
    }

    public static Expr nul() {
        return new Expr.Null();
    }

    public static Expr ref(String path) {
        return new Expr.Ref(path);
    }

    /** {@code var.name}. */
    public static Expr var(String name) {
        return new Expr.Ref("var." + name);
    }

    /** {@code local.name}. */
    public static Expr local(String name) {
        return new Expr.Ref("local." + name);
    }

    /** A template from literal {@link String} parts and interpolated {@link Expr} parts. */
    public static Expr tmpl(Object... parts) {
        return new Expr.Template(Arrays.asList(parts));
    }

    public static Expr call(String name, Expr... args) {
        return new Expr.Call(name, Arrays.asList(args));
    }

    public static Expr list(Expr... items) {
        return new Expr.ListOf(Arrays.asList(items));
    }

    public static Expr list(List<? extends Expr> items) {
        return new Expr.ListOf(new ArrayList<>(items));
    }

    public static Expr strings(List<String> items) {
        return new Expr.ListOf(items.stream().map(Hcl::str).map(Expr.class::cast).toList());
    }

    public static Expr cond(Expr test, Expr then, Expr otherwise) {
        return new Expr.Cond(test, then, otherwise);
    }

    public static Expr op(Expr left, String op, Expr right) {
        return new Expr.Binary(left, op, right);
    }

    public static Expr not(Expr e) {
        return new Expr.Not(e);
    }

    public static Expr index(Expr target, Expr key) {
        return new Expr.Index(target, key);
    }

    public static Expr index(Expr target, String key) {
        return new Expr.Index(target, str(key));
    }

    public static Expr attr(Expr target, String name) {
        return new Expr.GetAttr(target, name);
    }

    /** {@code [for v in coll : value]}. */
    public static Expr forList(String valueVar, Expr collection, Expr value) {
        return new Expr.For(null, valueVar, collection, null, value, null);
    }

    /** {@code [for v in coll : value if condition]}. */
    public static Expr forList(String valueVar, Expr collection, Expr value, Expr condition) {
        return new Expr.For(null, valueVar, collection, null, value, condition);
    }

    /** {@code {for k, v in coll : key => value}} (keyVar may be null). */
    public static Expr forMap(String keyVar, String valueVar, Expr collection, Expr key, Expr value, Expr condition) {
        return new Expr.For(keyVar, valueVar, collection, key, value, condition);
    }

    /** An object builder; {@link Obj#put} keeps insertion order. */
    public static Obj obj() {
        return new Obj();
    }

    /** An object from a map, in the map's iteration order. */
    public static Expr obj(Map<String, ? extends Expr> entries) {
        Obj o = new Obj();
        entries.forEach(o::put);
        return o.build();
    }

    public static Block block(String type, List<String> labels, Consumer<Body> fill) {
        Body b = new Body();
        fill.accept(b);
        return new Block(type, labels, b);
    }

    public static Block resource(String type, String name, Consumer<Body> fill) {
        return block("resource", List.of(type, name), fill);
    }

    public static Block data(String type, String name, Consumer<Body> fill) {
        return block("data", List.of(type, name), fill);
    }

    public static Block module(String name, Consumer<Body> fill) {
        return block("module", List.of(name), fill);
    }

    public static Block output(String name, Consumer<Body> fill) {
        return block("output", List.of(name), fill);
    }

    /** Builds an {@link Expr.ObjectOf}. */
    public static final class Obj {
        private final List<Map.Entry<Expr, Expr>> entries = new ArrayList<>();

        public Obj put(String key, Expr value) {
            entries.add(new SimpleImmutableEntry<>(str(key), value));
            return this;
        }

        /** An entry whose key is an expression (a traversal prints bare, anything else in parentheses). */
        public Obj putKey(Expr key, Expr value) {
            entries.add(new SimpleImmutableEntry<>(key, value));
            return this;
        }

        public Obj put(String key, String value) {
            return put(key, str(value));
        }

        public Obj putIf(boolean when, String key, Expr value) {
            return when ? put(key, value) : this;
        }

        public Expr build() {
            return new Expr.ObjectOf(entries);
        }
    }
}

package dev.forge.emit.hcl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The inside of a block, or a whole file: attributes, nested blocks, comments and deliberate blank lines,
 * in order. The printer puts a blank line around every nested block; {@link #blank()} separates groups of
 * attributes.
 */
public final class Body {

    /** One item of a body. */
    public sealed interface Item {
    }

    /** {@code name = value}. */
    public record Attribute(String name, Expr value) implements Item {
        public Attribute {
            Names.require(name, "an attribute name");
        }
    }

    /** A nested block. */
    public record Nested(Block block) implements Item {
    }

    /** A {@code # comment} line. */
    public record Comment(String text) implements Item {
        public Comment {
            if (text.contains("\n") || text.contains("\r")) {
                throw new IllegalArgumentException("a comment is one line");
            }
        }
    }

    /** A blank line between groups of attributes. */
    public record Blank() implements Item {
    }

    private final List<Item> items = new ArrayList<>();

    public Body attr(String name, Expr value) {
        items.add(new Attribute(name, value));
        return this;
    }

    public Body attr(String name, String value) {
        return attr(name, Hcl.str(value));
    }

    public Body attr(String name, long value) {
        return attr(name, Hcl.num(value));
    }

    public Body attr(String name, boolean value) {
        return attr(name, Hcl.bool(value));
    }

    public Body block(Block block) {
        items.add(new Nested(block));
        return this;
    }

    public Body block(String type, Consumer<Body> fill) {
        return block(Hcl.block(type, List.of(), fill));
    }

    /** {@code dynamic "name" { for_each = forEach; content { ... } }}. */
    public Body dynamic(String name, Expr forEach, Consumer<Body> content) {
        return block(Hcl.block("dynamic", List.of(name), d -> d.attr("for_each", forEach).block("content", content)));
    }

    public Body comment(String text) {
        items.add(new Comment(text));
        return this;
    }

    public Body blank() {
        items.add(new Blank());
        return this;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}

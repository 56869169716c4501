package dev.forge.spec;

import dev.forge.diag.Location;
import java.util.List;

/** A YAML sequence. */
public record ListNode(List<Node> items, Location location) implements Node {

    public ListNode {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}

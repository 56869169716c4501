package dev.forge.emit.hcl;

import java.util.List;

/** A block: {@code type "label" ... { body }}. */
public record Block(String type, List<String> labels, Body body) {

    public Block {
        if (!type.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("not a block type: '" + type + "'");
        }
        labels = List.copyOf(labels);
    }
}

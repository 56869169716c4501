package dev.forge.emit.hcl;

import java.util.List;

/** A block: {@code type "label" ... { body }}. */
public record Block(String type, List<String> labels, Body body) {

    public Block {
        Names.require(type, "a block type");
        labels = List.copyOf(labels);
    }
}

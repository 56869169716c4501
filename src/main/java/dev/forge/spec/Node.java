package dev.forge.spec;

import dev.forge.diag.Location;

/** A node of the located YAML tree: every node knows the file, line and column it came from. */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    Location location();

    /** How the node is described in errors: "a mapping", "a list", "text 'x'" ... */
    String describe();
}

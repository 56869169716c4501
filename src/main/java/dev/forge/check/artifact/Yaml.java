package dev.forge.check.artifact;

import dev.forge.spec.ListNode;
import dev.forge.spec.MapNode;
import dev.forge.spec.Node;
import dev.forge.spec.ScalarNode;
import java.util.List;
import java.util.Optional;

/** Navigation helpers over located YAML documents, for artifact rules. */
public final class Yaml {

    private Yaml() {
    }

    /** The node at {@code keys} below {@code node}, if every step is a mapping that has the key. */
    public static Optional<Node> get(Node node, String... keys) {
        Node at = node;
        for (String k : keys) {
            if (!(at instanceof MapNode m)) {
                return Optional.empty();
            }
            Optional<Node> next = m.get(k);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            at = next.get();
        }
        return Optional.of(at);
    }

    public static Optional<MapNode> map(Node node, String... keys) {
        return get(node, keys).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    }

    public static List<Node> list(Node node, String... keys) {
        return get(node, keys).filter(ListNode.class::isInstance).map(n -> ((ListNode) n).items()).orElse(List.of());
    }

    /** The scalar text at {@code keys}, if there is one. */
    public static Optional<String> text(Node node, String... keys) {
        return get(node, keys).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text());
    }

    public static boolean isTrue(Node node, String... keys) {
        return text(node, keys).map("true"::equals).orElse(false);
    }

    public static boolean isFalse(Node node, String... keys) {
        return text(node, keys).map("false"::equals).orElse(false);
    }
}

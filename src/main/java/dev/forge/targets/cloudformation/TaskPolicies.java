package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Ref;
import java.util.List;

/** The task role's statements of a service or job: what its {@code uses:} grant (the shared IAM derivation). */
final class TaskPolicies {

    private TaskPolicies() {
    }

    static List<YamlMap> statements(Stack stack, Ref principal) {
        return List.of();
    }
}

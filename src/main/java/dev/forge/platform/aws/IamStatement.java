package dev.forge.platform.aws;

import java.util.List;
import java.util.Objects;

/**
 * One Allow statement of a role's policy, target-neutral: its {@code sid}, exact actions from {@link IamActions},
 * the resources as {@link IamValue}s (never {@code *} unless every action is in {@link IamActions#STAR_RESOURCE})
 * and its conditions (none for most).
 */
public record IamStatement(String sid, List<String> actions, List<IamValue> resources, List<Condition> conditions) {

    public IamStatement {
        Objects.requireNonNull(sid, "sid");
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }

    public IamStatement(String sid, List<String> actions, List<IamValue> resources) {
        this(sid, actions, resources, List.of());
    }

    /**
     * {@code test} (an IAM condition operator such as {@code StringEquals}) on {@code key} (a condition key such as
     * {@code kms:ViaService}) against any of {@code values}. Targets render the values as a list.
     */
    public record Condition(String test, String key, List<IamValue> values) {
        public Condition {
            Objects.requireNonNull(test, "test");
            Objects.requireNonNull(key, "key");
            values = List.copyOf(values);
        }
    }
}

package dev.forge.api;

import dev.forge.model.Encryption;
import dev.forge.model.TopicSpec;
import java.util.function.Consumer;

/** Builds a {@link TopicSpec}: a publish/subscribe topic. */
public final class TopicBuilder extends SpecBuilder<TopicSpec, TopicBuilder> {

    TopicBuilder() {
        super(TopicSpec.class);
    }

    /** What is published to the topic. */
    public TopicBuilder description(String description) {
        return set("description", description);
    }

    /** First-in-first-out ordering (default false). */
    public TopicBuilder fifo(Boolean fifo) {
        return set("fifo", fifo);
    }

    /** Encryption at rest (default kms). */
    public TopicBuilder encryption(Encryption encryption) {
        return set("encryption", encryption);
    }

    /** Subscribes a queue, other fields at their defaults ({@code subscriptions: [audit]}). */
    public TopicBuilder subscription(String queue) {
        return subscription(s -> s.queue(queue));
    }

    /** Appends a queue subscription. */
    public TopicBuilder subscription(Consumer<TopicSubscriptionBuilder> edit) {
        return append("subscriptions", TopicSubscriptionBuilder::new, edit);
    }

    /** Overrides fields in one environment. */
    public TopicBuilder override(String environment, Consumer<TopicBuilder> edit) {
        return overlay(environment, TopicBuilder::new, edit);
    }
}

package dev.forge.api;

import dev.forge.model.Duration;
import dev.forge.model.Encryption;
import dev.forge.model.QueueSpec;
import java.util.function.Consumer;

/** Builds a {@link QueueSpec}: a message queue with a dead-letter queue. */
public final class QueueBuilder extends SpecBuilder<QueueSpec, QueueBuilder> {

    QueueBuilder() {
        super(QueueSpec.class);
    }

    /** What flows through the queue. */
    public QueueBuilder description(String description) {
        return set("description", description);
    }

    /** First-in-first-out (default false). */
    public QueueBuilder fifo(Boolean fifo) {
        return set("fifo", fifo);
    }

    /** How long a received message stays hidden, e.g. {@code 30s} (the default). */
    public QueueBuilder visibilityTimeout(String timeout) {
        return parse("visibilityTimeout", timeout, Duration::parse);
    }

    /** How long a received message stays hidden. */
    public QueueBuilder visibilityTimeout(Duration timeout) {
        return set("visibilityTimeout", timeout);
    }

    /** How long unprocessed messages are kept, 1m-14d (default 4d). */
    public QueueBuilder retention(String retention) {
        return parse("retention", retention, Duration::parse);
    }

    /** How long unprocessed messages are kept. */
    public QueueBuilder retention(Duration retention) {
        return set("retention", retention);
    }

    /** Receives before a message moves to the dead-letter queue (default 5). */
    public QueueBuilder maxReceives(Integer receives) {
        return set("maxReceives", receives);
    }

    /** Encryption at rest (default managed). */
    public QueueBuilder encryption(Encryption encryption) {
        return set("encryption", encryption);
    }

    /** Overrides fields in one environment. */
    public QueueBuilder override(String environment, Consumer<QueueBuilder> edit) {
        return overlay(environment, QueueBuilder::new, edit);
    }
}

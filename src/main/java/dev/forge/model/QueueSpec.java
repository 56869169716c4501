package dev.forge.model;

import java.util.Map;

/** A message queue. */
@Doc("A message queue (SQS), with a dead-letter queue for messages that keep failing.")
public record QueueSpec(
        @Doc("What flows through the queue.") String description,
        @Default("false") @Doc("First-in-first-out with exactly-once processing.") Boolean fifo,
        @Default("30s") @Range(min = 0, max = 43200)
        @Doc("How long a received message stays hidden from other consumers (at least the consumer's timeout).")
        Duration visibilityTimeout,
        @Default("4d") @Range(min = 60, max = 1209600) @Doc("How long unprocessed messages are kept (1m-14d).") Duration retention,
        @Default("5") @Range(min = 1, max = 1000) @Doc("Receives before a message moves to the dead-letter queue.") Integer maxReceives,
        @Default("managed") @Doc("Encryption at rest.") Encryption encryption,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, QueueSpec> environments) {
}

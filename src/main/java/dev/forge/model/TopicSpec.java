package dev.forge.model;

import java.util.List;
import java.util.Map;

/** A pub/sub topic. */
@Doc("A publish/subscribe topic (SNS): functions subscribe with a `topic:` trigger, queues with `subscriptions`;"
        + " publishers need `uses: [topic:NAME (publish)]`.")
public record TopicSpec(
        @Doc("What is published to the topic.") String description,
        @Default("false") @Doc("First-in-first-out ordering and deduplication (delivers to queues only, not to functions).") Boolean fifo,
        @Default("kms") @Doc("Encryption at rest.") Encryption encryption,
        @Doc("Queues that receive every message (or those matching `filter`).") List<TopicSubscriptionSpec> subscriptions,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, TopicSpec> environments) {
}

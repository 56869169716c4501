package dev.forge.api;

import dev.forge.model.TopicSubscriptionSpec;
import java.util.List;

/** Builds a {@link TopicSubscriptionSpec}: a queue subscribed to a topic. */
public final class TopicSubscriptionBuilder extends SpecBuilder<TopicSubscriptionSpec, TopicSubscriptionBuilder> {

    TopicSubscriptionBuilder() {
        super(TopicSubscriptionSpec.class);
    }

    /** The queue that receives the topic's messages (required). */
    public TopicSubscriptionBuilder queue(String queue) {
        return set("queue", queue);
    }

    /** Adds a filter: only messages whose attribute has one of these values. */
    public TopicSubscriptionBuilder filter(String attribute, String... values) {
        return put("filter", attribute, values == null ? null : List.of(values));
    }

    /** Deliver the message as published, without SNS's JSON envelope (default true). */
    public TopicSubscriptionBuilder raw(Boolean raw) {
        return set("raw", raw);
    }
}

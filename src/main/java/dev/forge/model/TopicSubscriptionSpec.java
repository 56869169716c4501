package dev.forge.model;

import java.util.List;
import java.util.Map;

/** A queue subscribed to a topic. */
@Shorthand("queue")
@Doc("A queue subscribed to a topic (`audit` alone sets just `queue`).")
public record TopicSubscriptionSpec(
        @Required @Format(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT) @Example("audit")
        @Doc("The queue that receives the topic's messages.") String queue,
        @Example("{ type: [order-created] }")
        @Doc("Only messages whose attributes match (SNS filter policy: attribute to allowed values).")
        Map<String, List<String>> filter,
        @Default("true") @Doc("Deliver the message as published, without SNS's JSON envelope.") Boolean raw) {
}

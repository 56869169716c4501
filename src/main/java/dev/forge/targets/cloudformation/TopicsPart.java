package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Encryption;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.TopicSpec;
import dev.forge.model.TopicSubscriptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Topics: {@code AWS::SNS::Topic} (FIFO with content-based deduplication), encrypted with the AWS-managed
 * {@code aws/sns} key or a customer key {@code <id>Key}; queues subscribed to them ({@code <id>Subscription<Queue>},
 * raw delivery and filter policies as the spec says) and one {@code <queue id>Policy} per such queue letting only
 * those topics send. As terraform-aws's sns module and its queue subscriptions.
 */
final class TopicsPart implements Part {

    @Override
    public void build(Stack stack) {
        Map<String, List<String>> topicsByQueue = new TreeMap<>();
        new TreeMap<>(stack.env().spec().topics()).forEach((name, t) -> {
            topic(stack, name, t);
            for (TopicSubscriptionSpec sub : t.subscriptions() == null ? List.<TopicSubscriptionSpec>of() : t.subscriptions()) {
                String topic = Stack.logicalId(Kind.TOPIC, name);
                YamlMap p = YamlMap.of("TopicArn", Fn.ref(topic), "Protocol", "sqs",
                        "Endpoint", Fn.getAtt(Stack.logicalId(Kind.QUEUE, sub.queue()), "Arn"),
                        "RawMessageDelivery", !Boolean.FALSE.equals(sub.raw()));
                if (sub.filter() != null && !sub.filter().isEmpty()) {
                    p.put("FilterPolicy", filterPolicy(sub.filter()));
                }
                stack.template().add(topic + "Subscription" + Stack.camel(sub.queue()), "AWS::SNS::Subscription", p);
                topicsByQueue.computeIfAbsent(sub.queue(), k -> new ArrayList<>()).add(name);
            }
        });
        topicsByQueue.forEach((queue, topics) -> {
            String q = Stack.logicalId(Kind.QUEUE, queue);
            stack.template().add(q + "Policy", "AWS::SQS::QueuePolicy", YamlMap.of("Queues", YamlList.of(Fn.ref(q)),
                    "PolicyDocument", YamlMap.of("Version", "2012-10-17", "Statement", YamlList.of(YamlMap.of(
                            "Sid", "TopicsSend", "Effect", "Allow",
                            "Principal", YamlMap.of("Service", "sns.amazonaws.com"),
                            "Action", "sqs:SendMessage",
                            "Resource", Fn.getAtt(q, "Arn"),
                            "Condition", YamlMap.of("ArnEquals", YamlMap.of("aws:SourceArn", YamlList.copyOf(topics.stream()
                                    .map(t -> Fn.ref(Stack.logicalId(Kind.TOPIC, t))).toList()))))))));
        });
    }

    private static void topic(Stack stack, String name, TopicSpec t) {
        Ref ref = new Ref(Kind.TOPIC, name);
        boolean fifo = Boolean.TRUE.equals(t.fifo());
        YamlMap p = YamlMap.of("TopicName", stack.physicalName(Kind.TOPIC, name) + (fifo ? ".fifo" : ""));
        if (fifo) {
            p.put("FifoTopic", true);
            p.put("ContentBasedDeduplication", true);
        }
        // FORGE rule: topics encrypted at rest (SNS has no service-owned key: managed is the aws/sns key too)
        p.put("KmsMasterKeyId", t.encryption() == Encryption.CUSTOMER_KMS
                ? Keys.customerKey(stack, ref, t.encryption(), "SNS topic") : "alias/aws/sns");
        stack.template().add(Stack.logicalId(ref), "AWS::SNS::Topic", p);
        stack.template().output(Stack.logicalId(ref) + "Arn", "ARN of topic " + name, Fn.ref(Stack.logicalId(ref)), null);
    }

    /** An SNS filter policy: attribute to allowed values, attributes sorted. */
    static YamlMap filterPolicy(Map<String, List<String>> filter) {
        YamlMap m = new YamlMap();
        new TreeMap<>(filter).forEach((k, v) -> m.put(k, YamlList.copyOf(v)));
        return m;
    }
}

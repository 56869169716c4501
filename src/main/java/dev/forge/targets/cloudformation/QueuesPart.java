package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Encryption;
import dev.forge.model.Kind;
import dev.forge.model.QueueSpec;
import dev.forge.model.Ref;
import java.util.TreeMap;

/**
 * Queues: {@code AWS::SQS::Queue} and its dead-letter queue {@code <id>DeadLetterQueue} (14 days' retention, receiving
 * after {@code max-receives} failed receives; only this queue may redrive into it), encrypted with SQS-managed keys,
 * the AWS-managed key or a customer key {@code <id>Key}, as terraform-aws's sqs module.
 */
final class QueuesPart implements Part {

    /** Two weeks: the longest SQS keeps a message. */
    static final int DLQ_RETENTION_SECONDS = 1_209_600;

    @Override
    public void build(Stack stack) {
        new TreeMap<>(stack.env().spec().queues()).forEach((name, q) -> queue(stack, name, q));
    }

    private static void queue(Stack stack, String name, QueueSpec q) {
        Ref ref = new Ref(Kind.QUEUE, name);
        String id = Stack.logicalId(ref);
        boolean fifo = Boolean.TRUE.equals(q.fifo());
        String suffix = fifo ? ".fifo" : "";
        String physical = stack.physicalName(Kind.QUEUE, name);
        Object key = Keys.kmsKeyId(stack, ref, q.encryption(), "alias/aws/sqs", "SQS queue");
        YamlMap dlq = YamlMap.of("QueueName", physical + "-dlq" + suffix);
        if (fifo) {
            dlq.put("FifoQueue", true);
        }
        dlq.put("MessageRetentionPeriod", DLQ_RETENTION_SECONDS);
        encryption(dlq, q.encryption(), key);
        // only the main queue may move messages here (its ARN spelled out: a GetAtt would be a cycle)
        dlq.put("RedriveAllowPolicy", YamlMap.of("redrivePermission", "byQueue", "sourceQueueArns",
                YamlList.of(Fn.sub("arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:" + physical + suffix))));
        Data.keep(stack, stack.template().add(id + "DeadLetterQueue", "AWS::SQS::Queue", dlq));
        YamlMap p = YamlMap.of("QueueName", physical + suffix);
        if (fifo) {
            p.put("FifoQueue", true);
        }
        p.put("VisibilityTimeout", (int) q.visibilityTimeout().seconds());
        p.put("MessageRetentionPeriod", (int) q.retention().seconds());
        encryption(p, q.encryption(), key);
        p.put("RedrivePolicy", YamlMap.of("deadLetterTargetArn", Fn.getAtt(id + "DeadLetterQueue", "Arn"),
                "maxReceiveCount", q.maxReceives()));
        Data.keep(stack, stack.template().add(id, "AWS::SQS::Queue", p));
        stack.template().output(id + "Url", "URL of queue " + name, Fn.ref(id), null);
    }

    /** FORGE rule: queues encrypted at rest. */
    static void encryption(YamlMap p, Encryption encryption, Object key) {
        if (encryption == Encryption.MANAGED) {
            p.put("SqsManagedSseEnabled", true);
        } else {
            p.put("KmsMasterKeyId", key);
        }
    }
}

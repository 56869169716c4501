package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.BucketEvent;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Schedule;
import dev.forge.model.StreamStart;
import dev.forge.model.TriggerSpec;
import dev.forge.platform.aws.AwsDefaults;
import dev.forge.platform.aws.IamPolicies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What runs functions besides an API, as terraform-aws renders it: event source mappings for queues and table
 * streams, EventBridge Scheduler schedules (each with its own role, from this account only), S3 notifications on the
 * bucket (one configuration per bucket) and SNS subscriptions, each with the Lambda permission it needs on the alias
 * {@code live}. Trigger number {@code i} (from 1, in the function's {@code triggers:}) of function {@code <id>} is
 * {@code <id>Trigger<i>}; a schedule or stream that names no dead-letter queue gets {@code <id>Trigger<i>DeadLetterQueue}.
 */
final class TriggersPart implements Part {

    @Override
    public void build(Stack stack) {
        Map<String, List<Object[]>> byBucket = new TreeMap<>();
        new TreeMap<>(stack.env().spec().functions()).forEach((name, f) -> {
            List<TriggerSpec> triggers = f.triggers() == null ? List.of() : f.triggers();
            int schedules = 0;
            for (int i = 0; i < triggers.size(); i++) {
                TriggerSpec t = triggers.get(i);
                String id = Stack.logicalId(Kind.FUNCTION, name) + "Trigger" + (i + 1);
                // physical names as terraform-aws's: <function>-schedule-<n>, <function>-table-<table>-dlq
                String kind = t.type().name().toLowerCase(java.util.Locale.ROOT);
                String suffix = t.type() == TriggerSpec.Type.SCHEDULE ? kind + "-" + (++schedules) : kind + "-" + t.source().name();
                switch (t.type()) {
                    case QUEUE -> queue(stack, name, id, t);
                    case TABLE -> stream(stack, name, id, suffix, t);
                    case SCHEDULE -> schedule(stack, name, id, suffix, t, i);
                    case TOPIC -> topic(stack, name, id, t);
                    case BUCKET -> byBucket.computeIfAbsent(t.bucket(), k -> new ArrayList<>()).add(new Object[] {name, id, t});
                }
            }
        });
        byBucket.forEach((bucket, entries) -> bucket(stack, bucket, entries));
    }

    /** The logical ID of the failure queue of trigger {@code index} (from 0) of {@code function} Forge creates. */
    static String failureQueue(String function, int index) {
        return Stack.logicalId(Kind.FUNCTION, function) + "Trigger" + (index + 1) + "DeadLetterQueue";
    }

    private static Object alias(String function) {
        return Fn.ref(Stack.logicalId(Kind.FUNCTION, function) + "Alias");
    }

    private static Object failureQueueArn(Stack stack, String function, String id, String suffix, TriggerSpec t, String what) {
        if (t.deadLetterQueue() != null) {
            return Fn.getAtt(Stack.logicalId(Kind.QUEUE, t.deadLetterQueue()), "Arn");
        }
        String name = Names.fit(stack.physicalName(Kind.FUNCTION, function) + "-" + suffix + "-dlq", 80);
        stack.template().add(id + "DeadLetterQueue", "AWS::SQS::Queue", YamlMap.of("QueueName", name,
                        "MessageRetentionPeriod", (int) AwsDefaults.DEAD_LETTER_RETENTION_SECONDS,
                        "SqsManagedSseEnabled", true)) // FORGE rule: queues encrypted at rest
                .suppressGuard("sqs_dlq_check", "CT.SQS.PR.2: this is itself the dead-letter queue of " + what);
        return Fn.getAtt(id + "DeadLetterQueue", "Arn");
    }

    private static void queue(Stack stack, String function, String id, TriggerSpec t) {
        YamlMap p = YamlMap.of("FunctionName", alias(function),
                "EventSourceArn", Fn.getAtt(Stack.logicalId(Kind.QUEUE, t.queue()), "Arn"),
                "BatchSize", t.batchSize() == null ? 10 : t.batchSize());
        if (t.batchingWindow() != null) {
            p.put("MaximumBatchingWindowInSeconds", (int) t.batchingWindow().seconds());
        }
        if (!Boolean.FALSE.equals(t.partialFailures())) {
            p.put("FunctionResponseTypes", YamlList.of("ReportBatchItemFailures"));
        }
        if (t.maxConcurrency() != null) {
            p.put("ScalingConfig", YamlMap.of("MaximumConcurrency", t.maxConcurrency()));
        }
        // the mapping is checked against the role when created: its policy first
        stack.template().add(id, "AWS::Lambda::EventSourceMapping", p)
                .dependsOn(Stack.logicalId(Kind.FUNCTION, function) + "RolePolicy");
    }

    private static void stream(Stack stack, String function, String id, String suffix, TriggerSpec t) {
        Object failures = failureQueueArn(stack, function, id, suffix, t, "the stream of table " + t.table() + " sent to function " + function);
        YamlMap p = YamlMap.of("FunctionName", alias(function),
                "EventSourceArn", Fn.getAtt(Stack.logicalId(Kind.TABLE, t.table()), "StreamArn"),
                "StartingPosition", t.start() == StreamStart.TRIM_HORIZON ? "TRIM_HORIZON" : "LATEST",
                "BatchSize", t.batchSize() == null ? 100 : t.batchSize());
        if (t.batchingWindow() != null) {
            p.put("MaximumBatchingWindowInSeconds", (int) t.batchingWindow().seconds());
        }
        p.put("BisectBatchOnFunctionError", !Boolean.FALSE.equals(t.bisect()));
        p.put("MaximumRetryAttempts", t.retries() == null ? 3 : t.retries());
        p.put("MaximumRecordAgeInSeconds", t.maxAge() == null ? 3600 : (int) t.maxAge().seconds());
        if (!Boolean.FALSE.equals(t.partialFailures())) {
            p.put("FunctionResponseTypes", YamlList.of("ReportBatchItemFailures"));
        }
        p.put("DestinationConfig", YamlMap.of("OnFailure", YamlMap.of("Destination", failures)));
        stack.template().add(id, "AWS::Lambda::EventSourceMapping", p)
                .dependsOn(Stack.logicalId(Kind.FUNCTION, function) + "RolePolicy");
    }

    private static void schedule(Stack stack, String function, String id, String suffix, TriggerSpec t, int index) {
        String expression;
        try {
            expression = Schedule.parse(t.schedule()).aws();
        } catch (Schedule.Invalid ex) {
            throw new IllegalStateException("schedule of function " + function + " passed validation: " + ex.getMessage(), ex);
        }
        Object failures = failureQueueArn(stack, function, id, suffix, t, "schedule " + expression + " of function " + function);
        // IAM role and schedule names: at most 64 characters
        String name = Names.fit(stack.physicalName(Kind.FUNCTION, function) + "-" + suffix, 64);
        stack.template().add(id + "Role", "AWS::IAM::Role", YamlMap.of("RoleName", name,
                "Description", "Schedule " + expression + " of function " + function,
                "AssumeRolePolicyDocument", IamRender.serviceTrust("TrustScheduler", "scheduler.amazonaws.com"),
                // the shared derivation: invoke the alias live, send failures to the queue (and encrypt for it)
                "Policies", YamlList.of(YamlMap.of("PolicyName", "least-privilege",
                        "PolicyDocument", IamRender.document(stack, IamPolicies.schedule(stack.env(), function, index))))));
        YamlMap target = YamlMap.of("Arn", alias(function), "RoleArn", Fn.getAtt(id + "Role", "Arn"),
                "Input", t.payload() == null ? "{}" : t.payload(),
                "RetryPolicy", YamlMap.of("MaximumRetryAttempts", t.retries() == null ? 2 : t.retries(),
                        "MaximumEventAgeInSeconds", t.maxAge() == null ? 3600 : (int) t.maxAge().seconds()),
                "DeadLetterConfig", YamlMap.of("Arn", failures));
        stack.template().add(id, "AWS::Scheduler::Schedule", YamlMap.of("Name", name,
                "Description", "Runs function " + function + " (" + t.schedule() + ")",
                "ScheduleExpression", expression,
                "ScheduleExpressionTimezone", t.timezone() == null ? "UTC" : t.timezone(),
                "FlexibleTimeWindow", YamlMap.of("Mode", "OFF"),
                "Target", target));
    }

    private static Resource permission(Stack stack, String id, String function, String principal, Object sourceArn,
                                       boolean account) {
        YamlMap p = YamlMap.of("Action", "lambda:InvokeFunction", "FunctionName", alias(function),
                "Principal", principal, "SourceArn", sourceArn);
        if (account) {
            // A bucket ARN names no account: without this, a bucket of that name in another account could invoke.
            p.put("SourceAccount", Fn.ACCOUNT);
        }
        return stack.template().add(id, "AWS::Lambda::Permission", p);
    }

    private static void topic(Stack stack, String function, String id, TriggerSpec t) {
        String topic = Stack.logicalId(Kind.TOPIC, t.topic());
        permission(stack, id + "Permission", function, "sns.amazonaws.com", Fn.ref(topic), false);
        YamlMap p = YamlMap.of("TopicArn", Fn.ref(topic), "Protocol", "lambda", "Endpoint", alias(function));
        if (t.filter() != null && !t.filter().isEmpty()) {
            p.put("FilterPolicy", TopicsPart.filterPolicy(t.filter()));
        }
        stack.template().add(id, "AWS::SNS::Subscription", p).dependsOn(id + "Permission");
    }

    /**
     * Every function a bucket runs: one permission per function (from this bucket, in this account) and the
     * bucket's notification configuration (S3 takes one per bucket), written on the bucket after its permissions.
     */
    private static void bucket(Stack stack, String bucket, List<Object[]> entries) {
        String bucketId = Stack.logicalId(Kind.BUCKET, bucket);
        Resource b = stack.template().resource(bucketId);
        // the bucket's ARN spelled out: a GetAtt would be a cycle (the bucket waits for the permission)
        Object arn = Fn.join("", List.of("arn:", Fn.PARTITION, ":s3:::" + stack.physicalName(Kind.BUCKET, bucket)));
        Map<String, String> perFunction = new LinkedHashMap<>();
        entries.forEach(e -> perFunction.putIfAbsent((String) e[0], (String) e[1]));
        perFunction.forEach((function, id) -> {
            permission(stack, id + "Permission", function, "s3.amazonaws.com", arn, true)
                    .suppressGuard("lambda_function_public_access_prohibited_check", "CT.LAMBDA.PR.2: only S3, for bucket "
                            + bucket + " of this stack in this account (SourceArn spelled out, since a GetAtt would be a"
                            + " dependency cycle with the bucket's notification, and SourceAccount set)");
            b.dependsOn(id + "Permission");
        });
        YamlList configurations = new YamlList();
        for (Object[] e : entries) {
            TriggerSpec t = (TriggerSpec) e[2];
            List<BucketEvent> events = t.events() == null || t.events().isEmpty() ? List.of(BucketEvent.CREATED) : t.events();
            for (BucketEvent ev : events) {
                YamlMap c = YamlMap.of("Event", ev == BucketEvent.CREATED ? "s3:ObjectCreated:*" : "s3:ObjectRemoved:*",
                        "Function", alias((String) e[0]));
                YamlList rules = new YamlList();
                if (t.prefix() != null) {
                    rules.add(YamlMap.of("Name", "prefix", "Value", t.prefix()));
                }
                if (t.suffix() != null) {
                    rules.add(YamlMap.of("Name", "suffix", "Value", t.suffix()));
                }
                if (!rules.isEmpty()) {
                    c.put("Filter", YamlMap.of("S3Key", YamlMap.of("Rules", rules)));
                }
                configurations.add(c);
            }
        }
        b.properties().put("NotificationConfiguration", YamlMap.of("LambdaConfigurations", configurations));
    }
}

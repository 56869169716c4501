package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.strings;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.model.BucketEvent;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Schedule;
import dev.forge.model.Spec;
import dev.forge.model.StreamStart;
import dev.forge.model.TopicSpec;
import dev.forge.model.TopicSubscriptionSpec;
import dev.forge.model.TriggerSpec;
import dev.forge.platform.aws.IamActions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Functions' triggers and topics in an environment root: event source mappings (queues, table streams), EventBridge
 * Scheduler schedules with their own roles, one S3 notification per bucket, SNS subscriptions (functions and
 * queues), the Lambda permissions each service needs to invoke the alias {@code live}, and the dead-letter queues
 * Forge creates for schedules and streams that name none.
 */
final class RootTriggers {

    /** Two weeks: the longest SQS keeps a message, so a failure is not lost before someone looks. */
    static final long DLQ_RETENTION_SECONDS = 1_209_600;

    private RootTriggers() {
    }

    /** One trigger of one function, with its resource label and (for schedules) its number among the function's. */
    record Entry(String function, TriggerSpec trigger, String label) {

        Ref fn() {
            return new Ref(Kind.FUNCTION, function);
        }
    }

    /** Every trigger of the environment's functions, functions by name, triggers in the spec's order. */
    static List<Entry> entries(Spec s) {
        List<Entry> out = new ArrayList<>();
        java.util.Set<String> labels = new java.util.HashSet<>();
        new TreeMap<>(s.functions()).forEach((name, f) -> {
            int schedules = 0;
            for (TriggerSpec t : f.triggers() == null ? List.<TriggerSpec>of() : f.triggers()) {
                String kind = t.type().name().toLowerCase(Locale.ROOT);
                String label = t.type() == TriggerSpec.Type.SCHEDULE
                        ? Root.label(name) + "_schedule_" + (++schedules)
                        : Root.label(name) + "_" + kind + "_" + Root.label(t.source().name());
                String unique = label;
                for (int n = 2; !labels.add(unique); n++) {
                    unique = label + "_" + n;
                }
                out.add(new Entry(name, t, unique));
            }
        });
        return out;
    }

    /** Whether a trigger sends what failed every retry to a dead-letter queue (schedules and streams). */
    static boolean hasFailureQueue(TriggerSpec t) {
        return t.type() == TriggerSpec.Type.SCHEDULE || t.type() == TriggerSpec.Type.TABLE;
    }

    /** ARN of the queue that receives a schedule's or a stream's failures: the one the spec names or Forge's own. */
    static Expr failureQueueArn(Entry e) {
        return e.trigger().deadLetterQueue() != null
                ? Refs.out(new Ref(Kind.QUEUE, e.trigger().deadLetterQueue()), "queue_arn")
                : ref("aws_sqs_queue." + e.label() + "_dlq.arn");
    }

    /** The triggers of one function on one table (its stream statements need their failure queues). */
    static List<Entry> streamTriggers(Root root, String function, String table) {
        return root.triggers().stream().filter(e -> e.function().equals(function)
                && e.trigger().type() == TriggerSpec.Type.TABLE && e.trigger().table().equals(table)).toList();
    }

    static void add(Root root) {
        Spec s = root.env.spec();
        Map<String, List<Entry>> byBucket = new TreeMap<>();
        for (Entry e : root.triggers()) {
            switch (e.trigger().type()) {
                case QUEUE -> queue(root, e);
                case TABLE -> stream(root, e);
                case SCHEDULE -> schedule(root, e);
                case TOPIC -> topic(root, e);
                case BUCKET -> byBucket.computeIfAbsent(e.trigger().bucket(), k -> new ArrayList<>()).add(e);
            }
        }
        byBucket.forEach((bucket, es) -> bucket(root, bucket, es));
        new TreeMap<>(Modules.orEmpty(s.topics())).forEach((name, t) -> root.module(new Ref(Kind.TOPIC, name),
                SnsModule.NAME, b -> b
                        .attr("name", root.env.naming().base(name))
                        .attr("fifo", Boolean.TRUE.equals(t.fifo()))
                        .attr("encryption", t.encryption().spelling())));
        queueSubscriptions(root, s);
    }

    private static void resource(Root root, String type, String label, java.util.function.Consumer<Body> fill) {
        root.main.block(Hcl.resource(type, label, fill));
    }

    private static Expr alias(Entry e) {
        return Refs.out(e.fn(), "alias_arn");
    }

    private static void queue(Root root, Entry e) {
        TriggerSpec t = e.trigger();
        resource(root, "aws_lambda_event_source_mapping", e.label(), b -> {
            b.comment("Messages of queue " + t.queue() + " to function " + e.function() + " (its alias live).")
                    .attr("function_name", alias(e))
                    .attr("event_source_arn", Refs.out(new Ref(Kind.QUEUE, t.queue()), "queue_arn"))
                    .attr("batch_size", t.batchSize() == null ? 10 : t.batchSize());
            if (t.batchingWindow() != null) {
                b.attr("maximum_batching_window_in_seconds", t.batchingWindow().seconds());
            }
            if (!Boolean.FALSE.equals(t.partialFailures())) {
                b.attr("function_response_types", strings(List.of("ReportBatchItemFailures")));
            }
            if (t.maxConcurrency() != null) {
                b.block("scaling_config", c -> c.attr("maximum_concurrency", t.maxConcurrency()));
            }
        });
    }

    private static void failureQueue(Root root, Entry e, String what) {
        if (e.trigger().deadLetterQueue() != null) {
            return;
        }
        resource(root, "aws_sqs_queue", e.label() + "_dlq", b -> b
                .comment("What " + what + " failed every retry (kept 14 days).")
                .attr("name", fit(root.env.naming().base(e.function()) + "-" + dlqSuffix(e), 80))
                .attr("message_retention_seconds", DLQ_RETENTION_SECONDS)
                .comment("FORGE rule: queues encrypted at rest.")
                .attr("sqs_managed_sse_enabled", true));
    }

    /**
     * A derived name within a service's limit: as is when it fits, else cut and ended with 8 hex digits of its SHA-256,
     * so two long names that share a beginning stay distinct and the same spec always gives the same name.
     */
    static String fit(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        String hex = dev.forge.util.Hashing.sha256(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 8);
        return name.substring(0, max - 9).replaceAll("-+$", "") + "-" + hex;
    }

    private static String dlqSuffix(Entry e) {
        String kind = e.trigger().type().name().toLowerCase(Locale.ROOT);
        String rest = e.label().substring(Root.label(e.function()).length() + 1 + kind.length());
        return kind + rest.replace('_', '-') + "-dlq";
    }

    private static void stream(Root root, Entry e) {
        TriggerSpec t = e.trigger();
        failureQueue(root, e, "the stream of table " + t.table() + " sent to function " + e.function());
        resource(root, "aws_lambda_event_source_mapping", e.label(), b -> {
            b.comment("Changes of table " + t.table() + " to function " + e.function() + " (its alias live).")
                    .attr("function_name", alias(e))
                    .attr("event_source_arn", Refs.out(new Ref(Kind.TABLE, t.table()), "table_stream_arn"))
                    .attr("starting_position", t.start() == StreamStart.TRIM_HORIZON ? "TRIM_HORIZON" : "LATEST")
                    .attr("batch_size", t.batchSize() == null ? 100 : t.batchSize());
            if (t.batchingWindow() != null) {
                b.attr("maximum_batching_window_in_seconds", t.batchingWindow().seconds());
            }
            b.attr("bisect_batch_on_function_error", !Boolean.FALSE.equals(t.bisect()))
                    .attr("maximum_retry_attempts", t.retries() == null ? 3 : t.retries())
                    .attr("maximum_record_age_in_seconds", t.maxAge() == null ? 3600 : t.maxAge().seconds());
            if (!Boolean.FALSE.equals(t.partialFailures())) {
                b.attr("function_response_types", strings(List.of("ReportBatchItemFailures")));
            }
            b.block("destination_config", d -> d.block("on_failure", f -> f.attr("destination_arn", failureQueueArn(e))));
        });
    }

    private static void schedule(Root root, Entry e) {
        TriggerSpec t = e.trigger();
        String expression;
        try {
            expression = Schedule.parse(t.schedule()).aws();
        } catch (Schedule.Invalid ex) {
            throw new IllegalStateException("schedule of function " + e.function() + " passed validation: " + ex.getMessage(), ex);
        }
        // IAM role and schedule names: at most 64 characters
        String name = fit(root.env.naming().base(e.function()) + "-" + dlqSuffix(e).replaceAll("-dlq$", ""), 64);
        failureQueue(root, e, "schedule " + expression + " of function " + e.function());
        Expr account = root.data("aws_caller_identity", "account_id");
        resource(root, "aws_iam_role", e.label(), b -> b
                .comment("Assumed by EventBridge Scheduler for this schedule only, from this account only.")
                .attr("name", name)
                .attr("description", "Schedule " + expression + " of function " + e.function())
                .attr("assume_role_policy", call("jsonencode", obj()
                        .put("Version", "2012-10-17")
                        .put("Statement", list(obj()
                                .put("Sid", "TrustScheduler")
                                .put("Effect", "Allow")
                                .put("Principal", obj().put("Service", "scheduler.amazonaws.com").build())
                                .put("Action", "sts:AssumeRole")
                                .put("Condition", obj().put("StringEquals", obj()
                                        .put("aws:SourceAccount", account).build()).build()).build())).build())));
        List<Expr> statements = new ArrayList<>(List.of(
                obj().put("Sid", "InvokeFunction").put("Effect", "Allow")
                        .put("Action", strings(IamActions.FUNCTION_INVOKE))
                        .put("Resource", list(alias(e))).build(),
                obj().put("Sid", "SendToDeadLetterQueue").put("Effect", "Allow")
                        .put("Action", strings(IamActions.DLQ_SEND))
                        .put("Resource", list(failureQueueArn(e))).build()));
        String dlq = t.deadLetterQueue();
        if (dlq != null && root.env.spec().queues().get(dlq).encryption() == dev.forge.model.Encryption.CUSTOMER_KMS) {
            // a dead-letter queue under a customer key: sending encrypts, through SQS only
            statements.add(obj().put("Sid", "EncryptForDeadLetterQueue").put("Effect", "Allow")
                    .put("Action", strings(IamActions.KMS_ENCRYPT))
                    .put("Resource", list(Refs.out(new Ref(Kind.QUEUE, dlq), "queue_kms_key_arn")))
                    .put("Condition", obj().put("StringEquals", obj().put("kms:ViaService",
                            "sqs." + root.env.environment().region() + ".amazonaws.com").build()).build()).build());
        }
        resource(root, "aws_iam_role_policy", e.label(), b -> b
                .attr("name", name + "-least-privilege")
                .attr("role", ref("aws_iam_role." + e.label() + ".id"))
                .attr("policy", call("jsonencode", obj()
                        .put("Version", "2012-10-17")
                        .put("Statement", list(statements)).build())));
        resource(root, "aws_scheduler_schedule", e.label(), b -> b
                .attr("name", name)
                .attr("description", "Runs function " + e.function() + " (" + t.schedule() + ")")
                .attr("schedule_expression", expression)
                .attr("schedule_expression_timezone", t.timezone() == null ? "UTC" : t.timezone())
                .block("flexible_time_window", w -> w.attr("mode", "OFF"))
                .block("target", g -> g
                        .attr("arn", alias(e))
                        .attr("role_arn", ref("aws_iam_role." + e.label() + ".arn"))
                        .attr("input", t.payload() == null ? "{}" : t.payload())
                        .block("retry_policy", r -> r
                                .attr("maximum_retry_attempts", t.retries() == null ? 2 : t.retries())
                                .attr("maximum_event_age_in_seconds", t.maxAge() == null ? 3600 : t.maxAge().seconds()))
                        .block("dead_letter_config", d -> d.attr("arn", failureQueueArn(e))))
                .blank()
                .attr("depends_on", list(ref("aws_iam_role_policy." + e.label()))));
    }

    private static void permission(Root root, String label, Entry e, String principal, Expr sourceArn, boolean account) {
        resource(root, "aws_lambda_permission", label, b -> {
            b.attr("statement_id", "Allow" + principal.substring(0, principal.indexOf('.')).toUpperCase(Locale.ROOT)
                            + Policies.camel(e.trigger().source().name()))
                    .attr("action", "lambda:InvokeFunction")
                    .attr("function_name", Refs.out(e.fn(), "function_name"))
                    .attr("qualifier", Refs.out(e.fn(), "alias_name"))
                    .attr("principal", principal)
                    .attr("source_arn", sourceArn);
            if (account) {
                // A bucket ARN names no account: without this, a bucket of that name in another account could invoke.
                b.attr("source_account", root.data("aws_caller_identity", "account_id"));
            }
        });
    }

    private static void bucket(Root root, String bucket, List<Entry> entries) {
        Ref b = new Ref(Kind.BUCKET, bucket);
        Map<String, Entry> perFunction = new LinkedHashMap<>();
        entries.forEach(e -> perFunction.putIfAbsent(e.function(), e));
        List<Expr> permissions = new ArrayList<>();
        perFunction.values().forEach(e -> {
            String label = Root.label(e.function()) + "_bucket_" + Root.label(bucket);
            permission(root, label, e, "s3.amazonaws.com", Refs.out(b, "bucket_arn"), true);
            permissions.add(ref("aws_lambda_permission." + label));
        });
        resource(root, "aws_s3_bucket_notification", "bucket_" + Root.label(bucket), n -> {
            n.comment("Every function bucket " + bucket + " runs (S3 takes one notification configuration per bucket).")
                    .attr("bucket", Refs.out(b, "bucket_name"));
            for (Entry e : entries) {
                TriggerSpec t = e.trigger();
                List<BucketEvent> events = t.events() == null || t.events().isEmpty() ? List.of(BucketEvent.CREATED) : t.events();
                n.block("lambda_function", l -> {
                    l.attr("lambda_function_arn", alias(e))
                            .attr("events", strings(events.stream().map(ev -> ev == BucketEvent.CREATED
                                    ? "s3:ObjectCreated:*" : "s3:ObjectRemoved:*").toList()));
                    if (t.prefix() != null) {
                        l.attr("filter_prefix", t.prefix());
                    }
                    if (t.suffix() != null) {
                        l.attr("filter_suffix", t.suffix());
                    }
                });
            }
            n.blank().attr("depends_on", list(permissions));
        });
    }

    private static void topic(Root root, Entry e) {
        TriggerSpec t = e.trigger();
        Ref topic = new Ref(Kind.TOPIC, t.topic());
        permission(root, e.label(), e, "sns.amazonaws.com", Refs.out(topic, "topic_arn"), false);
        resource(root, "aws_sns_topic_subscription", e.label(), b -> {
            b.attr("topic_arn", Refs.out(topic, "topic_arn"))
                    .attr("protocol", "lambda")
                    .attr("endpoint", alias(e));
            if (t.filter() != null && !t.filter().isEmpty()) {
                b.attr("filter_policy", filterPolicy(t.filter()));
            }
            b.blank().attr("depends_on", list(ref("aws_lambda_permission." + e.label())));
        });
    }

    static Expr filterPolicy(Map<String, List<String>> filter) {
        Hcl.Obj o = obj();
        new TreeMap<>(filter).forEach((k, v) -> o.put(k, strings(v)));
        return call("jsonencode", o.build());
    }

    /** Queues subscribed to topics: a subscription each, and one queue policy per queue naming every such topic. */
    private static void queueSubscriptions(Root root, Spec s) {
        Map<String, List<String>> topicsByQueue = new TreeMap<>();
        new TreeMap<>(Modules.orEmpty(s.topics())).forEach((name, t) -> {
            for (TopicSubscriptionSpec sub : subscriptions(t)) {
                Ref topic = new Ref(Kind.TOPIC, name);
                Ref queue = new Ref(Kind.QUEUE, sub.queue());
                resource(root, "aws_sns_topic_subscription", "topic_" + Root.label(name) + "_queue_" + Root.label(sub.queue()), b -> {
                    b.attr("topic_arn", Refs.out(topic, "topic_arn"))
                            .attr("protocol", "sqs")
                            .attr("endpoint", Refs.out(queue, "queue_arn"))
                            .attr("raw_message_delivery", !Boolean.FALSE.equals(sub.raw()));
                    if (sub.filter() != null && !sub.filter().isEmpty()) {
                        b.attr("filter_policy", filterPolicy(sub.filter()));
                    }
                });
                topicsByQueue.computeIfAbsent(sub.queue(), k -> new ArrayList<>()).add(name);
            }
        });
        topicsByQueue.forEach((queue, topics) -> {
            Ref q = new Ref(Kind.QUEUE, queue);
            resource(root, "aws_sqs_queue_policy", "queue_" + Root.label(queue), b -> b
                    .comment("Only the topics subscribed to queue " + queue + " may send to it.")
                    .attr("queue_url", Refs.out(q, "queue_url"))
                    .attr("policy", call("jsonencode", obj()
                            .put("Version", "2012-10-17")
                            .put("Statement", list(obj()
                                    .put("Sid", "TopicsSend")
                                    .put("Effect", "Allow")
                                    .put("Principal", obj().put("Service", "sns.amazonaws.com").build())
                                    .put("Action", "sqs:SendMessage")
                                    .put("Resource", Refs.out(q, "queue_arn"))
                                    .put("Condition", obj().put("ArnEquals", obj().put("aws:SourceArn", list(topics.stream()
                                            .map(t -> Refs.out(new Ref(Kind.TOPIC, t), "topic_arn")).toList())).build()).build())
                                    .build())).build())));
        });
    }

    static List<TopicSubscriptionSpec> subscriptions(TopicSpec t) {
        return t.subscriptions() == null ? List.of() : t.subscriptions();
    }

    /** Monitoring inputs: DLQ names of the triggers, functions reading streams, and whether any schedule exists. */
    static Map<String, Expr> deadLetterQueues(Root root) {
        Map<String, Expr> out = new TreeMap<>();
        for (Entry e : root.triggers()) {
            if (hasFailureQueue(e.trigger())) {
                String key = "trigger-" + e.label().replace('_', '-');
                out.put(key, e.trigger().deadLetterQueue() != null
                        ? Refs.out(new Ref(Kind.QUEUE, e.trigger().deadLetterQueue()), "queue_name")
                        : ref("aws_sqs_queue." + e.label() + "_dlq.name"));
            }
        }
        return out;
    }

    static boolean anySchedule(Root root) {
        return root.triggers().stream().anyMatch(e -> e.trigger().type() == TriggerSpec.Type.SCHEDULE);
    }

    static List<String> streamFunctions(Root root) {
        return root.triggers().stream().filter(e -> e.trigger().type() == TriggerSpec.Type.TABLE).map(Entry::function)
                .distinct().toList();
    }

    static boolean any(Spec s) {
        return s.functions().values().stream().map(FunctionSpec::triggers).anyMatch(t -> t != null && !t.isEmpty())
                || !Modules.orEmpty(s.topics()).isEmpty();
    }
}

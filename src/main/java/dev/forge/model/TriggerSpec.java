package dev.forge.model;

import java.util.List;
import java.util.Map;

/** What makes a function run besides a request. */
@Doc("What runs a function besides an HTTP request: exactly one of `queue`, `schedule`, `bucket`, `table` and"
        + " `topic`, with the settings of that kind. Each implies exactly the permissions it needs.")
public record TriggerSpec(
        @Format(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT) @Example("jobs")
        @Doc("Consume this queue: batches of messages, failed ones retried by the queue and then moved to its"
                + " dead-letter queue.") String queue,
        @Example("cron(0 3 * * ? *)")
        @Doc("Run on a schedule: `cron(minutes hours day-of-month month day-of-week year)`, `rate(5 minutes)`, or a"
                + " five-field cron such as `0 3 * * *` (minute hour day-of-month month day-of-week).") String schedule,
        @Format(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT) @Example("uploads")
        @Doc("Run on object events in this bucket.") String bucket,
        @Format(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT) @Example("orders")
        @Doc("Run on this table's change stream (the table must set `stream`).") String table,
        @Format(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT) @Example("events")
        @Doc("Run on each message published to this topic.") String topic,
        @Range(min = 1, max = 10000)
        @Doc("Queue and table: records per invocation (default 10 for a queue, 100 for a stream).") Integer batchSize,
        @Range(min = 0, max = 300)
        @Doc("Queue and table: longest wait to fill a batch (0s-5m; default 0s). Not for FIFO queues.")
        Duration batchingWindow,
        @Range(min = 2, max = 1000)
        @Doc("Queue: most concurrent invocations this trigger starts (2-1000); unbounded when absent.") Integer maxConcurrency,
        @Default("true")
        @Doc("Queue and table: the function reports which records failed, so only those are retried.") Boolean partialFailures,
        @Format(regex = Names.TIME_ZONE, hint = Names.TIME_ZONE_HINT)
        @Default("UTC") @Example("Europe/Berlin") @Doc("Schedule: the time zone the cron expression is read in.")
        String timezone,
        @Example("{\"task\": \"nightly-report\"}") @Doc("Schedule: the event the function receives (JSON text; `{}` when absent).")
        String payload,
        @Range(min = 0, max = 10)
        @Doc("Schedule and table: retries of a failed invocation before it goes to the dead-letter queue (0-10; default"
                + " 2 for a schedule, 3 for a stream).") Integer retries,
        @Range(min = 60, max = 86400)
        @Doc("Schedule and table: oldest an event may be and still be delivered (1m-24h; default 1h).") Duration maxAge,
        @Example("[created]") @Doc("Bucket: which object events run the function (default: created).")
        List<BucketEvent> events,
        @Example("incoming/") @Doc("Bucket: only keys starting with this.") String prefix,
        @Example(".csv") @Doc("Bucket: only keys ending with this.") String suffix,
        @Default("latest") @Doc("Table: where a new trigger starts reading the stream.") StreamStart start,
        @Default("true") @Doc("Table: split a failing batch in two to isolate the bad record.") Boolean bisect,
        @Format(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Schedule and table: the queue that receives what failed every retry. When absent, Forge creates a"
                + " dead-letter queue for the trigger.") String deadLetterQueue,
        @Example("{ type: [order-created] }")
        @Doc("Topic: only messages whose attributes match (SNS filter policy: attribute to allowed values).")
        Map<String, List<String>> filter) {

    /** The kinds of trigger, in the order the spec's fields declare them. */
    public enum Type { QUEUE, SCHEDULE, BUCKET, TABLE, TOPIC }

    /** The kinds this entry sets (exactly one in a valid spec). */
    public List<Type> types() {
        List<Type> out = new java.util.ArrayList<>();
        if (queue != null) {
            out.add(Type.QUEUE);
        }
        if (schedule != null) {
            out.add(Type.SCHEDULE);
        }
        if (bucket != null) {
            out.add(Type.BUCKET);
        }
        if (table != null) {
            out.add(Type.TABLE);
        }
        if (topic != null) {
            out.add(Type.TOPIC);
        }
        return out;
    }

    /**
     * Whether this entry names exactly one source and it is of one of {@code kinds} (in a spec that resolved, every
     * entry names exactly one).
     */
    public boolean is(Type... kinds) {
        List<Type> t = types();
        return t.size() == 1 && java.util.Arrays.asList(kinds).contains(t.get(0));
    }

    /** The one kind this entry sets. */
    public Type type() {
        List<Type> t = types();
        if (t.size() != 1) {
            throw new IllegalStateException("a trigger sets exactly one of queue, schedule, bucket, table, topic");
        }
        return t.get(0);
    }

    /** The resource this trigger reads (queue, bucket, table or topic), or null for a schedule. */
    public Ref source() {
        return switch (type()) {
            case QUEUE -> new Ref(Kind.QUEUE, queue);
            case BUCKET -> new Ref(Kind.BUCKET, bucket);
            case TABLE -> new Ref(Kind.TABLE, table);
            case TOPIC -> new Ref(Kind.TOPIC, topic);
            case SCHEDULE -> null;
        };
    }
}

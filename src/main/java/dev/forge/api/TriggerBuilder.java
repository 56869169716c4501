package dev.forge.api;

import dev.forge.model.BucketEvent;
import dev.forge.model.Duration;
import dev.forge.model.StreamStart;
import dev.forge.model.TriggerSpec;
import java.util.Arrays;
import java.util.List;

/** Builds a {@link TriggerSpec}: what runs a function besides a request (exactly one of queue, schedule, bucket, table, topic). */
public final class TriggerBuilder extends SpecBuilder<TriggerSpec, TriggerBuilder> {

    TriggerBuilder() {
        super(TriggerSpec.class);
    }

    /** Consume this queue. */
    public TriggerBuilder queue(String queue) {
        return set("queue", queue);
    }

    /** Run on a schedule: {@code cron(0 3 * * ? *)}, {@code rate(5 minutes)} or a five-field cron. */
    public TriggerBuilder schedule(String schedule) {
        return set("schedule", schedule);
    }

    /** Run on object events in this bucket. */
    public TriggerBuilder bucket(String bucket) {
        return set("bucket", bucket);
    }

    /** Run on this table's change stream (the table must set {@code stream}). */
    public TriggerBuilder table(String table) {
        return set("table", table);
    }

    /** Run on each message published to this topic. */
    public TriggerBuilder topic(String topic) {
        return set("topic", topic);
    }

    /** Queue and table: records per invocation. */
    public TriggerBuilder batchSize(Integer batchSize) {
        return set("batchSize", batchSize);
    }

    /** Queue and table: longest wait to fill a batch, e.g. {@code 5s} (0s-5m). */
    public TriggerBuilder batchingWindow(String window) {
        return parse("batchingWindow", window, Duration::parse);
    }

    /** Queue and table: longest wait to fill a batch. */
    public TriggerBuilder batchingWindow(Duration window) {
        return set("batchingWindow", window);
    }

    /** Queue: most concurrent invocations this trigger starts (2-1000). */
    public TriggerBuilder maxConcurrency(Integer maxConcurrency) {
        return set("maxConcurrency", maxConcurrency);
    }

    /** Queue and table: the function reports which records failed (default true). */
    public TriggerBuilder partialFailures(Boolean partialFailures) {
        return set("partialFailures", partialFailures);
    }

    /** Schedule: the IANA time zone the cron expression is read in (default UTC). */
    public TriggerBuilder timezone(String timezone) {
        return set("timezone", timezone);
    }

    /** Schedule: the event the function receives, as JSON object text. */
    public TriggerBuilder payload(String payload) {
        return set("payload", payload);
    }

    /** Schedule and table: retries of a failed invocation (0-10). */
    public TriggerBuilder retries(Integer retries) {
        return set("retries", retries);
    }

    /** Schedule and table: oldest an event may be and still be delivered, e.g. {@code 1h} (1m-24h). */
    public TriggerBuilder maxAge(String age) {
        return parse("maxAge", age, Duration::parse);
    }

    /** Schedule and table: oldest an event may be and still be delivered. */
    public TriggerBuilder maxAge(Duration age) {
        return set("maxAge", age);
    }

    /** Bucket: adds object events that run the function (default created). */
    public TriggerBuilder events(BucketEvent... events) {
        return add("events", events == null ? null : Arrays.asList(events));
    }

    /** Bucket: only keys starting with this. */
    public TriggerBuilder prefix(String prefix) {
        return set("prefix", prefix);
    }

    /** Bucket: only keys ending with this. */
    public TriggerBuilder suffix(String suffix) {
        return set("suffix", suffix);
    }

    /** Table: where a new trigger starts reading the stream (default latest). */
    public TriggerBuilder start(StreamStart start) {
        return set("start", start);
    }

    /** Table: split a failing batch in two to isolate the bad record (default true). */
    public TriggerBuilder bisect(Boolean bisect) {
        return set("bisect", bisect);
    }

    /** Schedule and table: the queue that receives what failed every retry. */
    public TriggerBuilder deadLetterQueue(String queue) {
        return set("deadLetterQueue", queue);
    }

    /** Topic: adds a filter, only messages whose attribute has one of these values. */
    public TriggerBuilder filter(String attribute, String... values) {
        return put("filter", attribute, values == null ? null : List.of(values));
    }
}

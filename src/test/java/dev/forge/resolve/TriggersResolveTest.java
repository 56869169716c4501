package dev.forge.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.forge.diag.Diagnostic;
import dev.forge.diag.SpecException;
import dev.forge.model.Access;
import dev.forge.model.Duration;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.pipeline.Pipeline;
import dev.forge.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Triggers, topics and jobs through resolve: the combinations refused (E121, E104), grants and the visibility timeout derived. */
class TriggersResolveTest {

    private static final String HEAD = """
            forge: 1
            app: demo
            environments: { dev: {} }
            queues:
              jobs: {}
              ordered: { fifo: true }
            tables:
              orders: { key: id, stream: new-image }
              plain: { key: id }
            buckets:
              uploads: {}
            topics:
              events: {}
              sequenced: { fifo: true }
            functions:
              worker:
                source: src
                runtime: python3.12
                handler: app.handler
                timeout: 60s
                triggers:
            """;

    /** The spec with {@code triggers} (lines indented under the function's `triggers:`, starting on line 22). */
    private static String spec(String... triggers) {
        StringBuilder out = new StringBuilder(HEAD);
        for (String t : triggers) {
            out.append("      ").append(t).append('\n');
        }
        return out.toString();
    }

    private static ResolvedSpec resolve(String yaml) {
        return Pipeline.resolve(SpecSource.of("forge.yaml", yaml));
    }

    private static List<Diagnostic> errors(String yaml) {
        SpecException e = catchThrowableOfType(() -> resolve(yaml), SpecException.class);
        assertThat(e).as("the spec is refused").isNotNull();
        return e.diagnostics();
    }

    private static Diagnostic only(String yaml, String code) {
        List<Diagnostic> d = errors(yaml).stream().filter(x -> x.code().equals(code)).toList();
        assertThat(d).as("diagnostics " + code).hasSize(1);
        return d.get(0);
    }

    private static String at(Diagnostic d) {
        return d.location().line() + ":" + d.location().column();
    }

    private static ResolvedEnv dev(String yaml) {
        return resolve(yaml).environments().get(0);
    }

    private static final Ref WORKER = new Ref(Kind.FUNCTION, "worker");

    // --- FORGE-E104: what a trigger names exists ---

    @Test
    void triggerOnAnUndeclaredQueue_isE104_atTheName() {
        Diagnostic d = only(spec("- queue: missing"), "FORGE-E104");

        assertThat(d.message()).contains("missing");
        assertThat(at(d)).isEqualTo("22:16");
    }

    @Test
    void undeclaredTableBucketTopicAndDeadLetterQueue_areE104() {
        List<Diagnostic> d = errors(spec("- table: nope", "- bucket: nope2", "- topic: nope3",
                "- { schedule: rate(5 minutes), dead-letter-queue: nope4 }"));

        assertThat(d).filteredOn(x -> x.code().equals("FORGE-E104")).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("nope")).anyMatch(m -> m.contains("nope2")).anyMatch(m -> m.contains("nope3"))
                .anyMatch(m -> m.contains("nope4"));
    }

    // --- FORGE-E121: settings that must fit together ---

    @Test
    void aTriggerWithNoSource_orTwo_isRefused() {
        Diagnostic none = only(spec("- { batch-size: 5 }"), "FORGE-E121");
        assertThat(none.message()).contains("trigger 1 names no source");
        assertThat(none.fix()).contains("exactly one of `queue: NAME`");
        assertThat(at(none)).isEqualTo("22:9");

        Diagnostic two = only(spec("- { queue: jobs, bucket: uploads }"), "FORGE-E121");
        assertThat(two.message()).contains("names 2 sources (queue, bucket)");
    }

    @Test
    void aSettingOfAnotherKind_isRefused_atTheSetting() {
        Diagnostic d = only(spec("- queue: jobs", "  prefix: incoming/"), "FORGE-E121");

        assertThat(d.message()).contains("`prefix` is not a setting of a queue trigger (it applies to bucket triggers)");
        assertThat(d.fix()).isEqualTo("Delete it.");
        assertThat(at(d)).isEqualTo("23:17");
    }

    @Test
    void fifoQueue_refusesABatchingWindowAndMoreThanTen() {
        List<Diagnostic> d = errors(spec("- { queue: ordered, batch-size: 20, batching-window: 2s }"));

        assertThat(d).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("queue 'ordered' is FIFO, and a FIFO queue's consumer cannot wait"))
                .anyMatch(m -> m.contains("a FIFO queue delivers at most 10 messages per batch, not 20"));
    }

    @Test
    void moreThanTenPerBatch_needsABatchingWindowOfAtLeastOneSecond() {
        Diagnostic d = only(spec("- queue: jobs", "  batch-size: 50"), "FORGE-E121");

        assertThat(d.message()).contains("a batch of more than 10 messages needs a batching window of at least 1s");
        assertThat(d.fix()).contains("batching-window: 1s");
        assertThat(at(d)).isEqualTo("23:21");

        resolve(spec("- queue: jobs", "  batch-size: 50", "  batching-window: 1s"));
    }

    @Test
    void tableTrigger_needsTheTablesStream() {
        Diagnostic d = only(spec("- table: plain"), "FORGE-E121");

        assertThat(d.message()).contains("triggered by table 'plain', which has no change stream");
        assertThat(d.fix()).contains("stream: new-and-old-images").contains("table 'plain'");
        assertThat(at(d)).isEqualTo("22:16");
    }

    @Test
    void badScheduleTimeZoneAndPayload_areRefused_atEachField() {
        List<Diagnostic> d = errors(spec("- schedule: cron(0 3 * * * *)", "  timezone: Mars/Olympus",
                "  payload: '[1, 2]'"));

        assertThat(d).hasSize(3).allMatch(x -> x.code().equals("FORGE-E121"));
        assertThat(d).filteredOn(x -> x.message().contains("schedule 'cron(0 3 * * * *)' is not valid"))
                .singleElement().satisfies(x -> {
                    assertThat(x.fix()).contains("cron(0 3 * * ? *)");
                    assertThat(at(x)).isEqualTo("22:19");
                });
        assertThat(d).filteredOn(x -> x.message().contains("'Mars/Olympus' is not a time zone")).singleElement()
                .satisfies(x -> assertThat(at(x)).isEqualTo("23:19"));
        assertThat(d).filteredOn(x -> x.message().contains("payload is JSON but not an object")).singleElement()
                .satisfies(x -> assertThat(x.fix()).contains("Write a JSON object"));
    }

    @Test
    void payloadThatIsNotJson_isRefused() {
        Diagnostic d = only(spec("- schedule: rate(1 hour)", "  payload: 'not json'"), "FORGE-E121");

        assertThat(d.message()).contains("the schedule's payload is not JSON");
    }

    @Test
    void fifoTopic_cannotTriggerAFunction() {
        Diagnostic d = only(spec("- topic: sequenced"), "FORGE-E121");

        assertThat(d.message()).contains("topic 'sequenced' is FIFO");
        assertThat(d.fix()).contains("Subscribe a FIFO queue");
        assertThat(at(d)).isEqualTo("22:16");
    }

    @Test
    void jobSchedule_mustBeFiveField() {
        String yaml = """
                forge: 1
                app: demo
                environments: { dev: {} }
                jobs:
                  report:
                    image: ghcr.io/acme/report:1.0
                    schedule: rate(1 day)
                """;
        Diagnostic d = only(yaml, "FORGE-E121");

        assertThat(d.message()).contains("job 'report': schedule 'rate(1 day)' has no five-field cron form");
        assertThat(d.fix()).contains("'0 3 * * *'");
        assertThat(at(d)).isEqualTo("7:15");
    }

    @Test
    void everyKindOfTrigger_validTogether_resolves() {
        resolve(spec("- { queue: jobs, batch-size: 10, max-concurrency: 5, partial-failures: false }",
                "- { schedule: \"0 3 * * 1-5\", timezone: Europe/Berlin, payload: '{\"a\": 1}', retries: 1, max-age: 1h,"
                        + " dead-letter-queue: jobs }",
                "- { bucket: uploads, events: [created, removed], prefix: in/, suffix: .csv }",
                "- { table: orders, start: trim-horizon, bisect: false, batch-size: 100 }",
                "- { topic: events, filter: { type: [order-created] } }"));
    }

    // --- derived grants ---

    @Test
    void queueAndTableTriggers_grantConsumeAndStream_othersGrantNothing() {
        ResolvedEnv env = dev(spec("- queue: jobs", "- table: orders", "- bucket: uploads", "- topic: events",
                "- schedule: rate(5 minutes)"));

        assertThat(env.grantsOf(WORKER)).containsExactlyInAnyOrder(
                new Grant(WORKER, new Ref(Kind.QUEUE, "jobs"), Access.CONSUME, "trigger:queue"),
                new Grant(WORKER, new Ref(Kind.TABLE, "orders"), Access.STREAM, "trigger:table"));
        assertThat(env.grantsOf(WORKER)).allMatch(Grant::isTrigger);
    }

    @Test
    void triggerGrants_giveNoConnectionVariable() {
        ResolvedEnv env = dev(spec("- queue: jobs", "- table: orders"));

        assertThat(Connections.of(env, WORKER)).extracting(Connection::variable)
                .noneMatch(v -> v.startsWith("JOBS_") || v.startsWith("ORDERS_"));
    }

    // --- derived visibility timeout ---

    @Test
    void consumedQueue_getsSixTimesTheSlowestConsumersTimeout() {
        ResolvedEnv env = dev(spec("- queue: jobs"));

        assertThat(env.spec().queues().get("jobs").visibilityTimeout()).isEqualTo(Duration.ofSeconds(360));
    }

    @Test
    void writtenVisibilityTimeout_isKept() {
        ResolvedEnv env = dev(spec("- queue: jobs").replace("jobs: {}", "jobs: { visibility-timeout: 45s }"));

        assertThat(env.spec().queues().get("jobs").visibilityTimeout()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void derivedVisibilityTimeout_isAtMostTwelveHours() {
        String yaml = spec("- queue: jobs") + """
                  slow:
                    source: src
                    runtime: python3.12
                    handler: app.handler
                    timeout: 15m
                    triggers: [{ queue: jobs }]
                """;
        ResolvedEnv env = dev(yaml);

        assertThat(env.spec().queues().get("jobs").visibilityTimeout()).isEqualTo(Duration.ofSeconds(5400));
        assertThat(env.spec().queues().get("jobs").visibilityTimeout().seconds()).isLessThanOrEqualTo(43200);
    }

    // --- jobs and topics ---

    @Test
    void jobUses_giveGrantsToTheJob() {
        String yaml = """
                forge: 1
                app: demo
                environments: { dev: {} }
                tables:
                  orders: { key: id }
                jobs:
                  report:
                    image: ghcr.io/acme/report:1.0
                    schedule: "0 3 * * *"
                    uses: [table:orders (read)]
                """;
        Ref job = new Ref(Kind.JOB, "report");
        ResolvedEnv env = dev(yaml);

        assertThat(env.grantsOf(job)).singleElement().satisfies(g -> {
            assertThat(g.principal().toString()).isEqualTo("job:report");
            assertThat(g.resource()).isEqualTo(new Ref(Kind.TABLE, "orders"));
            assertThat(g.access()).isEqualTo(Access.READ);
            assertThat(g.isTrigger()).isFalse();
        });
    }

    @Test
    void topicPublish_givesATopicArnVariable() {
        String yaml = """
                forge: 1
                app: demo
                environments: { dev: {} }
                topics:
                  order-events: {}
                functions:
                  api:
                    source: src
                    runtime: python3.12
                    handler: app.handler
                    uses: [topic:order-events (publish)]
                """;
        Ref api = new Ref(Kind.FUNCTION, "api");
        ResolvedEnv env = dev(yaml);

        assertThat(env.grantsOf(api)).singleElement().satisfies(g -> assertThat(g.access()).isEqualTo(Access.PUBLISH));
        assertThat(Connections.of(env, api)).filteredOn(c -> c.resource().kind() == Kind.TOPIC).singleElement()
                .satisfies(c -> {
                    assertThat(c.variable()).isEqualTo("ORDER_EVENTS_TOPIC_ARN");
                    assertThat(c.attribute()).isEqualTo(Connection.Attribute.TOPIC_ARN);
                });
    }
}

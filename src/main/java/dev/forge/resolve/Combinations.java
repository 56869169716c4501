package dev.forge.resolve;

import dev.forge.bind.SourceMap;
import dev.forge.diag.Code;
import dev.forge.diag.Diagnostics;
import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.AuthType;
import dev.forge.model.BucketSpec;
import dev.forge.model.FunctionSpec;
import dev.forge.model.ImageSpec;
import dev.forge.model.IndexSpec;
import dev.forge.model.Kind;
import dev.forge.model.Projection;
import dev.forge.model.QueueSpec;
import dev.forge.model.Ref;
import dev.forge.model.Schedule;
import dev.forge.model.ServiceSpec;
import dev.forge.model.Spec;
import dev.forge.model.TableSpec;
import dev.forge.model.TopicSpec;
import dev.forge.model.TriggerSpec;
import dev.forge.model.Use;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks fields that are each valid but must fit together (FORGE-E121), on one environment's resolved
 * spec. The resolver runs it for every environment and reports each problem once.
 */
final class Combinations {

    private final SourceMap sources;
    private final Diagnostics diags;
    private final Environment env;

    Combinations(SourceMap sources, Diagnostics diags, Environment env) {
        this.sources = sources;
        this.diags = diags;
        this.env = env;
    }

    void check(Spec spec) {
        each(spec.functions(), Kind.FUNCTION, (name, f, path) -> function(name, f, path));
        each(spec.functions(), Kind.FUNCTION, (name, f, path) -> triggers(spec, name, f, path));
        each(spec.topics(), Kind.TOPIC, (name, t, path) -> topic(spec, name, t, path));
        each(spec.jobs(), Kind.JOB, (name, j, path) -> {
            image(j.image(), SourceMap.child(path, "image"), "job '" + name + "'");
            if (j.schedule() != null) {
                schedule(j.schedule(), SourceMap.child(path, "schedule"), "job '" + name + "'", true);
            }
            zone(j.timezone(), SourceMap.child(path, "timezone"), "job '" + name + "'");
        });
        each(spec.services(), Kind.SERVICE, (name, s, path) -> {
            image(s.image(), SourceMap.child(path, "image"), "service '" + name + "'");
            if (s.autoscaling() != null && s.autoscaling().min() != null && s.autoscaling().max() != null
                    && s.autoscaling().min() > s.autoscaling().max()) {
                error(SourceMap.child(path, "autoscaling"), "service '" + name + "': autoscaling min "
                        + s.autoscaling().min() + " is above max " + s.autoscaling().max(), "Make min at most max.");
            }
            service(spec, name, s, path);
        });
        each(spec.apis(), Kind.API, (name, a, path) -> api(spec, name, a, path));
        each(spec.tables(), Kind.TABLE, (name, t, path) -> table(name, t, path));
        each(spec.buckets(), Kind.BUCKET, (name, b, path) -> bucket(name, b, path));
    }

    private void function(String name, FunctionSpec f, String path) {
        String who = "function '" + name + "'";
        if (f.source() == null && f.image() == null) {
            error(path, who + " has neither `source` nor `image`", "Add `source: DIR` (a zip) or `image:` (a container).");
        } else if (f.source() != null && f.image() != null) {
            error(SourceMap.child(path, "image"), who + " has both `source` and `image`", "Keep one of them.");
        } else if (f.source() != null && (f.runtime() == null || f.handler() == null)) {
            error(path, who + " is built from source, so it needs `runtime` and `handler`",
                    "Add e.g. `runtime: python3.12` and `handler: app.handler`.");
        }
        if (f.image() != null) {
            image(f.image(), SourceMap.child(path, "image"), who);
        }
        if (f.provisionedConcurrency() != null && f.reservedConcurrency() != null
                && f.provisionedConcurrency() > f.reservedConcurrency()) {
            error(SourceMap.child(path, "provisioned-concurrency"), who + ": provisioned concurrency "
                    + f.provisionedConcurrency() + " exceeds reserved concurrency " + f.reservedConcurrency(),
                    "Reserve at least as much concurrency as is provisioned.");
        }
        if (f.uses() != null && !Boolean.TRUE.equals(f.vpc())) {
            for (Use u : f.uses()) {
                if (u.ref().kind() == Kind.DATABASE || u.ref().kind() == Kind.CACHE) {
                    error(SourceMap.child(path, "uses"), who + " connects to " + u.ref() + ", which lives in the"
                            + " private network", "Add `vpc: true` to the function.");
                }
            }
        }
    }

    /** Scheduled scaling needs autoscaling; blue-green needs a load balancer to move the traffic. */
    private void service(Spec spec, String name, ServiceSpec s, String path) {
        String who = "service '" + name + "'";
        String schedules = SourceMap.child(path, "scaling-schedules");
        if (s.scalingSchedules() != null && !s.scalingSchedules().isEmpty() && s.autoscaling() == null) {
            error(schedules, who + " has scaling schedules but no `autoscaling`",
                    "Add `autoscaling: { min: N, max: M }` (the schedules move its bounds).");
        }
        if (s.scalingSchedules() != null) {
            for (int i = 0; i < s.scalingSchedules().size(); i++) {
                var x = s.scalingSchedules().get(i);
                String at = SourceMap.item(schedules, i);
                if (x == null) {
                    continue;
                }
                if (x.min() != null && x.max() != null && x.min() > x.max()) {
                    error(at, who + ": scaling schedule min " + x.min() + " is above max " + x.max(), "Make min at most max.");
                }
                if (x.schedule() != null) {
                    schedule(x.schedule(), SourceMap.child(at, "schedule"), who, true);
                }
                zone(x.timezone(), SourceMap.child(at, "timezone"), who);
            }
        }
        Ref self = new Ref(Kind.SERVICE, name);
        if (s.deployment() == dev.forge.model.Deployment.BLUE_GREEN && spec.apis().values().stream().noneMatch(a ->
                a != null && a.type() == ApiType.LOADBALANCER && a.routes() != null && a.routes().values().stream()
                        .anyMatch(r -> r != null && self.equals(r.to())))) {
            error(SourceMap.child(path, "deployment"), who + ": a blue-green deployment moves a load balancer's traffic,"
                    + " and no `type: loadbalancer` API routes to it", "Route a load-balancer API to it, or use `deployment: rolling`.");
        }
    }

    private void image(ImageSpec image, String path, String who) {
        if (image == null) {
            return;
        }
        if (image.ref() == null && image.build() == null) {
            error(path, who + ": image needs `ref` or `build`", "Write `image: REPO:TAG` or `image: { build: DIR }`.");
        } else if (image.ref() != null && image.build() != null) {
            error(path, who + ": image has both `ref` and `build`", "Keep one of them.");
        }
    }

    private void api(Spec spec, String name, ApiSpec a, String path) {
        String who = "api '" + name + "'";
        if (a.auth() != null && a.auth().type() == AuthType.JWT && (a.auth().issuer() == null || a.auth().audience() == null
                || a.auth().audience().isEmpty())) {
            error(SourceMap.child(path, "auth"), who + ": jwt auth needs `issuer` and `audience`",
                    "Add `issuer: https://...` and `audience: [CLIENT_ID]`.");
        }
        if (a.type() == ApiType.REST && a.auth() != null && a.auth().type() == AuthType.JWT) {
            error(SourceMap.child(path, "auth"), who + ": REST APIs authenticate with cognito, not jwt",
                    "Use `type: http` for JWT, or `auth: cognito`.");
        }
        if (a.type() == ApiType.LOADBALANCER && a.auth() != null && a.auth().type() != AuthType.NONE) {
            error(SourceMap.child(path, "auth"), who + ": a load balancer does not authenticate requests",
                    "Authenticate in the service, or use `type: http`.");
        }
        if (a.type() == ApiType.LOADBALANCER && a.routes() != null) {
            a.routes().forEach((route, r) -> {
                if (r != null && r.to() != null && r.to().kind() != Kind.SERVICE) {
                    error(SourceMap.child(SourceMap.child(path, "routes"), route), who + ": a load balancer routes to"
                            + " services, not to " + r.to(), "Route to service:NAME, or use `type: http` for functions.");
                }
            });
        }
        if (a.cors() != null && a.cors().credentials() != null && a.cors().credentials()
                && a.cors().origins() != null && a.cors().origins().contains("*")) {
            error(SourceMap.child(path, "cors"), who + ": CORS with credentials cannot allow origin '*'",
                    "List the allowed origins, or set `credentials: false`.");
        }
        if (a.routes() != null && a.routes().isEmpty()) {
            error(SourceMap.child(path, "routes"), who + " has no routes", "Add at least one route.");
        }
    }

    private void table(String name, TableSpec t, String path) {
        String who = "table '" + name + "'";
        if (t.indexes() != null) {
            t.indexes().forEach((iname, ix) -> {
                if (ix != null && ix.projection() == Projection.INCLUDE && (ix.include() == null || ix.include().isEmpty())) {
                    error(SourceMap.child(SourceMap.child(path, "indexes"), iname), who + ": index '" + iname
                            + "' projects `include` but lists no attributes", "Add `include: [ATTR, ...]`.");
                }
                checkIndexKeys(who, iname, ix, t, path);
            });
        }
        if (t.replicas() != null && t.replicas().contains(env.region())) {
            error(SourceMap.child(path, "replicas"), who + ": replica region '" + env.region() + "' is the table's own"
                    + " region in environment '" + env.name() + "'", "List only other regions.");
        }
        if (t.replicas() != null && !t.replicas().isEmpty() && t.stream() != null
                && t.stream() != dev.forge.model.StreamView.NEW_AND_OLD_IMAGES && t.stream() != dev.forge.model.StreamView.NONE) {
            error(SourceMap.child(path, "stream"), who + ": global-table replicas need the stream new-and-old-images",
                    "Set `stream: new-and-old-images`, or leave it unset.");
        }
    }

    private void checkIndexKeys(String who, String iname, IndexSpec ix, TableSpec t, String path) {
        if (ix == null || t.key() == null || ix.partition() == null) {
            return;
        }
        if (ix.partition().equals(ix.sort())) {
            error(SourceMap.child(SourceMap.child(path, "indexes"), iname), who + ": index '" + iname
                    + "' uses '" + ix.partition() + "' as both partition and sort key", "Use two different attributes.");
        }
    }

    private void bucket(String name, BucketSpec b, String path) {
        if (b.replication() != null && env.region().equals(b.replication().region())) {
            error(SourceMap.child(path, "replication"), "bucket '" + name + "': replica region '" + env.region()
                    + "' is the bucket's own region in environment '" + env.name() + "'", "Replicate to another region.");
        }
        if (b.replication() != null && Boolean.FALSE.equals(b.versioning())) {
            error(SourceMap.child(path, "versioning"), "bucket '" + name + "': replication needs versioning",
                    "Leave `versioning` on (true).");
        }
    }

    /** Which settings apply to which kind of trigger; a setting written for another kind is refused. */
    private static final Map<String, Set<TriggerSpec.Type>> APPLIES = Map.ofEntries(
            Map.entry("batch-size", EnumSet.of(TriggerSpec.Type.QUEUE, TriggerSpec.Type.TABLE)),
            Map.entry("batching-window", EnumSet.of(TriggerSpec.Type.QUEUE, TriggerSpec.Type.TABLE)),
            Map.entry("max-concurrency", EnumSet.of(TriggerSpec.Type.QUEUE)),
            Map.entry("partial-failures", EnumSet.of(TriggerSpec.Type.QUEUE, TriggerSpec.Type.TABLE)),
            Map.entry("timezone", EnumSet.of(TriggerSpec.Type.SCHEDULE)),
            Map.entry("payload", EnumSet.of(TriggerSpec.Type.SCHEDULE)),
            Map.entry("retries", EnumSet.of(TriggerSpec.Type.SCHEDULE, TriggerSpec.Type.TABLE)),
            Map.entry("max-age", EnumSet.of(TriggerSpec.Type.SCHEDULE, TriggerSpec.Type.TABLE)),
            Map.entry("events", EnumSet.of(TriggerSpec.Type.BUCKET)),
            Map.entry("prefix", EnumSet.of(TriggerSpec.Type.BUCKET)),
            Map.entry("suffix", EnumSet.of(TriggerSpec.Type.BUCKET)),
            Map.entry("start", EnumSet.of(TriggerSpec.Type.TABLE)),
            Map.entry("bisect", EnumSet.of(TriggerSpec.Type.TABLE)),
            Map.entry("dead-letter-queue", EnumSet.of(TriggerSpec.Type.SCHEDULE, TriggerSpec.Type.TABLE)),
            Map.entry("filter", EnumSet.of(TriggerSpec.Type.TOPIC)));

    private void triggers(Spec spec, String name, FunctionSpec f, String path) {
        if (f.triggers() == null) {
            return;
        }
        String who = "function '" + name + "'";
        for (int i = 0; i < f.triggers().size(); i++) {
            TriggerSpec t = f.triggers().get(i);
            String at = SourceMap.item(SourceMap.child(path, "triggers"), i);
            if (t == null) {
                continue;
            }
            List<TriggerSpec.Type> types = t.types();
            if (types.size() != 1) {
                error(at, who + ": trigger " + (i + 1) + (types.isEmpty() ? " names no source"
                        : " names " + types.size() + " sources (" + types.stream().map(x -> x.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ")"),
                        "Write exactly one of `queue: NAME`, `schedule: EXPRESSION`, `bucket: NAME`, `table: NAME`,"
                                + " `topic: NAME` per trigger; list several triggers for several sources.");
                continue;
            }
            TriggerSpec.Type type = t.type();
            String kind = type.name().toLowerCase(Locale.ROOT);
            int index = i;
            APPLIES.forEach((setting, kinds) -> {
                String p = SourceMap.child(at, setting);
                if (!kinds.contains(type) && (sources.has(p) || overrideWritten(path, index, setting))) {
                    error(p, who + ": `" + setting + "` is not a setting of a " + kind + " trigger (it applies to "
                            + kinds.stream().map(x -> x.name().toLowerCase(Locale.ROOT)).sorted()
                            .collect(Collectors.joining(" and ")) + " triggers)", "Delete it.");
                }
            });
            switch (type) {
                case QUEUE -> {
                    QueueSpec q = spec.queues().get(t.queue());
                    if (q != null && Boolean.TRUE.equals(q.fifo()) && t.batchingWindow() != null && t.batchingWindow().millis() > 0) {
                        error(SourceMap.child(at, "batching-window"), who + ": queue '" + t.queue() + "' is FIFO, and a"
                                + " FIFO queue's consumer cannot wait to fill a batch", "Delete `batching-window`.");
                    }
                    if (q != null && Boolean.TRUE.equals(q.fifo()) && t.batchSize() != null && t.batchSize() > 10) {
                        error(SourceMap.child(at, "batch-size"), who + ": a FIFO queue delivers at most 10 messages per"
                                + " batch, not " + t.batchSize(), "Set `batch-size` to 10 or less.");
                    }
                    if (q != null && !Boolean.TRUE.equals(q.fifo()) && t.batchSize() != null && t.batchSize() > 10
                            && (t.batchingWindow() == null || t.batchingWindow().millis() < 1000)) {
                        error(SourceMap.child(at, "batch-size"), who + ": a batch of more than 10 messages needs a batching"
                                + " window of at least 1s (SQS's rule)", "Add `batching-window: 1s` (or more), or lower"
                                + " `batch-size` to 10.");
                    }
                }
                case TABLE -> {
                    TableSpec tbl = spec.tables().get(t.table());
                    if (tbl != null && (tbl.stream() == null || tbl.stream() == dev.forge.model.StreamView.NONE)) {
                        error(SourceMap.child(at, "table"), who + " is triggered by table '" + t.table() + "', which has no"
                                + " change stream", "Set `stream: new-and-old-images` (or keys-only, new-image, old-image) on"
                                + " table '" + t.table() + "'.");
                    }
                }
                case SCHEDULE -> {
                    schedule(t.schedule(), SourceMap.child(at, "schedule"), who, false);
                    zone(t.timezone(), SourceMap.child(at, "timezone"), who);
                    if (t.payload() != null) {
                        try {
                            Object json = dev.forge.util.Json.parse(t.payload());
                            if (!(json instanceof Map)) {
                                error(SourceMap.child(at, "payload"), who + ": the schedule's payload is JSON but not an"
                                        + " object", "Write a JSON object, e.g. '{\"task\": \"report\"}'.");
                            }
                        } catch (RuntimeException e) {
                            error(SourceMap.child(at, "payload"), who + ": the schedule's payload is not JSON ("
                                    + e.getMessage() + ")", "Write a JSON object, e.g. '{\"task\": \"report\"}'.");
                        }
                    }
                }
                case TOPIC -> {
                    TopicSpec topic = spec.topics().get(t.topic());
                    if (topic != null && Boolean.TRUE.equals(topic.fifo())) {
                        error(SourceMap.child(at, "topic"), who + ": topic '" + t.topic() + "' is FIFO, and a FIFO topic"
                                + " delivers only to queues", "Subscribe a FIFO queue to the topic and trigger the function"
                                + " from that queue.");
                    }
                }
                default -> { }
            }
        }
    }

    /**
     * A topic delivers only to queues it can encrypt to: SNS cannot use the AWS-managed SQS key (its policy cannot be
     * changed) nor a customer key whose policy does not name SNS (Forge writes none), so such a subscription would
     * plan and apply and then lose every message. (A FIFO topic delivers to queues only, FIFO or standard: a function
     * triggered by one is refused with the triggers.)
     */
    private void topic(Spec spec, String name, TopicSpec t, String path) {
        if (t.subscriptions() == null) {
            return;
        }
        for (int i = 0; i < t.subscriptions().size(); i++) {
            var sub = t.subscriptions().get(i);
            QueueSpec q = sub == null ? null : spec.queues().get(sub.queue());
            if (q == null) {
                continue;
            }
            String at = SourceMap.child(SourceMap.item(SourceMap.child(path, "subscriptions"), i), "queue");
            if (q.encryption() == dev.forge.model.Encryption.KMS || q.encryption() == dev.forge.model.Encryption.CUSTOMER_KMS) {
                error(at, "topic '" + name + "' delivers to queue '" + sub.queue() + "', which is encrypted with "
                        + (q.encryption() == dev.forge.model.Encryption.KMS ? "the AWS-managed SQS key" : "a customer key")
                        + " that SNS may not use, so every message would be lost",
                        "Set `encryption: managed` (SQS-managed encryption) on queue '" + sub.queue() + "'.");
            }
        }
    }

    /** Whether an environment override wrote {@code setting} on the {@code i}-th trigger. */
    private boolean overrideWritten(String functionPath, int i, String setting) {
        if (env == null) {
            return false;
        }
        String p = SourceMap.child(SourceMap.item(SourceMap.child(SourceMap.child(SourceMap.child(functionPath, "environments"),
                env.name()), "triggers"), i), setting);
        return sources.has(p);
    }

    private void schedule(String expression, String path, String who, boolean fiveFieldOnly) {
        try {
            Schedule s = Schedule.parse(expression);
            if (fiveFieldOnly && s.fiveField().isEmpty()) {
                error(path, who + ": schedule '" + expression + "' has no five-field cron form, which every platform"
                        + " runs jobs on", "Write five cron fields (minute hour day-of-month month day-of-week), e.g. '0 3 * * *'.");
            }
        } catch (Schedule.Invalid e) {
            error(path, who + ": schedule '" + expression + "' is not valid: " + e.getMessage(),
                    "Write e.g. 'cron(0 3 * * ? *)', 'rate(15 minutes)' or '0 3 * * *'.");
        }
    }

    private void zone(String zone, String path, String who) {
        if (zone != null && !zone.equals("UTC") && !java.time.ZoneId.getAvailableZoneIds().contains(zone)) {
            error(path, who + ": '" + zone + "' is not a time zone", "Use an IANA name such as Europe/Berlin or"
                    + " America/New_York, or UTC.");
        }
    }

    private void error(String path, String message, String fix) {
        diags.error(sources.at(path), Code.E121, message, fix);
    }

    private interface Check<T> {
        void run(String name, T value, String path);
    }

    private static <T> void each(Map<String, T> section, Kind kind, Check<T> check) {
        if (section == null) {
            return;
        }
        section.forEach((name, v) -> {
            if (v != null) {
                check.run(name, v, SourceMap.child(kind.section(), name));
            }
        });
    }

}

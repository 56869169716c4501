package dev.forge.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.model.ApiType;
import dev.forge.model.Architecture;
import dev.forge.model.AttributeType;
import dev.forge.model.AuthType;
import dev.forge.model.BucketEvent;
import dev.forge.model.CacheEngine;
import dev.forge.model.DatabaseEngine;
import dev.forge.model.Encryption;
import dev.forge.model.Endpoint;
import dev.forge.model.Iac;
import dev.forge.model.Introspection.Field;
import dev.forge.model.Introspection;
import dev.forge.model.ModelProvider;
import dev.forge.model.NatGateways;
import dev.forge.model.Projection;
import dev.forge.model.Registry;
import dev.forge.model.Runtime;
import dev.forge.model.ScheduledKind;
import dev.forge.model.SecretStore;
import dev.forge.model.Spec;
import dev.forge.model.StorageClass;
import dev.forge.model.StreamStart;
import dev.forge.model.StreamView;
import dev.forge.model.VpcSource;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every record of the model has a builder, and every component of every record can be set through it. */
class BuilderCoverageTest {

    /** Every spec record reachable from {@link Spec}, through components, lists and maps. */
    static Set<Class<?>> modelRecords() {
        Set<Class<?>> out = new LinkedHashSet<>();
        collect(Spec.class, out);
        return out;
    }

    private static void collect(Type t, Set<Class<?>> out) {
        Class<?> raw = Introspection.raw(t);
        if (List.class.isAssignableFrom(raw)) {
            collect(Introspection.typeArgument(t, 0), out);
        } else if (Map.class.isAssignableFrom(raw)) {
            collect(Introspection.typeArgument(t, 1), out);
        } else if (Introspection.isSpecRecord(raw) && out.add(raw)) {
            Introspection.fields(raw).forEach(f -> collect(f.type(), out));
        }
    }

    static Class<?> builderOf(Class<?> record) throws ClassNotFoundException {
        if (record == Spec.class) {
            return ForgeApp.class;
        }
        return Class.forName("dev.forge.api." + record.getSimpleName().replaceFirst("Spec$", "") + "Builder");
    }

    @Test
    void everyModelRecord_hasAPublicBuilder() throws Exception {
        Set<Class<?>> records = modelRecords();

        assertThat(records).hasSize(44);
        for (Class<?> r : records) {
            Class<?> b = builderOf(r);
            assertThat(Modifier.isPublic(b.getModifiers())).as(b.getSimpleName()).isTrue();
            Type built = ((java.lang.reflect.ParameterizedType) b.getGenericSuperclass()).getActualTypeArguments()[0];
            assertThat(built).as(b.getSimpleName() + " builds").isEqualTo(r);
        }
    }

    @Test
    void everyComponent_hasASetterNamedAfterIt() throws Exception {
        Map<String, List<String>> missing = new TreeMap<>();
        for (Class<?> r : modelRecords()) {
            Set<String> methods = new TreeSet<>();
            Arrays.stream(builderOf(r).getMethods()).map(Method::getName).forEach(methods::add);
            for (Field f : Introspection.fields(r)) {
                String name = f.javaName();
                List<String> accepted = f.isOverlay() ? List.of("override")
                        : List.of(name, name.replaceFirst("s$", ""), name.replaceFirst("es$", ""));
                if (accepted.stream().noneMatch(methods::contains)) {
                    missing.computeIfAbsent(r.getSimpleName(), k -> new ArrayList<>()).add(name);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everything_builtInJava_setsEveryComponentOfEveryRecord() {
        Map<Class<?>, Set<String>> seen = new java.util.HashMap<>();
        walk(everything(), seen);

        Map<String, List<String>> unset = new TreeMap<>();
        for (Class<?> r : modelRecords()) {
            for (Field f : Introspection.fields(r)) {
                if (!seen.getOrDefault(r, Set.of()).contains(f.javaName())) {
                    unset.computeIfAbsent(r.getSimpleName(), k -> new ArrayList<>()).add(f.javaName());
                }
            }
        }
        assertThat(unset).isEmpty();
    }

    @Test
    void everything_builtInJava_equalsTheSameSpecBoundFromYaml() {
        Spec bound = Specs.bindFile(Path.of("src/test/resources/api/everything.yaml"));

        Specs.assertSameSpec(everything(), bound);
    }

    private static void walk(Object v, Map<Class<?>, Set<String>> seen) {
        if (v instanceof List<?> l) {
            l.forEach(x -> walk(x, seen));
        } else if (v instanceof Map<?, ?> m) {
            m.values().forEach(x -> walk(x, seen));
        } else if (v != null && Introspection.isSpecRecord(v.getClass())) {
            for (Field f : Introspection.fields(v.getClass())) {
                Object c = f.get(v);
                if (c != null) {
                    seen.computeIfAbsent(v.getClass(), k -> new java.util.HashSet<>()).add(f.javaName());
                    walk(c, seen);
                }
            }
        }
    }

    /** src/test/resources/api/everything.yaml, in Java. */
    static Spec everything() {
        return ForgeApp.named("kitchen-sink")
                .description("Every field of the spec, set once.")
                .owner("platform-team")
                .costCentre("cc-1234")
                .tag("project", "atlas")
                .region("eu-west-1")
                .environment("dev", e -> e.account("123456789012").project("acme-dev-42")
                        .subscription("0f8fad5b-d9cb-469f-a165-70867728950e").region("eu-west-2")
                        .production(false).approval(false)
                        .alerts(a -> a.email("dev@example.com")).alerts("oncall@example.com")
                        .kubernetes(k -> k.cluster("platform-dev"))
                        .tag("tier", "dev"))
                .environment("prod", e -> e.production(true))
                .network(n -> n.cidr("10.1.0.0/16").zones(3).nat(false).natGateways(NatGateways.PER_ZONE).vpc(VpcSource.CREATE).endpoints(Endpoint.S3, Endpoint.DYNAMODB)
                        .override("prod", p -> p.zones(4)))
                .service("web", s -> s.description("Web front end.")
                        .image(i -> i.ref("ghcr.io/acme/web:1.0.0").build("services/web").dockerfile("Dockerfile.prod")
                                .target("runtime").arg("NODE_ENV", "production").runtime(dev.forge.model.ContainerRuntime.NODE))
                        .port(3000)
                        .health(h -> h.path("/healthz").interval("15s").timeout("3s").healthyThreshold(3)
                                .unhealthyThreshold(4).initialDelay("20s"))
                        .replicas(2)
                        .autoscaling(a -> a.min(2).max(10).cpu(60).memory(75).requests(800))
                        .deployment(dev.forge.model.Deployment.ROLLING)
                        .scalingSchedule(x -> x.schedule("0 8 * * 1-5").timezone("Europe/Berlin").min(4).max(10))
                        .cpu("0.5")
                        .memory("1Gi")
                        .command("node", "server.js")
                        .env("LOG_LEVEL", "info")
                        .uses("table:orders (read-write)", "secret:api-key")
                        .override("prod", p -> p.replicas(4).memory("2Gi")))
                .function("worker", f -> f.description("Processes orders.")
                        .runtime(Runtime.PYTHON3_12).handler("app.handler").source("functions/worker")
                        .image("ghcr.io/acme/worker:2.0.0")
                        .memory("1024").timeout("1m").architecture(Architecture.X86_64)
                        .tracing(false).dlq(false).reservedConcurrency(10).provisionedConcurrency(2).vpc(true)
                        .deployment(dev.forge.model.TrafficShift.LINEAR_10_1M)
                        .env(Map.of("MODE", "batch"))
                        .uses("queue:jobs (consume)", "model:claude")
                        .trigger(t -> t.queue("inbox").batchSize(20).batchingWindow("5s").maxConcurrency(5)
                                .partialFailures(false))
                        .trigger(t -> t.schedule("cron(0 3 * * ? *)").timezone("Europe/Berlin")
                                .payload("{\"task\": \"nightly\"}").retries(1).maxAge("2h").deadLetterQueue("inbox"))
                        .trigger(t -> t.bucket("assets").events(BucketEvent.CREATED, BucketEvent.REMOVED)
                                .prefix("incoming/").suffix(".csv"))
                        .trigger(t -> t.table("orders").start(StreamStart.TRIM_HORIZON).bisect(false).batchSize(50)
                                .retries(5).maxAge("30m").deadLetterQueue("inbox"))
                        .trigger(t -> t.topic("events").filter("type", "order-created"))
                        .override("prod", p -> p.memory("2048")))
                .job("report", j -> j.description("Nightly report.").image("ghcr.io/acme/report:1.0.0")
                        .command("python", "report.py").cpu("0.5").memory("1Gi").schedule("0 3 * * *")
                        .timezone("Europe/Berlin").timeout("30m").retries(2).env("FORMAT", "csv")
                        .uses("table:orders (read)")
                        .override("prod", p -> p.retries(3)))
                .api("public", a -> a.description("Public API.").type(ApiType.REST)
                        .auth(x -> x.type(AuthType.JWT).issuer("https://auth.example.com").audience("web")
                                .scopes("orders.read").reason("Partners call it.")
                                .userPool(u -> u.passwordLength(14).mfa(dev.forge.model.MfaMode.REQUIRED)
                                        .domain("kitchen-sink-login").callbackUrls("https://app.example.com/callback")
                                        .logoutUrls("https://app.example.com/")))
                        .cors(c -> c.origins("https://app.example.com").methods("GET", "POST").headers("Content-Type")
                                .credentials(true).maxAge("10m"))
                        .throttling(t -> t.rate(50).burst(100))
                        .domain("api.example.com").waf(false).accessLogs(false)
                        .certificate("arn:aws:acm:us-east-1:123456789012:certificate/abc-123").zone("Z0123456789ABC")
                        .route("GET /orders", "service:web")
                        .route("POST /jobs", r -> r.to("function:worker").open(true))
                        .override("prod", p -> p.waf(true)))
                .table("orders", t -> t.description("Orders.")
                        .key("tenant_id", "order_id")
                        .attribute("created_at", AttributeType.NUMBER)
                        .index("by-created", i -> i.partition("tenant_id").sort("created_at")
                                .projection(Projection.INCLUDE).include("status"))
                        .ttl("expires_at").pitr(false).stream(StreamView.NEW_AND_OLD_IMAGES).replicas("us-west-2")
                        .encryption(Encryption.CUSTOMER_KMS).deletionProtection(true)
                        .override("dev", d -> d.deletionProtection(false)))
                .bucket("assets", b -> b.description("Static assets.").versioning(false).encryption(Encryption.KMS)
                        .cors("*")
                        .lifecycle(l -> l.prefix("logs/").expireAfter("365d").noncurrentExpireAfter("30d")
                                .transition("30d", StorageClass.GLACIER_IR).abortUploadsAfter("3d"))
                        .replication(r -> r.region("us-west-2").storageClass(StorageClass.STANDARD_IA))
                        .cdn(c -> c.enabled(true).domain("static.example.com").defaultRoot("home.html"))
                        .deletionProtection(true)
                        .override("dev", d -> d.versioning(true)))
                .queue("jobs", q -> q.description("Jobs to run.").fifo(true).visibilityTimeout("2m").retention("7d")
                        .maxReceives(3).encryption(Encryption.KMS)
                        .override("prod", p -> p.retention("14d")))
                .queue("inbox", q -> q.description("Incoming work."))
                .topic("events", t -> t.description("Order events.").fifo(false).encryption(Encryption.MANAGED)
                        .subscription(s -> s.queue("inbox").filter("type", "order-created").raw(false))
                        .override("prod", p -> p.encryption(Encryption.KMS)))
                .database("main", d -> d.description("Main database.").engine(DatabaseEngine.POSTGRES).version("16.4")
                        .instance("db.t4g.small").storage("50Gi").maxStorage("200Gi").multiAz(true)
                        .backupRetention("14d").deletionProtection(true).name("main_db").iamAuth(true)
                        .override("dev", p -> p.instance("db.t4g.micro")))
                .cache("sessions", c -> c.description("Sessions.").engine(CacheEngine.VALKEY).version("8.0")
                        .node("cache.t4g.small").nodes(2).multiAz(true).snapshotRetention("3d")
                        .override("dev", p -> p.nodes(1)))
                .secret("api-key", s -> s.description("Partner API key.").store(SecretStore.SSM).variable("API_KEY_PARAM"))
                .parameter("feature-flags", p -> p.description("Feature flags.").value("beta").variable("FLAGS")
                        .override("prod", o -> o.value("stable")))
                .model("claude", m -> m.id("anthropic.claude-3-5-sonnet-20241022-v2:0").provider(ModelProvider.BEDROCK)
                        .override("prod", o -> o.id("us.anthropic.claude-3-5-sonnet-20241022-v2:0")))
                .monitoring(m -> m.dashboard(false).logRetention("14d")
                        .alarms(a -> a.enabled(true).errors(10).durationPercent(80).server5xx(20).latency("2s")
                                .cpu(70).memory(75))
                        .override("prod", p -> p.logRetention("90d")))
                .budget(b -> b.monthly(250).email("finance@example.com").override("prod", p -> p.monthly(1000)))
                .ci(c -> c.github(g -> g.repo("acme/kitchen-sink").branch("trunk")).promote("dev", "prod")
                        .approvals("prod").oidc(true).registry(Registry.GHCR).drift("0 7 * * 1")
                        .iac(Iac.TERRAFORM, Iac.CLOUDFORMATION).notifications(n -> n.slack("SLACK_WEBHOOK_URL").on("failure"))
                        .schedule(x -> x.name("weekly-cost").cron("0 8 * * 1").kind(ScheduledKind.COST_REPORT)))
                .policy(p -> p.packs("baseline", "strict")
                        .suppression(s -> s.rule("FORGE-S3-001").resource("bucket:assets")
                                .reason("Public website assets.").expires("2027-01-31")))
                .build();
    }
}

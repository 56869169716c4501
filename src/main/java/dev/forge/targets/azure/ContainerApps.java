package dev.forge.targets.azure;

import dev.forge.model.HealthSpec;
import dev.forge.model.ImageSpec;
import dev.forge.model.JobSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.ServiceSpec;
import dev.forge.model.Spec;
import dev.forge.platform.azure.AzureNames;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Container Apps ({@code Microsoft.App/containerApps}) from services and Container Apps jobs ({@code Microsoft.App/jobs})
 * from jobs: one object each, added to the template and printed as the YAML {@code az containerapp create/update --yaml}
 * (and {@code az containerapp job create --yaml}) read.
 */
final class ContainerApps {

    /** The HTTP concurrency per replica the http scale rule keeps (Container Apps' own default). */
    static final int CONCURRENT_REQUESTS = 10;

    private ContainerApps() {
    }

    static boolean built(ImageSpec image) {
        return image != null && image.build() != null;
    }

    static ImageSpec image(Spec s, Ref p) {
        return p.kind() == Kind.JOB ? s.jobs().get(p.name()).image() : s.services().get(p.name()).image();
    }

    static void build(Stack st) {
        for (Ref p : st.principals()) {
            Map<String, Object> app = p.kind() == Kind.SERVICE ? service(st, p, st.s.services().get(p.name()))
                    : job(st, p, st.s.jobs().get(p.name()));
            st.apps.put(p, app);
            List<Res> deps = new ArrayList<>(List.of(st.managedEnv, st.identity(p)));
            if (st.registry != null && built(image(st.s, p))) {
                deps.add(st.registry);
            }
            st.t.add(st.app(p), app, deps.toArray(new Res[0]));
        }
    }

    private static Map<String, Object> identity(Stack st, Ref p) {
        Map<Object, Object> ids = new LinkedHashMap<>();
        ids.put(new Val.Id(st.identity(p)), Map.of());
        return Stack.map("type", "UserAssigned", "userAssignedIdentities", ids);
    }

    private static Map<String, Object> service(Stack st, Ref p, ServiceSpec svc) {
        Secrets secrets = new Secrets(st, p);
        Map<String, Object> container = container(st, p, svc.image(), svc.command(), svc.cpu().millicores(),
                svc.memory().mebibytes(), secrets);
        container.put("probes", probes(svc.health(), svc.port()));
        boolean external = !st.env.apisRouting(p).isEmpty();
        Map<String, Object> ingress = Stack.map("external", external, "targetPort", svc.port(), "transport", "auto",
                "allowInsecure", false, "traffic", List.of(Stack.map("latestRevision", true, "weight", 100)));
        Map<String, Object> configuration = Stack.map("activeRevisionsMode", "Single", "ingress", ingress);
        registries(st, p, svc.image(), configuration);
        if (!secrets.list.isEmpty()) {
            configuration.put("secrets", secrets.list);
        }
        int min;
        int max;
        List<Object> rules = new ArrayList<>();
        if (svc.autoscaling() != null) {
            min = svc.autoscaling().min();
            max = svc.autoscaling().max();
            rules.add(Stack.map("name", "http", "http", Stack.map("metadata",
                    Stack.map("concurrentRequests", String.valueOf(CONCURRENT_REQUESTS)))));
            rules.add(Stack.map("name", "cpu", "custom", Stack.map("type", "cpu", "metadata",
                    Stack.map("type", "Utilization", "value", String.valueOf(svc.autoscaling().cpu())))));
            if (svc.autoscaling().memory() != null) {
                rules.add(Stack.map("name", "memory", "custom", Stack.map("type", "memory", "metadata",
                        Stack.map("type", "Utilization", "value", String.valueOf(svc.autoscaling().memory())))));
            }
        } else {
            min = svc.replicas();
            max = Math.max(1, svc.replicas());
        }
        Map<String, Object> scale = Stack.map("minReplicas", min, "maxReplicas", max);
        if (!rules.isEmpty()) {
            scale.put("rules", rules);
        }
        Map<String, Object> template = Stack.map("containers", List.of(container), "scale", scale);
        return Stack.map("identity", identity(st, p), "properties", Stack.map("environmentId", new Val.Id(st.managedEnv),
                "workloadProfileName", "Consumption", "configuration", configuration, "template", template));
    }

    private static Map<String, Object> job(Stack st, Ref p, JobSpec job) {
        Secrets secrets = new Secrets(st, p);
        Map<String, Object> container = container(st, p, job.image(), job.command(), job.cpu().millicores(),
                job.memory().mebibytes(), secrets);
        Map<String, Object> configuration = Stack.map("replicaTimeout", job.timeout().seconds(),
                "replicaRetryLimit", job.retries());
        Map<String, Object> run = Stack.map("parallelism", 1, "replicaCompletionCount", 1);
        if (job.schedule() != null) {
            configuration.put("triggerType", "Schedule");
            Map<String, Object> schedule = Stack.map("cronExpression", job.schedule());
            schedule.putAll(run);
            configuration.put("scheduleTriggerConfig", schedule);
        } else {
            configuration.put("triggerType", "Manual");
            configuration.put("manualTriggerConfig", run);
        }
        registries(st, p, job.image(), configuration);
        if (!secrets.list.isEmpty()) {
            configuration.put("secrets", secrets.list);
        }
        return Stack.map("identity", identity(st, p), "properties", Stack.map("environmentId", new Val.Id(st.managedEnv),
                "workloadProfileName", "Consumption", "configuration", configuration,
                "template", Stack.map("containers", List.of(container))));
    }

    private static void registries(Stack st, Ref p, ImageSpec image, Map<String, Object> configuration) {
        if (built(image)) {
            configuration.put("registries", List.of(Stack.map("server", loginServer(st), "identity",
                    new Val.Id(st.identity(p)))));
        }
    }

    private static Val.Dual loginServer(Stack st) {
        return new Val.Dual(Arm.member(Arm.reference(st.registry), "loginServer"),
                st.registry.names().get(0) + ".azurecr.io");
    }

    private static Map<String, Object> container(Stack st, Ref p, ImageSpec image, List<String> command,
                                                 long millicores, long mebibytes, Secrets secrets) {
        Object ref;
        if (built(image)) {
            String repo = "/" + st.env.naming().base(p.name()) + ":";
            Val.Dual server = loginServer(st);
            ref = new Val.Dual(Arm.concat(server.arm(), Arm.str(repo), Arm.parameter("imageTag")),
                    server.literal() + repo + "${IMAGE_TAG}");
        } else {
            ref = image.ref();
        }
        Map<String, Object> c = Stack.map("name", p.name(), "image", ref);
        if (command != null && !command.isEmpty()) {
            c.put("command", command);
        }
        c.put("resources", Stack.map("cpu", BigDecimal.valueOf(millicores, 3).stripTrailingZeros().doubleValue(),
                "memory", BigDecimal.valueOf(mebibytes).divide(BigDecimal.valueOf(1024)).stripTrailingZeros()
                        .toPlainString() + "Gi"));
        List<Object> envs = new ArrayList<>();
        for (EnvVar v : EnvContract.of(st.env, p)) {
            envs.add(v.render(new EnvValues(st, v.name(), secrets)));
        }
        c.put("env", envs);
        return c;
    }

    /** Liveness, readiness and startup probes on the health path, within Container Apps' limits. */
    static List<Object> probes(HealthSpec h, int port) {
        int period = clamp(h.interval().seconds(), 1, 240);
        int timeout = clamp(h.timeout().seconds(), 1, 240);
        int delay = clamp(h.initialDelay().seconds(), 0, 60);
        Map<String, Object> get = Stack.map("path", h.path(), "port", port, "scheme", "HTTP");
        return List.of(
                Stack.map("type", "Liveness", "httpGet", get, "initialDelaySeconds", delay, "periodSeconds", period,
                        "timeoutSeconds", timeout, "failureThreshold", clamp(h.unhealthyThreshold(), 1, 10)),
                Stack.map("type", "Readiness", "httpGet", get, "initialDelaySeconds", delay, "periodSeconds", period,
                        "timeoutSeconds", timeout, "failureThreshold", clamp(h.unhealthyThreshold(), 1, 10),
                        "successThreshold", clamp(h.healthyThreshold(), 1, 10)));
    }

    static int clamp(long v, int min, int max) {
        return (int) Math.max(min, Math.min(max, v));
    }

    /** The secrets of one app: Key Vault references read with the app's own identity. */
    static final class Secrets {
        final Stack st;
        final Ref p;
        final List<Object> list = new ArrayList<>();
        private final java.util.Set<String> names = new java.util.HashSet<>();

        Secrets(Stack st, Ref p) {
            this.st = st;
            this.p = p;
        }

        /** The app secret holding Key Vault secret {@code vaultSecret}; its name is what {@code secretRef} names. */
        String ref(String vaultSecret) {
            if (names.add(vaultSecret)) {
                list.add(Stack.map("name", vaultSecret, "keyVaultUrl", st.secretUrl(vaultSecret),
                        "identity", new Val.Id(st.identity(p))));
            }
            return vaultSecret;
        }
    }

    /** How each env-contract value is written on Container Apps (docs/targets/azure.md's table). */
    static final class EnvValues implements EnvVar.Renderer<Object> {
        private final Stack st;
        private final String name;
        private final Secrets secrets;

        EnvValues(Stack st, String name, Secrets secrets) {
            this.st = st;
            this.name = name;
            this.secrets = secrets;
        }

        private Map<String, Object> value(Object v) {
            return Stack.map("name", name, "value", v);
        }

        @Override
        public Object text(String text) {
            return value(text);
        }

        @Override
        public Object environmentName() {
            return value(st.env.name());
        }

        @Override
        public Object storeValue(Ref ref) {
            String secret = ref.kind() == Kind.SECRET ? AzureNames.secret(ref.name()) : AzureNames.parameter(ref.name());
            return Stack.map("name", name, "secretRef", secrets.ref(secret));
        }

        @Override
        public Object attribute(Ref r, dev.forge.resolve.Connection.Attribute a, boolean fromUses) {
            return switch (a) {
                case NAME -> value(nameOf(r));
                case URL -> value(urlOf(r));
                case SECRET_ARN -> value(st.secretUrl(AzureNames.secret(r.name())));
                case PARAMETER_NAME -> value(st.secretUrl(r.kind() == Kind.SECRET ? AzureNames.secret(r.name())
                        : AzureNames.parameter(r.name())));
                case MODEL_ID -> value(st.s.models().get(r.name()).id());
                case HOST -> value(r.kind() == Kind.DATABASE
                        ? new Val.Dual(Arm.member(Arm.reference(st.server(r.name())), "fullyQualifiedDomainName"),
                        st.server(r.name()).names().get(0) + ".postgres.database.azure.com")
                        : new Val.Dual(Arm.member(Arm.reference(st.redis(r.name())), "hostName"),
                        st.redis(r.name()).names().get(0) + ".redis.cache.windows.net"));
                case PORT -> value(r.kind() == Kind.DATABASE ? "5432" : "6380");
                case DATABASE_NAME -> value(Stack.databaseName(r.name(), st.s.databases().get(r.name())));
                case CREDENTIALS_SECRET_ARN -> value(st.secretUrl(AzureNames.databasePassword(r.name())));
                case TOPIC_ARN -> value(busUrl(st.topic(r.name())));
                case USERNAME -> value(AzureNames.databaseLogin(r.name()));
                case PASSWORD -> Stack.map("name", name, "secretRef", secrets.ref(AzureNames.databasePassword(r.name())));
            };
        }

        private Object nameOf(Ref r) {
            return switch (r.kind()) {
                case BUCKET -> {
                    Res account = st.storage(r.name());
                    yield new Val.Dual(Arm.concat(Arm.member(Arm.reference(account), "primaryEndpoints", "blob"),
                            Arm.str(r.name())), "https://" + account.names().get(0) + ".blob.core.windows.net/" + r.name());
                }
                case JOB -> st.appName(r);
                default -> st.env.physicalName(r.kind(), r.name()); // not deployed on Azure: the name it has elsewhere
            };
        }

        private Object urlOf(Ref r) {
            return switch (r.kind()) {
                case QUEUE -> busUrl(st.queue(r.name()));
                case SERVICE -> "http://" + st.appName(r);
                default -> apiUrl(r);
            };
        }

        private Object apiUrl(Ref api) {
            var a = st.s.apis().get(api.name());
            if (a.domain() != null) {
                return "https://" + a.domain();
            }
            Ref first = a.routes().values().stream().map(x -> x.to()).filter(x -> x.kind() == Kind.SERVICE)
                    .findFirst().orElse(null);
            if (first == null) {
                return "";
            }
            return new Val.Dual(Arm.concat(Arm.str("https://"), Arm.member(Arm.reference(st.app(first)),
                    "configuration", "ingress", "fqdn")), "https://" + st.appName(first) + ".${CONTAINER_APPS_DOMAIN}");
        }

        private Val.Dual busUrl(Res entity) {
            return new Val.Dual(Arm.concat(Arm.member(Arm.reference(st.bus), "serviceBusEndpoint"),
                    Arm.str(entity.names().get(1))),
                    "https://" + st.bus.names().get(0) + ".servicebus.windows.net:443/" + entity.names().get(1));
        }
    }
}

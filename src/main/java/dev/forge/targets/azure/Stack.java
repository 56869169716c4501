package dev.forge.targets.azure;

import dev.forge.model.BudgetSpec;
import dev.forge.model.CacheSpec;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.platform.azure.AzureNames;
import dev.forge.platform.azure.AzureRoles;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One environment on Azure: the ARM template's resources, built in order (network, logs, vault, identities,
 * registry, data services, container apps and jobs, role assignments, alerts, budget), and the container apps and
 * jobs as objects the YAML renders too.
 */
final class Stack {

    static final String NS_APP = "Microsoft.App/containerApps";
    static final String NS_JOB = "Microsoft.App/jobs";
    static final String ROLE_ASSIGNMENT = "Microsoft.Authorization/roleAssignments";

    final ResolvedEnv env;
    final Spec s;
    final Template t;
    /** The container apps and jobs by spec name, the objects both renderings print (identity, properties ...). */
    final Map<Ref, Map<String, Object>> apps = new LinkedHashMap<>();
    /** Secure parameters and the Key Vault secret each is read from (the parameters file's references). */
    final Map<String, String> secureParameters = new TreeMap<>();

    final Res workspace;
    final Res managedEnv;
    final Res vault;
    Res vnet;
    Res registry;
    Res bus;
    Res actionGroup;

    Stack(ResolvedEnv env, Template t) {
        this.env = env;
        this.s = env.spec();
        this.t = t;
        workspace = Res.of("Microsoft.OperationalInsights/workspaces", AzureNames.own(env, "log", 63));
        managedEnv = Res.of("Microsoft.App/managedEnvironments", AzureNames.own(env, "cae", 60));
        vault = Res.of("Microsoft.KeyVault/vaults", AzureNames.vault(env));
    }

    boolean production() {
        return env.environment().production();
    }

    static <K, V> Map<K, V> orEmpty(Map<K, V> m) {
        return m == null ? Map.of() : m;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put(String.valueOf(kv[i]), kv[i + 1]);
            }
        }
        return m;
    }

    // ---------------------------------------------------------------- identities and names

    Res identity(Ref principal) {
        return Res.of("Microsoft.ManagedIdentity/userAssignedIdentities",
                AzureNames.of(env, "id", principal.name(), 128));
    }

    /** A container app's or job's name (2-32 lower-case letters, digits and hyphens). */
    String appName(Ref principal) {
        return AzureNames.fit(env.naming().base(principal.name()), 32);
    }

    Res app(Ref principal) {
        return Res.of(principal.kind() == Kind.JOB ? NS_JOB : NS_APP, appName(principal));
    }

    Res server(String db) {
        return Res.of("Microsoft.DBforPostgreSQL/flexibleServers", AzureNames.of(env, "psql", db, 63));
    }

    Res redis(String cache) {
        return Res.of("Microsoft.Cache/redis", AzureNames.of(env, "redis", cache, 63));
    }

    Res storage(String bucket) {
        return Res.of("Microsoft.Storage/storageAccounts", AzureNames.compact("st" + env.naming().base(bucket), 24));
    }

    Res container(String bucket) {
        return storage(bucket).child("blobServices", "default").child("containers", bucket);
    }

    Res queue(String q) {
        return bus.child("queues", q);
    }

    Res topic(String q) {
        return bus.child("topics", q);
    }

    Res subnet(String name) {
        return vnet.child("subnets", name);
    }

    /** The URL of a Key Vault secret of this environment (versionless: the latest version is read). */
    Val.Dual secretUrl(String secretName) {
        return new Val.Dual(Arm.concat(Arm.member(Arm.reference(vault), "vaultUri"), Arm.str("secrets/" + secretName)),
                AzureNames.vaultUri(env) + "secrets/" + secretName);
    }

    static String camel(String name) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : name.toCharArray()) {
            if (c == '-' || c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    static String databaseName(String name, DatabaseSpec d) {
        return d.name() != null ? d.name() : name.replace('-', '_');
    }

    // ---------------------------------------------------------------- the build

    void build() {
        t.parameter("location", map("type", "string", "defaultValue", AzureNames.location(env),
                "metadata", map("description", "Azure location of every regional resource (from the environment's region)")));
        network();
        logs();
        managedEnvironment();
        keyVault();
        identities();
        registry();
        databases();
        caches();
        buckets();
        messaging();
        ContainerApps.build(this);
        roleAssignments();
        alerts();
        budget();
    }

    private boolean needsNetwork() {
        return !orEmpty(s.databases()).isEmpty() || !orEmpty(s.caches()).isEmpty();
    }

    private void network() {
        if (!needsNetwork()) {
            return;
        }
        vnet = Res.of("Microsoft.Network/virtualNetworks", AzureNames.own(env, "vnet", 64));
        Cidr net = Cidr.parse(s.network().cidr());
        List<Object> subnets = List.of(
                map("name", "apps", "properties", map("addressPrefix", net.sub(0, 23),
                        "delegations", List.of(map("name", "containerapps", "properties",
                                map("serviceName", "Microsoft.App/environments"))))),
                map("name", "postgres", "properties", map("addressPrefix", net.sub(512, 24),
                        "delegations", List.of(map("name", "postgres", "properties",
                                map("serviceName", "Microsoft.DBforPostgreSQL/flexibleServers"))))),
                map("name", "endpoints", "properties", map("addressPrefix", net.sub(768, 24),
                        "privateEndpointNetworkPolicies", "Disabled")));
        t.add(vnet, map("properties", map("addressSpace", map("addressPrefixes", List.of(s.network().cidr())),
                "subnets", subnets)));
    }

    private void logs() {
        long days = s.monitoring().logRetention() == null ? 30 : s.monitoring().logRetention().days();
        days = Math.max(30, Math.min(730, days));
        t.add(workspace, map("properties", map("sku", map("name", "PerGB2018"), "retentionInDays", days)));
    }

    private void managedEnvironment() {
        Map<String, Object> props = map("appLogsConfiguration", map("destination", "log-analytics",
                        "logAnalyticsConfiguration", map("customerId", Arm.member(Arm.reference(workspace), "customerId"),
                                "sharedKey", Arm.member(Arm.call("listKeys", Arm.resourceId(workspace),
                                        Arm.str(dev.forge.platform.azure.ApiVersions.of(workspace.type()))),
                                        "primarySharedKey"))),
                "workloadProfiles", List.of(map("name", "Consumption", "workloadProfileType", "Consumption")),
                "zoneRedundant", vnet != null && production());
        if (vnet != null) {
            props.put("vnetConfiguration", map("infrastructureSubnetId", new Val.Id(subnet("apps")), "internal", false));
            t.add(managedEnv, map("properties", props), workspace, vnet);
        } else {
            t.add(managedEnv, map("properties", props), workspace);
        }
    }

    private void keyVault() {
        Map<String, Object> props = map("tenantId", Arm.member(Arm.call("subscription"), "tenantId"),
                "sku", map("family", "A", "name", "standard"),
                "enableRbacAuthorization", true,
                // the parameters file's Key Vault references (database passwords) are read by the deployment
                "enabledForTemplateDeployment", true,
                "enableSoftDelete", true,
                "softDeleteRetentionInDays", 90);
        if (production()) {
            // purge protection cannot be turned off once on, so only production gets it
            props.put("enablePurgeProtection", true);
        }
        t.add(vault, map("properties", props));
        // parameters: plain values, kept as Key Vault secrets so containers read them like secrets
        orEmpty(s.parameters()).forEach((name, p) -> {
            if (p.value() != null) {
                t.addPlain(vault.child("secrets", AzureNames.parameter(name)), vault.child("secrets",
                        AzureNames.parameter(name)).name(), map("properties", map("value", p.value(),
                        "contentType", "text/plain")), vault);
            }
        });
    }

    /** Every principal this target renders: services, then jobs. */
    List<Ref> principals() {
        List<Ref> out = new ArrayList<>();
        orEmpty(s.services()).keySet().forEach(n -> out.add(new Ref(Kind.SERVICE, n)));
        orEmpty(s.jobs()).keySet().forEach(n -> out.add(new Ref(Kind.JOB, n)));
        return out;
    }

    private void identities() {
        for (Ref p : principals()) {
            t.add(identity(p), map());
        }
    }

    private void registry() {
        boolean built = orEmpty(s.services()).values().stream().anyMatch(x -> ContainerApps.built(x.image()))
                || orEmpty(s.jobs()).values().stream().anyMatch(x -> ContainerApps.built(x.image()));
        if (!built) {
            return;
        }
        registry = Res.of("Microsoft.ContainerRegistry/registries", AzureNames.compact("cr" + env.naming().prefix(), 50));
        t.add(registry, map("sku", map("name", production() ? "Standard" : "Basic"),
                "properties", map("adminUserEnabled", false, "anonymousPullEnabled", false)));
        t.parameter("imageTag", map("type", "string", "defaultValue", "latest",
                "metadata", map("description", "Tag of the images Forge builds (the deploy pipeline passes the commit SHA)")));
    }

    /** A PostgreSQL SKU for an RDS instance class: the nearest Azure size (doc: azure.md). */
    static String[] postgresSku(String instance, boolean ha) {
        String size = instance.substring(instance.lastIndexOf('.') + 1);
        String family = instance.substring(3, instance.lastIndexOf('.'));
        boolean burstable = family.startsWith("t");
        boolean memory = family.startsWith("r") || family.startsWith("x");
        if (burstable && !ha) {
            return switch (size) {
                case "micro" -> new String[] {"Standard_B1ms", "Burstable"};
                case "small" -> new String[] {"Standard_B1ms", "Burstable"};
                case "medium" -> new String[] {"Standard_B2s", "Burstable"};
                default -> new String[] {"Standard_B2ms", "Burstable"};
            };
        }
        int cores = switch (size) {
            case "xlarge" -> 4;
            case "2xlarge" -> 8;
            case "4xlarge" -> 16;
            case "8xlarge" -> 32;
            default -> 2;
        };
        return memory ? new String[] {"Standard_E" + cores + "ds_v5", "MemoryOptimized"}
                : new String[] {"Standard_D" + cores + "ds_v5", "GeneralPurpose"};
    }

    private static final int[] STORAGE_GB = {32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32767};

    static int storageGb(long gib) {
        for (int size : STORAGE_GB) {
            if (gib <= size) {
                return size;
            }
        }
        return STORAGE_GB[STORAGE_GB.length - 1];
    }

    private void databases() {
        if (orEmpty(s.databases()).isEmpty()) {
            return;
        }
        Res zone = Res.of("Microsoft.Network/privateDnsZones", env.naming().prefix() + ".private.postgres.database.azure.com");
        t.addGlobal(zone, map());
        Res link = zone.child("virtualNetworkLinks", "vnet");
        t.addPlain(link, link.name(), map("location", "global", "properties", map("registrationEnabled", false,
                "virtualNetwork", map("id", new Val.Id(vnet)))), zone, vnet);
        s.databases().forEach((name, d) -> {
            Res server = server(name);
            boolean ha = Boolean.TRUE.equals(d.multiAz());
            String[] sku = postgresSku(d.instance(), ha);
            String param = camel(name) + "AdministratorPassword";
            t.parameter(param, map("type", "securestring", "metadata", map("description",
                    "Administrator password of database '" + name + "' (read from Key Vault secret "
                            + AzureNames.databasePassword(name) + " by the parameters file)")));
            secureParameters.put(param, AzureNames.databasePassword(name));
            long retention = d.backupRetention() == null ? 7 : Math.max(7, Math.min(35, d.backupRetention().days()));
            Map<String, Object> storage = map("storageSizeGB", storageGb(d.storage().gibibytes()),
                    "autoGrow", d.maxStorage() != null ? "Enabled" : "Disabled");
            t.add(server, map("sku", map("name", sku[0], "tier", sku[1]),
                    "properties", map("version", d.version().contains(".") ? d.version().substring(0, d.version().indexOf('.')) : d.version(),
                            "administratorLogin", AzureNames.databaseLogin(name),
                            "administratorLoginPassword", Arm.parameter(param),
                            "storage", storage,
                            "backup", map("backupRetentionDays", retention,
                                    "geoRedundantBackup", production() ? "Enabled" : "Disabled"),
                            "highAvailability", map("mode", ha ? "ZoneRedundant" : "Disabled"),
                            "network", map("delegatedSubnetResourceId", new Val.Id(subnet("postgres")),
                                    "privateDnsZoneArmResourceId", new Val.Id(zone)))),
                    link, vnet);
            Res db = server.child("databases", databaseName(name, d));
            t.addPlain(db, db.name(), map("properties", map("charset", "UTF8", "collation", "en_US.utf8")), server);
            if (Boolean.TRUE.equals(d.deletionProtection())) {
                lock(server);
            }
        });
    }

    /** A delete lock on {@code target}: the resource cannot be deleted until the lock is removed. */
    private void lock(Res target) {
        String name = AzureNames.fit("lock-" + target.names().get(target.names().size() - 1), 90);
        Res lock = Res.of("Microsoft.Authorization/locks", name);
        t.addPlain(lock, name, map("scope", target.scope(), "properties", map("level", "CanNotDelete",
                "notes", "Deletion protection (forge.yaml)")), target);
    }

    private void caches() {
        if (orEmpty(s.caches()).isEmpty()) {
            return;
        }
        Res zone = Res.of("Microsoft.Network/privateDnsZones", "privatelink.redis.cache.windows.net");
        t.addGlobal(zone, map());
        Res link = zone.child("virtualNetworkLinks", "vnet");
        t.addPlain(link, link.name(), map("location", "global", "properties", map("registrationEnabled", false,
                "virtualNetwork", map("id", new Val.Id(vnet)))), zone, vnet);
        s.caches().forEach((name, c) -> {
            Res redis = redis(name);
            boolean replicated = c.nodes() > 1 || Boolean.TRUE.equals(c.multiAz());
            t.add(redis, map("properties", map(
                    "sku", map("name", replicated ? "Standard" : "Basic", "family", "C", "capacity", redisCapacity(c)),
                    "enableNonSslPort", false,
                    "minimumTlsVersion", "1.2",
                    "publicNetworkAccess", "Disabled",
                    "redisVersion", "6",
                    "redisConfiguration", map("aad-enabled", "true"))));
            Res pe = Res.of("Microsoft.Network/privateEndpoints", AzureNames.of(env, "pe", name, 64));
            t.add(pe, map("properties", map("subnet", map("id", new Val.Id(subnet("endpoints"))),
                    "privateLinkServiceConnections", List.of(map("name", "redis", "properties",
                            map("privateLinkServiceId", new Val.Id(redis), "groupIds", List.of("redisCache")))))),
                    redis, vnet);
            Res group = pe.child("privateDnsZoneGroups", "default");
            t.addPlain(group, group.name(), map("properties", map("privateDnsZoneConfigs", List.of(map("name", "redis",
                    "properties", map("privateDnsZoneId", new Val.Id(zone)))))), pe, zone);
        });
    }

    static int redisCapacity(CacheSpec c) {
        String node = c.node() == null ? "" : c.node();
        if (node.endsWith(".micro")) {
            return 0;
        }
        if (node.endsWith(".xlarge")) {
            return 3;
        }
        if (node.endsWith(".large")) {
            return 2;
        }
        return 1;
    }

    private void buckets() {
        orEmpty(s.buckets()).forEach((name, b) -> {
            Res account = storage(name);
            t.add(account, map("kind", "StorageV2", "sku", map("name", production() ? "Standard_ZRS" : "Standard_LRS"),
                    "properties", map("accessTier", "Hot",
                            "allowBlobPublicAccess", false,
                            "allowSharedKeyAccess", false,
                            "minimumTlsVersion", "TLS1_2",
                            "supportsHttpsTrafficOnly", true,
                            "encryption", map("requireInfrastructureEncryption", true, "keySource", "Microsoft.Storage",
                                    "services", map("blob", map("enabled", true, "keyType", "Account"),
                                            "file", map("enabled", true, "keyType", "Account"))))));
            Res blob = account.child("blobServices", "default");
            Map<String, Object> blobProps = map("isVersioningEnabled", Boolean.TRUE.equals(b.versioning()),
                    "deleteRetentionPolicy", map("enabled", true, "days", 7));
            if (b.cors() != null) {
                blobProps.put("cors", map("corsRules", List.of(map("allowedOrigins", b.cors().origins(),
                        "allowedMethods", b.cors().methods(), "allowedHeaders", b.cors().headers() == null
                                ? List.of("*") : b.cors().headers(), "exposedHeaders", List.of("ETag"),
                        "maxAgeInSeconds", b.cors().maxAge() == null ? 0 : b.cors().maxAge().seconds()))));
            }
            t.addPlain(blob, blob.name(), map("properties", blobProps), account);
            Res c = container(name);
            t.addPlain(c, c.name(), map("properties", map("publicAccess", "None")), blob);
            if (Boolean.TRUE.equals(b.deletionProtection())) {
                lock(account);
            }
        });
    }

    private void messaging() {
        if (orEmpty(s.queues()).isEmpty() && orEmpty(s.topics()).isEmpty()) {
            return;
        }
        bus = Res.of("Microsoft.ServiceBus/namespaces", AzureNames.own(env, "sb", 50));
        t.add(bus, map("sku", map("name", "Standard", "tier", "Standard"),
                "properties", map("minimumTlsVersion", "1.2", "disableLocalAuth", true, "publicNetworkAccess", "Enabled")));
        orEmpty(s.queues()).forEach((name, q) -> {
            long lock = q.visibilityTimeout() == null ? 30 : Math.max(5, Math.min(300, q.visibilityTimeout().seconds()));
            Map<String, Object> props = map("maxDeliveryCount", q.maxReceives(),
                    "lockDuration", "PT" + lock + "S",
                    "defaultMessageTimeToLive", "PT" + q.retention().seconds() + "S",
                    "deadLetteringOnMessageExpiration", true,
                    "requiresSession", Boolean.TRUE.equals(q.fifo()),
                    "requiresDuplicateDetection", Boolean.TRUE.equals(q.fifo()));
            t.addPlain(queue(name), queue(name).name(), map("properties", props), bus);
        });
        orEmpty(s.topics()).forEach((name, tp) -> {
            t.addPlain(topic(name), topic(name).name(), map("properties", map(
                    "supportOrdering", Boolean.TRUE.equals(tp.fifo()),
                    "requiresDuplicateDetection", Boolean.TRUE.equals(tp.fifo()))), bus);
            if (tp.subscriptions() != null) {
                tp.subscriptions().forEach(sub -> {
                    Res r = topic(name).child("subscriptions", sub.queue());
                    t.addPlain(r, r.name(), map("properties", map("forwardTo", sub.queue(),
                            "deadLetteringOnMessageExpiration", true)), topic(name), queue(sub.queue()));
                });
            }
        });
    }

    /** Role assignments from {@code uses:} (and a registry pull for built images), one per identity, scope and role. */
    private void roleAssignments() {
        Set<String> seen = new java.util.HashSet<>();
        for (Ref p : principals()) {
            Res id = identity(p);
            for (dev.forge.resolve.Grant g : env.grantsOf(p)) {
                Res scope = scopeOf(g.resource());
                for (AzureRoles.Role role : AzureRoles.of(g.resource().kind(), g.access())) {
                    if (scope != null && seen.add(id + "|" + scope + "|" + role.id())) {
                        roleAssignment(id, scope, role);
                    }
                }
                if (g.resource().kind() == Kind.CACHE && seen.add(id + "|" + g.resource())) {
                    Res redis = redis(g.resource().name());
                    Res policy = redis.child("accessPolicyAssignments", id.names().get(0));
                    t.addPlain(policy, policy.name(), map("properties", map(
                            "accessPolicyName", AzureRoles.REDIS_ACCESS_POLICY,
                            "objectId", Arm.member(Arm.reference(id), "principalId"),
                            "objectIdAlias", id.names().get(0))), redis, id);
                }
            }
            if (registry != null && ContainerApps.built(ContainerApps.image(s, p)) && seen.add(id + "|acr")) {
                roleAssignment(id, registry, AzureRoles.ACR_PULL);
            }
        }
    }

    private Res scopeOf(Ref r) {
        return switch (r.kind()) {
            case BUCKET -> container(r.name());
            case QUEUE -> queue(r.name());
            case TOPIC -> topic(r.name());
            case SECRET, PARAMETER, DATABASE -> vault;
            default -> null;
        };
    }

    private void roleAssignment(Res identity, Res scope, AzureRoles.Role role) {
        Arm.Expr name = Arm.call("guid", Arm.resourceId(scope), Arm.resourceId(identity), Arm.str(role.id()));
        t.addPlain(Res.of(ROLE_ASSIGNMENT, "assignment"), name, map("scope", scope.scope(),
                "properties", map("roleDefinitionId", Arm.call("subscriptionResourceId",
                                Arm.str("Microsoft.Authorization/roleDefinitions"), Arm.str(role.id())),
                        "principalId", Arm.member(Arm.reference(identity), "principalId"),
                        "principalType", "ServicePrincipal",
                        "description", role.name())), scope, identity);
    }

    private void alerts() {
        if (!Boolean.TRUE.equals(s.monitoring().alarms().enabled())) {
            return;
        }
        List<String> emails = env.environment().alertEmails();
        if (emails != null && !emails.isEmpty()) {
            actionGroup = Res.of("Microsoft.Insights/actionGroups", AzureNames.own(env, "ag", 260));
            List<Object> receivers = new ArrayList<>();
            for (int i = 0; i < emails.size(); i++) {
                receivers.add(map("name", "email-" + (i + 1), "emailAddress", emails.get(i), "useCommonAlertSchema", true));
            }
            t.addGlobal(actionGroup, map("properties", map("groupShortName", AzureNames.compact(env.naming().prefix(), 12),
                    "enabled", true, "emailReceivers", receivers)));
        }
        int cpu = s.monitoring().alarms().cpu();
        int memory = s.monitoring().alarms().memory();
        orEmpty(s.services()).forEach((name, svc) -> {
            Ref p = new Ref(Kind.SERVICE, name);
            long nanoCores = svc.cpu().millicores() * 1_000_000L * cpu / 100;
            long bytes = svc.memory().mebibytes() * 1024L * 1024L * memory / 100;
            alert(app(p), name + "-cpu", "UsageNanoCores", nanoCores, "CPU of " + name + " above " + cpu + " %");
            alert(app(p), name + "-memory", "WorkingSetBytes", bytes, "Memory of " + name + " above " + memory + " %");
        });
        orEmpty(s.databases()).keySet().forEach(name -> {
            alert(server(name), name + "-cpu", "cpu_percent", cpu, "CPU of database " + name + " above " + cpu + " %");
            alert(server(name), name + "-memory", "memory_percent", memory, "Memory of database " + name + " above "
                    + memory + " %");
        });
        orEmpty(s.caches()).keySet().forEach(name -> {
            alert(redis(name), name + "-cpu", "percentProcessorTime", cpu, "CPU of cache " + name + " above " + cpu + " %");
            alert(redis(name), name + "-memory", "usedmemorypercentage", memory, "Memory of cache " + name + " above "
                    + memory + " %");
        });
    }

    private void alert(Res target, String name, String metric, long threshold, String description) {
        Res a = Res.of("Microsoft.Insights/metricAlerts", AzureNames.fit(env.naming().prefix() + "-" + name, 260));
        Map<String, Object> props = map("description", description, "severity", 2, "enabled", true,
                "scopes", List.of(new Val.Id(target)), "evaluationFrequency", "PT1M", "windowSize", "PT5M",
                "criteria", map("odata.type", "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
                        "allOf", List.of(map("name", metric, "metricName", metric, "operator", "GreaterThan",
                                "threshold", threshold, "timeAggregation", "Average",
                                "criterionType", "StaticThresholdCriterion"))),
                "actions", actionGroup == null ? List.of() : List.of(map("actionGroupId", new Val.Id(actionGroup))));
        if (actionGroup == null) {
            t.addGlobal(a, map("properties", props), target);
        } else {
            t.addGlobal(a, map("properties", props), target, actionGroup);
        }
    }

    private void budget() {
        BudgetSpec b = s.budget();
        if (b == null || b.monthly() == null || b.monthly() <= 0) {
            return;
        }
        List<String> emails = b.email() != null && !b.email().isEmpty() ? b.email() : env.environment().alertEmails();
        if (emails == null || emails.isEmpty()) {
            return;
        }
        t.parameter("budgetStartDate", map("type", "string",
                "defaultValue", Arm.call("format", Arm.str("{0}-01"), Arm.call("utcNow", Arm.str("yyyy-MM"))),
                "metadata", map("description", "First day of the budget's first month (this month unless set)")));
        Map<String, Object> notifications = new LinkedHashMap<>();
        notifications.put("forecast80", notification("Forecasted", 80, emails));
        notifications.put("forecast100", notification("Forecasted", 100, emails));
        notifications.put("actual100", notification("Actual", 100, emails));
        Res r = Res.of("Microsoft.Consumption/budgets", "budget-" + env.naming().prefix());
        t.addPlain(r, r.name(), map("properties", map("category", "Cost", "amount", b.monthly(), "timeGrain", "Monthly",
                "timePeriod", map("startDate", Arm.parameter("budgetStartDate")), "notifications", notifications)));
    }

    private static Map<String, Object> notification(String type, int threshold, List<String> emails) {
        return map("enabled", true, "operator", "GreaterThanOrEqualTo", "threshold", threshold,
                "thresholdType", type, "contactEmails", emails);
    }
}

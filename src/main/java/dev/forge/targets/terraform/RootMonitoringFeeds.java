package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.index;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Hcl;
import dev.forge.model.AlarmsSpec;
import dev.forge.model.ApiType;
import dev.forge.model.CacheSpec;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.RouteSpec;
import dev.forge.model.Spec;
import dev.forge.platform.aws.AlarmSets;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Feeds {@code module "monitoring"} the container platform's resources, from the outputs of the modules that create
 * them (only those the root has): load balancers and their target groups, ECS services, RDS instances and cache nodes.
 */
final class RootMonitoringFeeds {

    static final String LOAD_BALANCER = LoadBalancerModule.NAME;
    static final String ECS_SERVICE = EcsServiceModule.NAME;
    static final String RDS = RdsPostgresModule.NAME;
    static final String CACHE = ElastiCacheModule.NAME;

    private RootMonitoringFeeds() {
    }

    /** Whether the spec has anything these feeds monitor (so the monitoring module is needed). */
    static boolean any(Spec s) {
        return !s.services().isEmpty() || !s.databases().isEmpty() || !Modules.orEmpty(s.caches()).isEmpty()
                || s.apis().values().stream().anyMatch(a -> a.type() == ApiType.LOADBALANCER);
    }

    static void add(Root root, Body b) {
        Spec s = root.env.spec();
        AlarmsSpec alarms = s.monitoring().alarms();
        boolean services = Modules.has(root.modules, ECS_SERVICE) && !s.services().isEmpty();
        boolean databases = Modules.has(root.modules, RDS) && !s.databases().isEmpty();
        boolean caches = Modules.has(root.modules, CACHE) && !Modules.orEmpty(s.caches()).isEmpty();
        if (Modules.has(root.modules, LOAD_BALANCER)) {
            loadBalancers(root, s, b);
        }
        if (services) {
            Hcl.Obj ecs = obj();
            new TreeSet<>(s.services().keySet()).forEach(n -> ecs.put(n, obj()
                    .put("cluster_name", ref("module.ecs_cluster.cluster_name"))
                    .put("service_name", Refs.out(new Ref(Kind.SERVICE, n), "service_name")).build()));
            b.attr("ecs_services", ecs.build());
        }
        if (databases) {
            Hcl.Obj dbs = obj();
            new TreeMap<>(s.databases()).forEach((n, d) -> dbs.put(n, obj()
                    .put("instance_identifier", Refs.out(new Ref(Kind.DATABASE, n), "instance_identifier"))
                    .put("free_storage_bytes", num(freeStorageBytes(d)))
                    .put("max_connections", num(connectionsThreshold(d.instance()))).build()));
            b.attr("databases", dbs.build());
        }
        if (caches) {
            Hcl.Obj nodes = obj();
            new TreeMap<>(s.caches()).forEach((n, c) -> cacheNodes(nodes, n, c));
            b.attr("cache_nodes", nodes.build());
        }
        if (services || databases) {
            b.attr("cpu_percent", alarms.cpu());
        }
        if (services || caches) {
            b.attr("memory_percent", alarms.memory());
        }
    }

    private static void loadBalancers(Root root, Spec s, Body b) {
        Hcl.Obj lbs = obj();
        Hcl.Obj groups = obj();
        boolean anyLb = false;
        for (var e : new TreeMap<>(s.apis()).entrySet()) {
            if (e.getValue().type() != ApiType.LOADBALANCER) {
                continue;
            }
            anyLb = true;
            Ref api = new Ref(Kind.API, e.getKey());
            lbs.put(e.getKey(), Refs.out(api, "load_balancer_arn_suffix"));
            new TreeSet<>(e.getValue().routes().values().stream().map(RouteSpec::to)
                    .filter(r -> r.kind() == Kind.SERVICE).map(Ref::name).toList())
                    .forEach(svc -> groups.put(e.getKey() + "-" + svc, obj()
                            .put("load_balancer", Refs.out(api, "load_balancer_arn_suffix"))
                            .put("target_group", index(Refs.out(api, "target_group_arn_suffixes"), str(svc))).build()));
        }
        if (anyLb) {
            b.attr("load_balancers", lbs.build()).attr("target_groups", groups.build());
        }
    }

    /** One alarm per node: ElastiCache reports per node, {@code <replication group>-001} up to the spec's {@code nodes}. */
    private static void cacheNodes(Hcl.Obj nodes, String name, CacheSpec c) {
        for (int i = 1; i <= c.nodes(); i++) {
            nodes.put(name + "-" + i, tmpl(Refs.out(new Ref(Kind.CACHE, name), "replication_group_id"),
                    AlarmSets.cacheNodeSuffix(i)));
        }
    }

    /** Alarm when less than a tenth of the allocated storage is free ({@link AlarmSets#freeStorageBytes}). */
    static long freeStorageBytes(DatabaseSpec d) {
        return AlarmSets.freeStorageBytes(d);
    }

    /** 80 % of the database's default connection limit ({@link AlarmSets#connectionsThreshold}). */
    static long connectionsThreshold(String instanceClass) {
        return AlarmSets.connectionsThreshold(instanceClass);
    }
}

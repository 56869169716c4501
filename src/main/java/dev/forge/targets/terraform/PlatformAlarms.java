package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;

import dev.forge.platform.aws.AlarmSets;

/**
 * The container platform's part of {@code modules/monitoring}: inputs for load balancers, target groups, ECS services,
 * RDS instances and cache nodes (fed by the root from those modules' outputs) and their alarms (their dashboard
 * widgets are {@code Dashboards.PLATFORM}).
 */
final class PlatformAlarms {

    private PlatformAlarms() {
    }

    static void add(TfModule m) {
        m.optional("load_balancers", Types.STRING_MAP, "ARN suffixes of application load balancers (their LoadBalancer"
                + " dimension), by key.", obj().build());
        m.optional("target_groups", Types.map(Types.object("load_balancer", Types.STRING, "target_group", Types.STRING)),
                "Target groups by key: the ARN suffixes of their load balancer and of the group.", obj().build());
        m.optional("ecs_services", Types.map(Types.object("cluster_name", Types.STRING, "service_name", Types.STRING)),
                "ECS services by key: cluster and service name.", obj().build());
        m.optional("databases", Types.map(Types.object("instance_identifier", Types.STRING, "free_storage_bytes", Types.NUMBER,
                "max_connections", Types.NUMBER)), "RDS instances by key: identifier, free storage (bytes) below which to"
                + " alarm, and connections above which to alarm.", obj().build());
        m.optional("cache_nodes", Types.STRING_MAP, "ElastiCache node IDs (CacheClusterId: <replication group>-00N), by key.",
                obj().build());
        m.optional("cpu_percent", Types.NUMBER, "CPU use (%) of a service, database or cache that raises an alarm.", num(80));
        m.optional("memory_percent", Types.NUMBER, "Memory use (%) of a service or cache that raises an alarm.", num(80));
        m.optional("cache_evictions_threshold", Types.NUMBER, "Keys a cache node may evict in 5 minutes before an alarm"
                + " (0: any eviction; queues such as BullMQ lose jobs when keys are evicted).", num(0));
        for (AlarmSets.Alarm a : AlarmSets.PLATFORM) {
            MonitoringModule.alarm(m, MonitoringModule.Alarm.of(a));
        }
    }
}

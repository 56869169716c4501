package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.forList;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import dev.forge.platform.aws.AlarmSets;
import java.util.List;

/**
 * The container platform's part of {@code modules/monitoring}: inputs for load balancers, target groups, ECS services,
 * RDS instances and cache nodes (fed by the root from those modules' outputs), their alarms, and their dashboard
 * widgets ({@link #widgets}).
 */
final class PlatformAlarms {

    /** The dashboard widgets' locals, in order. */
    static final List<String> WIDGETS = List.of("widget_alb_5xx", "widget_target_time", "widget_ecs_cpu",
            "widget_ecs_memory", "widget_db_cpu", "widget_db_storage", "widget_cache_memory");

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

    /** The widgets' locals (each an empty list without metrics). */
    static void widgets(dev.forge.emit.hcl.Body l, Expr region) {
        l.attr("widget_alb_5xx", MonitoringModule.widget("Load balancer 5xx", region, forList("s", call("values",
                        var("load_balancers")), list(str("AWS/ApplicationELB"), str("HTTPCode_ELB_5XX_Count"), str("LoadBalancer"),
                        ref("s")))))
                .attr("target_time_metrics", forList("t", call("values", var("target_groups")), list(str("AWS/ApplicationELB"),
                        str("TargetResponseTime"), str("LoadBalancer"), ref("t.load_balancer"), str("TargetGroup"),
                        ref("t.target_group"), obj().put("stat", "p99").build())))
                .attr("widget_target_time", MonitoringModule.widget("Service p99 response time (s)", region,
                        ref("local.target_time_metrics")))
                .attr("widget_ecs_cpu", MonitoringModule.widget("Service CPU (%)", region, forList("e", call("values",
                        var("ecs_services")), list(str("AWS/ECS"), str("CPUUtilization"), str("ClusterName"),
                        ref("e.cluster_name"), str("ServiceName"), ref("e.service_name")))))
                .attr("widget_ecs_memory", MonitoringModule.widget("Service memory (%)", region, forList("e", call("values",
                        var("ecs_services")), list(str("AWS/ECS"), str("MemoryUtilization"), str("ClusterName"),
                        ref("e.cluster_name"), str("ServiceName"), ref("e.service_name")))))
                .attr("widget_db_cpu", MonitoringModule.widget("Database CPU (%)", region, forList("d", call("values",
                        var("databases")), list(str("AWS/RDS"), str("CPUUtilization"), str("DBInstanceIdentifier"),
                        ref("d.instance_identifier")))))
                .attr("widget_db_storage", MonitoringModule.widget("Database free storage (bytes)", region, forList("d",
                        call("values", var("databases")), list(str("AWS/RDS"), str("FreeStorageSpace"),
                                str("DBInstanceIdentifier"), ref("d.instance_identifier")))))
                .attr("widget_cache_memory", MonitoringModule.widget("Cache memory (%)", region, forList("c", call("values",
                        var("cache_nodes")), list(str("AWS/ElastiCache"), str("DatabaseMemoryUsagePercentage"),
                        str("CacheClusterId"), ref("c")))));
    }

    private static Expr call(String name, Expr... args) {
        return dev.forge.emit.hcl.Hcl.call(name, args);
    }
}

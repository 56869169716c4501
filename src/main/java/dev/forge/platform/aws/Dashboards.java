package dev.forge.platform.aws;

import dev.forge.platform.aws.AlarmSets.Dimension;
import dev.forge.platform.aws.AlarmSets.DimensionValue;
import dev.forge.platform.aws.AlarmSets.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The CloudWatch dashboard Forge gives an AWS environment ({@code monitoring.dashboard}), target-neutral: one metric
 * widget per entry of {@link #WIDGETS}, in that order, each graphing one metric of every subject of its kind
 * ({@link Subject}, the same subjects the alarms of {@link AlarmSets} watch), and left out when the environment has no
 * such subject. The dashboard is named {@code <app>-<env>}.
 *
 * <p>A target renders a widget as {@link #widget} shapes it: CloudWatch's dashboard-body JSON, with the region and the
 * dimension values (attributes of the watched resources, as {@link DimensionValue} says) filled in by the target.
 */
public final class Dashboards {

    public static final String TYPE = "metric";
    public static final int WIDTH = 12;
    public static final int HEIGHT = 6;
    public static final String VIEW = "timeSeries";

    private Dashboards() {
    }

    /**
     * One widget: {@code key} names it (terraform-aws's local {@code widget_<key>}), {@code stat} is the statistic when
     * it is not the metric's default (a percentile such as {@code p99}), else null.
     */
    public record Widget(String key, String title, Subject subject, String namespace, String metric,
            List<Dimension> dimensions, String stat) {
        public Widget {
            Objects.requireNonNull(key, "key");
            dimensions = List.copyOf(dimensions);
        }
    }

    private static List<Dimension> dim(String name, DimensionValue value) {
        return List.of(new Dimension(name, value));
    }

    private static final List<Dimension> FN = dim("FunctionName", DimensionValue.FUNCTION_NAME);
    private static final List<Dimension> ECS = List.of(new Dimension("ClusterName", DimensionValue.CLUSTER_NAME),
            new Dimension("ServiceName", DimensionValue.SERVICE_NAME));
    private static final List<Dimension> DB = dim("DBInstanceIdentifier", DimensionValue.DB_INSTANCE_IDENTIFIER);

    /** The serverless widgets: functions, APIs of functions, tables. */
    public static final List<Widget> SERVERLESS = List.of(
            new Widget("errors", "Function errors", Subject.FUNCTION, "AWS/Lambda", "Errors", FN, null),
            new Widget("duration", "Function p99 duration (ms)", Subject.FUNCTION, "AWS/Lambda", "Duration", FN, "p99"),
            new Widget("http_5xx", "HTTP API 5xx", Subject.HTTP_API, "AWS/ApiGateway", "5xx",
                    dim("ApiId", DimensionValue.API_ID), null),
            new Widget("rest_5xx", "REST API 5xx", Subject.REST_API, "AWS/ApiGateway", "5XXError",
                    dim("ApiName", DimensionValue.API_NAME), null),
            new Widget("throttles", "DynamoDB write throttles", Subject.TABLE, "AWS/DynamoDB", "WriteThrottleEvents",
                    dim("TableName", DimensionValue.TABLE_NAME), null));

    /** The container platform's widgets: load balancers, services, databases, caches. */
    public static final List<Widget> PLATFORM = List.of(
            new Widget("alb_5xx", "Load balancer 5xx", Subject.LOAD_BALANCER, "AWS/ApplicationELB",
                    "HTTPCode_ELB_5XX_Count", dim("LoadBalancer", DimensionValue.LOAD_BALANCER), null),
            new Widget("target_time", "Service p99 response time (s)", Subject.TARGET_GROUP, "AWS/ApplicationELB",
                    "TargetResponseTime", List.of(new Dimension("LoadBalancer", DimensionValue.LOAD_BALANCER),
                            new Dimension("TargetGroup", DimensionValue.TARGET_GROUP)), "p99"),
            new Widget("ecs_cpu", "Service CPU (%)", Subject.ECS_SERVICE, "AWS/ECS", "CPUUtilization", ECS, null),
            new Widget("ecs_memory", "Service memory (%)", Subject.ECS_SERVICE, "AWS/ECS", "MemoryUtilization", ECS, null),
            new Widget("db_cpu", "Database CPU (%)", Subject.DATABASE, "AWS/RDS", "CPUUtilization", DB, null),
            new Widget("db_storage", "Database free storage (bytes)", Subject.DATABASE, "AWS/RDS", "FreeStorageSpace", DB,
                    null),
            new Widget("cache_memory", "Cache memory (%)", Subject.CACHE_NODE, "AWS/ElastiCache",
                    "DatabaseMemoryUsagePercentage", dim("CacheClusterId", DimensionValue.CACHE_CLUSTER_ID), null));

    /** Every widget, in the dashboard's order. */
    public static final List<Widget> WIDGETS = Stream.concat(SERVERLESS.stream(), PLATFORM.stream()).toList();

    /**
     * One metric line of a widget: namespace, metric, each dimension's name and value ({@code values} in the order of
     * the widget's dimensions), then {@code {"stat": ...}} for a non-default statistic.
     */
    public static List<Object> metric(Widget w, List<?> values) {
        if (values.size() != w.dimensions().size()) {
            throw new IllegalArgumentException(w.key() + ": " + w.dimensions().size() + " dimension values expected");
        }
        List<Object> out = new ArrayList<>(List.of(w.namespace(), w.metric()));
        for (int i = 0; i < values.size(); i++) {
            out.add(w.dimensions().get(i).name());
            out.add(values.get(i));
        }
        if (w.stat() != null) {
            out.add(Map.of("stat", w.stat()));
        }
        return out;
    }

    /** The widget as the dashboard body holds it, or null when it has no metrics (the widget is left out). */
    public static Map<String, Object> widget(Widget w, Object region, List<? extends List<?>> metrics) {
        if (metrics.isEmpty()) {
            return null;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", w.title());
        properties.put("region", region);
        properties.put("view", VIEW);
        properties.put("metrics", List.copyOf(metrics));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", TYPE);
        out.put("width", WIDTH);
        out.put("height", HEIGHT);
        out.put("properties", properties);
        return out;
    }
}

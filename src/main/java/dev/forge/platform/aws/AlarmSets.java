package dev.forge.platform.aws;

import dev.forge.model.AlarmsSpec;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.FunctionSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The CloudWatch alarms Forge raises on an AWS environment, target-neutral: per kind of watched thing
 * ({@link Subject}) the metric, namespace, statistic, threshold, comparison and dimensions. Every alarm has a period
 * of {@value #PERIOD_SECONDS} seconds, {@value #EVALUATION_PERIODS} evaluation period, treats missing data as
 * {@value #TREAT_MISSING_DATA}, and notifies the environment's alarm topic on alarm and on OK. A target creates one
 * alarm per alarm kind per subject the environment has, named {@code <app>-<env>-<subject key>-<suffix>}.
 *
 * <p>How a target renders the abstract parts: a {@link Dimension}'s {@link DimensionValue} is an attribute of the
 * watched resource (said on each value); a {@link Threshold} is a number from the spec's {@code monitoring.alarms},
 * the resource, or a constant ({@link #threshold} computes it; terraform-aws passes the settings as module inputs and
 * writes the arithmetic in HCL).
 */
public final class AlarmSets {

    public static final int PERIOD_SECONDS = 300;
    public static final int EVALUATION_PERIODS = 1;
    public static final String TREAT_MISSING_DATA = "notBreaching";
    public static final String ABOVE = "GreaterThanThreshold";
    public static final String BELOW = "LessThanThreshold";

    private AlarmSets() {
    }

    /** What an alarm watches; a target makes one alarm per subject of the kind. */
    public enum Subject {
        /** Every function. */
        FUNCTION,
        /** Every HTTP API (API Gateway v2) that serves functions. */
        HTTP_API,
        /** Every REST API (API Gateway v1) that serves functions. */
        REST_API,
        /** Every table. */
        TABLE,
        /** Every dead-letter queue: functions' ({@code dlq: true}), queues' own, and those Forge creates for triggers. */
        DEAD_LETTER_QUEUE,
        /** Every function a table stream triggers. */
        STREAM_FUNCTION,
        /** The schedule group holding the functions' schedules (EventBridge Scheduler reports per group: {@code default}). */
        SCHEDULE_GROUP,
        /** Every load-balancer API. */
        LOAD_BALANCER,
        /** Every service a load balancer routes to (one target group each, keyed {@code <api>-<service>}). */
        TARGET_GROUP,
        /** Every ECS service. */
        ECS_SERVICE,
        /** Every database. */
        DATABASE,
        /** Every node of every cache ({@code <cache>-<n>}, n from 1 to its {@code nodes}). */
        CACHE_NODE
    }

    /** The value of a dimension: an attribute of the watched resource. */
    public enum DimensionValue {
        /** The function's physical name (Lambda's {@code FunctionName}). */
        FUNCTION_NAME,
        /** The HTTP API's ID. */
        API_ID,
        /** The REST API's name. */
        API_NAME,
        /** The table's physical name. */
        TABLE_NAME,
        /** The dead-letter queue's physical name. */
        QUEUE_NAME,
        /** The schedule group's name. */
        SCHEDULE_GROUP,
        /** The load balancer's ARN suffix ({@code app/<name>/<id>}: CloudFormation's {@code LoadBalancerFullName}). */
        LOAD_BALANCER,
        /** The target group's ARN suffix ({@code targetgroup/<name>/<id>}: {@code TargetGroupFullName}). */
        TARGET_GROUP,
        /** The ECS cluster's name. */
        CLUSTER_NAME,
        /** The ECS service's name. */
        SERVICE_NAME,
        /** The RDS instance's identifier. */
        DB_INSTANCE_IDENTIFIER,
        /** The cache node's ID: the replication group's ID and {@link #cacheNodeSuffix}. */
        CACHE_CLUSTER_ID
    }

    /** One dimension of an alarm's metric. */
    public record Dimension(String name, DimensionValue value) {
    }

    /** Where an alarm's threshold comes from. */
    public enum Threshold {
        /** Zero: any occurrence alarms. */
        ZERO,
        /** {@code monitoring.alarms.errors} (count in a period). */
        ERRORS,
        /** {@code monitoring.alarms.server5xx} (count in a period). */
        SERVER_5XX,
        /** {@code monitoring.alarms.latency} in milliseconds. */
        LATENCY_MS,
        /** {@code monitoring.alarms.latency} in seconds (the load balancer reports seconds). */
        LATENCY_SECONDS,
        /** {@code monitoring.alarms.cpu} (percent). */
        CPU_PERCENT,
        /** {@code monitoring.alarms.memory} (percent). */
        MEMORY_PERCENT,
        /** {@code monitoring.alarms.duration-percent} of the function's timeout, in milliseconds. */
        TIMEOUT_SHARE_MS,
        /** {@value #ITERATOR_AGE_MS} ms: stream records this old when read. */
        ITERATOR_AGE,
        /** Zero evictions (queues such as BullMQ lose jobs when keys are evicted). */
        CACHE_EVICTIONS,
        /** A tenth of the database's allocated storage, in bytes ({@link #freeStorageBytes}). */
        FREE_STORAGE_BYTES,
        /** 80 % of the database's default connection limit ({@link #connectionsThreshold}). */
        MAX_CONNECTIONS;

        /** Stream records older than a minute when read raise an alarm. */
        public static final long ITERATOR_AGE_MS = 60_000;
    }

    /**
     * One alarm kind: {@code key} names it (terraform-aws's resource label), {@code suffix} ends the alarm's name;
     * a statistic starting with {@code p} is a percentile (an extended statistic).
     */
    public record Alarm(String key, Subject subject, String suffix, String namespace, String metric, String statistic,
            Threshold threshold, List<Dimension> dimensions, String description, String comparison) {
        public Alarm {
            Objects.requireNonNull(key, "key");
            dimensions = List.copyOf(dimensions);
        }

        Alarm(String key, Subject subject, String suffix, String namespace, String metric, String statistic,
                Threshold threshold, List<Dimension> dimensions, String description) {
            this(key, subject, suffix, namespace, metric, statistic, threshold, dimensions, description, ABOVE);
        }

        public boolean percentile() {
            return statistic.startsWith("p");
        }
    }

    private static List<Dimension> dim(String name, DimensionValue value) {
        return List.of(new Dimension(name, value));
    }

    private static final List<Dimension> FN = dim("FunctionName", DimensionValue.FUNCTION_NAME);
    private static final List<Dimension> TG = List.of(new Dimension("LoadBalancer", DimensionValue.LOAD_BALANCER),
            new Dimension("TargetGroup", DimensionValue.TARGET_GROUP));
    private static final List<Dimension> ECS = List.of(new Dimension("ClusterName", DimensionValue.CLUSTER_NAME),
            new Dimension("ServiceName", DimensionValue.SERVICE_NAME));
    private static final List<Dimension> DB = dim("DBInstanceIdentifier", DimensionValue.DB_INSTANCE_IDENTIFIER);
    private static final List<Dimension> NODE = dim("CacheClusterId", DimensionValue.CACHE_CLUSTER_ID);

    /** The serverless alarms: functions, APIs of functions, tables, dead-letter queues, streams, schedules. */
    public static final List<Alarm> SERVERLESS = List.of(
            new Alarm("function_errors", Subject.FUNCTION, "errors", "AWS/Lambda", "Errors", "Sum", Threshold.ERRORS, FN,
                    "Function errors"),
            new Alarm("function_throttles", Subject.FUNCTION, "throttles", "AWS/Lambda", "Throttles", "Sum", Threshold.ZERO,
                    FN, "Function throttled"),
            new Alarm("function_duration", Subject.FUNCTION, "duration", "AWS/Lambda", "Duration", "p99",
                    Threshold.TIMEOUT_SHARE_MS, FN, "p99 duration near the timeout"),
            new Alarm("http_api_5xx", Subject.HTTP_API, "5xx", "AWS/ApiGateway", "5xx", "Sum", Threshold.SERVER_5XX,
                    dim("ApiId", DimensionValue.API_ID), "API 5xx responses"),
            new Alarm("http_api_latency", Subject.HTTP_API, "latency", "AWS/ApiGateway", "Latency", "p99",
                    Threshold.LATENCY_MS, dim("ApiId", DimensionValue.API_ID), "API p99 latency"),
            new Alarm("rest_api_5xx", Subject.REST_API, "5xx", "AWS/ApiGateway", "5XXError", "Sum", Threshold.SERVER_5XX,
                    dim("ApiName", DimensionValue.API_NAME), "API 5xx responses"),
            new Alarm("rest_api_latency", Subject.REST_API, "latency", "AWS/ApiGateway", "Latency", "p99",
                    Threshold.LATENCY_MS, dim("ApiName", DimensionValue.API_NAME), "API p99 latency"),
            new Alarm("table_read_throttles", Subject.TABLE, "read-throttles", "AWS/DynamoDB", "ReadThrottleEvents", "Sum",
                    Threshold.ZERO, dim("TableName", DimensionValue.TABLE_NAME), "DynamoDB read throttling"),
            new Alarm("table_write_throttles", Subject.TABLE, "write-throttles", "AWS/DynamoDB", "WriteThrottleEvents", "Sum",
                    Threshold.ZERO, dim("TableName", DimensionValue.TABLE_NAME), "DynamoDB write throttling"),
            new Alarm("dead_letter_depth", Subject.DEAD_LETTER_QUEUE, "dlq-depth", "AWS/SQS",
                    "ApproximateNumberOfMessagesVisible", "Maximum", Threshold.ZERO, dim("QueueName", DimensionValue.QUEUE_NAME),
                    "Messages in a dead-letter queue"),
            new Alarm("function_iterator_age", Subject.STREAM_FUNCTION, "iterator-age", "AWS/Lambda", "IteratorAge",
                    "Maximum", Threshold.ITERATOR_AGE, FN, "A stream consumer falls behind"),
            new Alarm("schedule_target_errors", Subject.SCHEDULE_GROUP, "schedule-target-errors", "AWS/Scheduler",
                    "TargetErrorCount", "Sum", Threshold.ZERO, dim("ScheduleGroup", DimensionValue.SCHEDULE_GROUP),
                    "A schedule failed to invoke its function"));

    /** The container platform's alarms: load balancers, target groups, ECS services, databases, cache nodes. */
    public static final List<Alarm> PLATFORM = List.of(
            new Alarm("alb_5xx", Subject.LOAD_BALANCER, "alb-5xx", "AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", "Sum",
                    Threshold.SERVER_5XX, dim("LoadBalancer", DimensionValue.LOAD_BALANCER),
                    "5xx responses generated by the load balancer"),
            new Alarm("target_5xx", Subject.TARGET_GROUP, "target-5xx", "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count",
                    "Sum", Threshold.SERVER_5XX, TG, "5xx responses from a service behind the load balancer"),
            new Alarm("target_response_time", Subject.TARGET_GROUP, "response-time", "AWS/ApplicationELB",
                    "TargetResponseTime", "p99", Threshold.LATENCY_SECONDS, TG, "p99 response time of a service (seconds)"),
            new Alarm("unhealthy_hosts", Subject.TARGET_GROUP, "unhealthy-hosts", "AWS/ApplicationELB", "UnHealthyHostCount",
                    "Maximum", Threshold.ZERO, TG, "Tasks failing the load balancer's health check"),
            new Alarm("ecs_cpu", Subject.ECS_SERVICE, "cpu", "AWS/ECS", "CPUUtilization", "Average", Threshold.CPU_PERCENT,
                    ECS, "Service CPU use (% of the task's CPU)"),
            new Alarm("ecs_memory", Subject.ECS_SERVICE, "memory", "AWS/ECS", "MemoryUtilization", "Average",
                    Threshold.MEMORY_PERCENT, ECS, "Service memory use (% of the task's memory)"),
            new Alarm("db_cpu", Subject.DATABASE, "db-cpu", "AWS/RDS", "CPUUtilization", "Average", Threshold.CPU_PERCENT,
                    DB, "Database CPU use"),
            new Alarm("db_free_storage", Subject.DATABASE, "db-free-storage", "AWS/RDS", "FreeStorageSpace", "Minimum",
                    Threshold.FREE_STORAGE_BYTES, DB, "Database storage running out (bytes free)", BELOW),
            new Alarm("db_connections", Subject.DATABASE, "db-connections", "AWS/RDS", "DatabaseConnections", "Maximum",
                    Threshold.MAX_CONNECTIONS, DB, "Database connections near the instance's limit"),
            new Alarm("cache_memory", Subject.CACHE_NODE, "cache-memory", "AWS/ElastiCache", "DatabaseMemoryUsagePercentage",
                    "Maximum", Threshold.MEMORY_PERCENT, NODE, "Cache memory use (% of maxmemory)"),
            new Alarm("cache_evictions", Subject.CACHE_NODE, "cache-evictions", "AWS/ElastiCache", "Evictions", "Sum",
                    Threshold.CACHE_EVICTIONS, NODE, "Keys evicted from a cache node"));

    /**
     * The threshold of an alarm on one subject, as a number. {@code function} is the watched function (for
     * {@link Threshold#TIMEOUT_SHARE_MS}), {@code database} the watched database (for its storage and connections);
     * either may be null when the threshold does not need it.
     */
    public static Number threshold(Threshold t, AlarmsSpec alarms, FunctionSpec function, DatabaseSpec database) {
        return switch (t) {
            case ZERO, CACHE_EVICTIONS -> 0;
            case ERRORS -> alarms.errors();
            case SERVER_5XX -> alarms.server5xx();
            case LATENCY_MS -> alarms.latency().millis();
            case LATENCY_SECONDS -> alarms.latency().millis() / 1000.0;
            case CPU_PERCENT -> alarms.cpu();
            case MEMORY_PERCENT -> alarms.memory();
            case TIMEOUT_SHARE_MS -> function.timeout().seconds() * 1000L * alarms.durationPercent() / 100.0;
            case ITERATOR_AGE -> Threshold.ITERATOR_AGE_MS;
            case FREE_STORAGE_BYTES -> freeStorageBytes(database);
            case MAX_CONNECTIONS -> connectionsThreshold(database.instance());
        };
    }

    /** The n-th node's suffix of a cache's node IDs ({@code -001}): ElastiCache reports per node. */
    public static String cacheNodeSuffix(int n) {
        return String.format("-%03d", n);
    }

    /** Alarm when less than a tenth of the allocated storage is free. */
    public static long freeStorageBytes(DatabaseSpec d) {
        return d.storage().mebibytes() * 1024L * 1024L / 10;
    }

    /** Memory in GiB by instance size, for the burstable (t) and general-purpose (m) families; r has twice m's. */
    private static final Map<String, Integer> MEMORY_GIB = Map.ofEntries(Map.entry("micro", 1), Map.entry("small", 2),
            Map.entry("medium", 4), Map.entry("large", 8), Map.entry("xlarge", 16), Map.entry("2xlarge", 32),
            Map.entry("4xlarge", 64), Map.entry("8xlarge", 128), Map.entry("12xlarge", 192), Map.entry("16xlarge", 256),
            Map.entry("24xlarge", 384));

    /**
     * 80 % of PostgreSQL's default {@code max_connections} on RDS, LEAST(DBInstanceClassMemory / 9531392, 5000), from the
     * class's memory (an estimate: the instance's usable memory is a little lower); 80 % of 5000 for unknown classes.
     */
    public static long connectionsThreshold(String instanceClass) {
        String[] parts = instanceClass.split("\\.");
        Integer gib = parts.length == 3 ? MEMORY_GIB.get(parts[2]) : null;
        if (gib == null || !(parts[1].startsWith("t") || parts[1].startsWith("m") || parts[1].startsWith("r"))) {
            return 4000;
        }
        long memory = (parts[1].startsWith("r") ? 2L : 1L) * gib * 1024L * 1024L * 1024L;
        return Math.min(memory / 9531392L, 5000L) * 8 / 10;
    }
}

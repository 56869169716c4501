package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.forList;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl.Obj;
import dev.forge.emit.hcl.Body;
import dev.forge.platform.aws.AlarmSets;
import dev.forge.platform.aws.Dashboards;

/** {@code modules/monitoring}: the alarm topic, alarms on functions, APIs, tables and DLQs, and a dashboard. */
final class MonitoringModule {

    static final String NAME = "monitoring";

    private MonitoringModule() {
    }

    /**
     * One alarm kind: resource label, for_each, alarm name suffix, namespace, metric, statistic, threshold, dimensions,
     * and the comparison (above the threshold unless said otherwise).
     */
    record Alarm(String label, String forEach, String suffix, String namespace, String metric, String statistic,
                 Expr threshold, Expr dimensions, String description, String comparison) {
        Alarm(String label, String forEach, String suffix, String namespace, String metric, String statistic,
              Expr threshold, Expr dimensions, String description) {
            this(label, forEach, suffix, namespace, metric, statistic, threshold, dimensions, description,
                    AlarmSets.ABOVE);
        }

        /** The shared alarm kind, for_each over the module input of its subject. */
        static Alarm of(AlarmSets.Alarm a) {
            Obj dimensions = obj();
            a.dimensions().forEach(d -> dimensions.put(d.name(), ref(dimensionRef(a.subject(), d.value()))));
            return new Alarm(a.key(), input(a.subject()), a.suffix(), a.namespace(), a.metric(), a.statistic(),
                    thresholdOf(a.threshold()), dimensions.build(), a.description(), a.comparison());
        }
    }

    /** The module input (a map by key) that lists the subjects of a kind. */
    static String input(AlarmSets.Subject s) {
        return switch (s) {
            case FUNCTION -> "functions";
            case HTTP_API -> "http_apis";
            case REST_API -> "rest_apis";
            case TABLE -> "tables";
            case DEAD_LETTER_QUEUE -> "dead_letter_queues";
            case STREAM_FUNCTION -> "stream_functions";
            case SCHEDULE_GROUP -> "schedule_groups";
            case LOAD_BALANCER -> "load_balancers";
            case TARGET_GROUP -> "target_groups";
            case ECS_SERVICE -> "ecs_services";
            case DATABASE -> "databases";
            case CACHE_NODE -> "cache_nodes";
        };
    }

    /** Inputs of objects name each dimension's field; the others map each key to the dimension's value itself. */
    private static String dimensionRef(AlarmSets.Subject s, AlarmSets.DimensionValue v) {
        String field = switch (v) {
            case FUNCTION_NAME -> s == AlarmSets.Subject.FUNCTION ? "function_name" : null;
            case LOAD_BALANCER -> s == AlarmSets.Subject.TARGET_GROUP ? "load_balancer" : null;
            case TARGET_GROUP -> "target_group";
            case CLUSTER_NAME -> "cluster_name";
            case SERVICE_NAME -> "service_name";
            case DB_INSTANCE_IDENTIFIER -> "instance_identifier";
            default -> null;
        };
        return field == null ? "each.value" : "each.value." + field;
    }

    /** A threshold: the module's input for a spec setting, or the arithmetic on the subject's fields. */
    private static Expr thresholdOf(AlarmSets.Threshold t) {
        return switch (t) {
            case ZERO -> num(0);
            case ERRORS -> var("error_threshold");
            case SERVER_5XX -> var("server_error_threshold");
            case LATENCY_MS -> var("latency_threshold_ms");
            case LATENCY_SECONDS -> op(var("latency_threshold_ms"), "/", num(1000));
            case CPU_PERCENT -> var("cpu_percent");
            case MEMORY_PERCENT -> var("memory_percent");
            case TIMEOUT_SHARE_MS -> op(op(op(ref("each.value.timeout_seconds"), "*", num(1000)), "*", var("duration_percent")),
                    "/", num(100));
            case ITERATOR_AGE -> var("iterator_age_threshold_ms");
            case CACHE_EVICTIONS -> var("cache_evictions_threshold");
            case FREE_STORAGE_BYTES -> ref("each.value.free_storage_bytes");
            case MAX_CONNECTIONS -> ref("each.value.max_connections");
        };
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "Monitoring of one environment: an SNS topic with e-mail subscriptions; alarms on"
                + " function errors, throttles and p99 duration (a share of the timeout), API 5xx responses and p99"
                + " latency, DynamoDB read/write throttles, dead-letter queue depth, stream iterator age and failed schedule"
                + " invocations; load balancer 5xx, service 5xx, p99 response time and unhealthy tasks; ECS service CPU and memory;"
                + " RDS CPU, free storage and connections; cache memory and evictions; a CloudWatch dashboard of them.");
        m.required("name", Types.STRING, "Prefix of the topic, alarm and dashboard names (app-env).");
        m.optional("alert_emails", Types.STRINGS, "E-mail addresses subscribed to the alarm topic.", list());
        m.optional("functions", Types.map(Types.object("function_name", Types.STRING, "timeout_seconds", Types.NUMBER)),
                "Functions by key.", obj().build());
        m.optional("http_apis", Types.STRING_MAP, "HTTP API IDs by key.", obj().build());
        m.optional("rest_apis", Types.STRING_MAP, "REST API names by key.", obj().build());
        m.optional("tables", Types.STRING_MAP, "DynamoDB table names by key.", obj().build());
        m.optional("dead_letter_queues", Types.STRING_MAP, "Dead-letter queue names by key.", obj().build());
        m.optional("stream_functions", Types.STRING_MAP, "Names of the functions reading a table stream, by key.", obj().build());
        m.optional("schedule_groups", Types.STRING_MAP, "EventBridge Scheduler groups holding the functions' schedules, by key.",
                obj().build());
        m.optional("iterator_age_threshold_ms", Types.NUMBER, "Stream records older than this (ms) when read raise an alarm.",
                num(AlarmSets.Threshold.ITERATOR_AGE_MS));
        m.optional("error_threshold", Types.NUMBER, "Function errors in 5 minutes that raise an alarm.", num(5));
        m.optional("duration_percent", Types.NUMBER, "Alarm when p99 duration passes this percentage of the timeout.", num(90));
        m.optional("server_error_threshold", Types.NUMBER, "API 5xx responses in 5 minutes that raise an alarm.", num(5));
        m.optional("latency_threshold_ms", Types.NUMBER, "API p99 latency (ms) that raises an alarm.", num(3000));
        m.optional("create_alarms", Types.BOOL, "Create the alarms.", bool(true));
        m.optional("create_dashboard", Types.BOOL, "Create the dashboard.", bool(true));
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
        m.data("aws_region", "current", b -> { });
        m.resource("aws_sns_topic", "this", b -> b
                .attr("name", tmpl(var("name"), "-alarms"))
                .comment("The AWS-managed aws/sns key cannot be used: CloudWatch alarms need a key policy granting them.")
                .attr("tags", var("tags")));
        m.resource("aws_sns_topic_subscription", "email", b -> b
                .attr("for_each", call("toset", var("alert_emails"))).blank()
                .attr("topic_arn", ref("aws_sns_topic.this.arn"))
                .attr("protocol", "email")
                .attr("endpoint", ref("each.value")));
        for (AlarmSets.Alarm a : AlarmSets.SERVERLESS) {
            alarm(m, Alarm.of(a));
        }
        PlatformAlarms.add(m);
        Expr region = ref("data.aws_region.current.region");
        m.locals(l -> widgets(l, Dashboards.SERVERLESS, region));
        m.locals(l -> widgets(l, Dashboards.PLATFORM, region));
        Expr[] widgets = Dashboards.WIDGETS.stream().map(w -> ref("local.widget_" + w.key())).toArray(Expr[]::new);
        m.resource("aws_cloudwatch_dashboard", "this", b -> b
                .attr("count", cond(var("create_dashboard"), num(1), num(0))).blank()
                .attr("dashboard_name", var("name"))
                .attr("dashboard_body", call("jsonencode", obj().put("widgets", call("concat", widgets)).build())));
        m.output("alarm_topic_arn", "ARN of the alarm topic.", ref("aws_sns_topic.this.arn"));
        m.output("dashboard_name", "Name of the dashboard (null without one).",
                call("one", ref("aws_cloudwatch_dashboard.this[*].dashboard_name")));
        return m;
    }

    /** A {@code aws_cloudwatch_metric_alarm} per entry of the alarm's input map, notifying the topic. */
    static void alarm(TfModule m, Alarm a) {
        Expr none = obj().build();
        boolean percentile = a.statistic().startsWith("p"); // a percentile is an extended statistic
        m.resource("aws_cloudwatch_metric_alarm", a.label(), b -> {
            b.attr("for_each", cond(var("create_alarms"), var(a.forEach()), none)).blank()
                    .attr("alarm_name", tmpl(var("name"), "-", ref("each.key"), "-" + a.suffix()))
                    .attr("alarm_description", a.description())
                    .attr("namespace", a.namespace())
                    .attr("metric_name", a.metric());
            b.attr(percentile ? "extended_statistic" : "statistic", a.statistic())
                    .attr("period", AlarmSets.PERIOD_SECONDS)
                    .attr("evaluation_periods", AlarmSets.EVALUATION_PERIODS)
                    .attr("threshold", a.threshold())
                    .attr("comparison_operator", a.comparison())
                    .attr("treat_missing_data", AlarmSets.TREAT_MISSING_DATA)
                    .attr("dimensions", a.dimensions())
                    .attr("alarm_actions", list(ref("aws_sns_topic.this.arn")))
                    .attr("ok_actions", list(ref("aws_sns_topic.this.arn")))
                    .attr("tags", var("tags"));
        });
    }

    /**
     * The shared dashboard's widgets ({@link Dashboards}) as locals {@code widget_<key>}, each a list of one widget or
     * none; a widget with a statistic of its own reads its metrics from the local {@code <key>_metrics}.
     */
    static void widgets(Body l, java.util.List<Dashboards.Widget> ws, Expr region) {
        for (Dashboards.Widget w : ws) {
            String v = loopVariable(w.subject());
            java.util.List<Expr> line = new java.util.ArrayList<>(java.util.List.of(str(w.namespace()), str(w.metric())));
            w.dimensions().forEach(d -> {
                line.add(str(d.name()));
                line.add(ref(v + dimensionRef(w.subject(), d.value()).substring("each.value".length())));
            });
            if (w.stat() != null) {
                line.add(obj().put("stat", w.stat()).build());
            }
            Expr metrics = forList(v, call("values", var(input(w.subject()))), list(line));
            if (w.stat() != null) {
                l.attr(w.key() + "_metrics", metrics);
                metrics = ref("local." + w.key() + "_metrics");
            }
            l.attr("widget_" + w.key(), widget(w.title(), region, metrics));
        }
    }

    /** The for-expression's variable over the subjects of a kind. */
    private static String loopVariable(AlarmSets.Subject s) {
        return switch (s) {
            case FUNCTION, STREAM_FUNCTION -> "f";
            case HTTP_API -> "id";
            case REST_API -> "n";
            case TABLE, TARGET_GROUP -> "t";
            case LOAD_BALANCER -> "s";
            case ECS_SERVICE -> "e";
            case DATABASE -> "d";
            case CACHE_NODE -> "c";
            case DEAD_LETTER_QUEUE -> "q";
            case SCHEDULE_GROUP -> "g";
        };
    }

    /** A metric widget, present only when it has metrics. */
    static Expr widget(String title, Expr region, Expr metrics) {
        return forList("m", list(metrics), obj()
                .put("type", Dashboards.TYPE)
                .put("width", num(Dashboards.WIDTH))
                .put("height", num(Dashboards.HEIGHT))
                .put("properties", obj()
                        .put("title", title)
                        .put("region", region)
                        .put("view", Dashboards.VIEW)
                        .put("metrics", ref("m")).build()).build(),
                op(call("length", ref("m")), ">", num(0)));
    }
}

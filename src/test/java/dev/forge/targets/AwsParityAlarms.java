package dev.forge.targets;

import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alarms of one environment read back from each AWS target's files, as one line per alarm name: namespace,
 * metric, statistic, comparison, threshold, period, evaluation periods, missing data, actions, and each dimension's
 * value said the way cloudformation says it (terraform's module outputs mapped by {@link #cloudFormationOf}).
 *
 * <p>terraform-aws: each {@code aws_cloudwatch_metric_alarm} of {@code modules/monitoring} expanded over its
 * {@code for_each} input as the environment root's {@code module "monitoring"} sets it (a threshold's arithmetic
 * evaluated with the root's values, else the module's defaults). cloudformation: every
 * {@code AWS::CloudWatch::Alarm} of the environment's template(s).
 */
final class AwsParityAlarms {

    private AwsParityAlarms() {
    }

    // ---- terraform-aws

    static Map<String, String> terraform(String rootMain, String moduleMain, String moduleVariables) {
        Map<String, String> out = new TreeMap<>();
        HclBlock root = new ParsedArtifact("main.tf", rootMain).hclBlocks().stream()
                .filter(b -> b.type().equals("module") && b.labels().get(0).equals("monitoring")).findFirst().orElse(null);
        if (root == null) {
            return out;
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        new ParsedArtifact("variables.tf", moduleVariables).hclBlocks().forEach(v -> v.attribute("default")
                .ifPresent(d -> defaults.put(v.labels().get(0), d.value())));
        String name = root.attribute("name").orElseThrow().unquoted();
        boolean create = root.attribute("create_alarms").map(a -> a.value().equals("true")).orElse(true);
        for (HclBlock r : new ParsedArtifact("main.tf", moduleMain).hclBlocks()) {
            if (!r.isResource("aws_cloudwatch_metric_alarm")) {
                continue;
            }
            Matcher each = Pattern.compile("^var\\.create_alarms \\? var\\.(\\w+) : \\{}$")
                    .matcher(r.attribute("for_each").orElseThrow().value());
            if (!each.matches() || !create) {
                continue;
            }
            Optional<HclBlock> input = root.children().stream().filter(c -> c.type().equals(each.group(1))).findFirst();
            Map<String, Object> entries = new TreeMap<>();
            if (input.isPresent()) {
                input.get().attributes().forEach((k, v) -> entries.put(k, v.value()));
                input.get().children().forEach(c -> {
                    Map<String, String> fields = new TreeMap<>();
                    c.attributes().forEach((k, v) -> fields.put(k, v.value()));
                    entries.put(c.type(), fields);
                });
            }
            String suffix = r.attribute("alarm_name").orElseThrow().unquoted().replace("${var.name}-${each.key}", "");
            entries.forEach((key, value) -> {
                String threshold = number(evaluate(r.attribute("threshold").orElseThrow().value(), root, defaults, value));
                // dimensions compared by name: CloudWatch takes them as a set
                Map<String, String> dims = new TreeMap<>();
                r.blocks("dimensions").get(0).attributes().forEach((d, v) -> dims.put(d,
                        cloudFormationOf(key, moduleInput(rootMain, field(value, v.value())))));
                String statistic = r.attribute("statistic").or(() -> r.attribute("extended_statistic")).orElseThrow()
                        .unquoted();
                out.put(name + "-" + key + suffix, line(q(r, "namespace"), q(r, "metric_name"), statistic,
                        q(r, "comparison_operator"), threshold, q(r, "period"), q(r, "evaluation_periods"),
                        q(r, "treat_missing_data"), r.attribute("alarm_actions").orElseThrow().value()
                                + r.attribute("ok_actions").orElseThrow().value(), dims));
            });
        }
        return out;
    }

    private static String q(HclBlock r, String attribute) {
        return r.attribute(attribute).orElseThrow().unquoted();
    }

    private static String line(String namespace, String metric, String statistic, String comparison, String threshold,
            String period, String evaluations, String missing, String actions, Map<String, String> dimensions) {
        return namespace + " " + metric + " " + statistic + " " + comparison + " " + threshold + " period=" + period
                + " evaluations=" + evaluations + " missing=" + missing + " actions=" + actions + " |" + dimensions;
    }

    /** {@code each.value} or {@code each.value.<field>} of an input entry. */
    @SuppressWarnings("unchecked")
    private static String field(Object entry, String ref) {
        if (ref.equals("each.value")) {
            return (String) entry;
        }
        return ((Map<String, String>) entry).get(ref.substring("each.value.".length()));
    }

    /** A threshold's arithmetic ({@code ((each.value.x * 1000) * var.y) / 100}), left to right. */
    @SuppressWarnings("unchecked")
    private static double evaluate(String expr, HclBlock root, Map<String, String> defaults, Object entry) {
        String[] tokens = expr.replace("(", "").replace(")", "").trim().split("\\s+");
        double value = operand(tokens[0], root, defaults, entry);
        for (int i = 1; i + 1 < tokens.length; i += 2) {
            double right = operand(tokens[i + 1], root, defaults, entry);
            value = switch (tokens[i]) {
                case "*" -> value * right;
                case "/" -> value / right;
                default -> throw new IllegalArgumentException("operator " + tokens[i] + " in " + expr);
            };
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static double operand(String t, HclBlock root, Map<String, String> defaults, Object entry) {
        if (t.startsWith("var.")) {
            String v = t.substring(4);
            return Double.parseDouble(root.attribute(v).map(HclBlock.Attribute::value).orElseGet(() -> defaults.get(v)));
        }
        if (t.startsWith("each.value.")) {
            return Double.parseDouble(((Map<String, String>) entry).get(t.substring("each.value.".length())));
        }
        return Double.parseDouble(t);
    }

    private static final Pattern MODULE_OUT = Pattern.compile("^module\\.([a-z]+)_(\\w+)\\.(\\w+)(?:\\[\"([^\"]+)\"])?$");
    private static final Pattern NODE = Pattern.compile("^\"\\$\\{module\\.cache_(\\w+)\\.replication_group_id}(-\\d{3})\"$");
    private static final Pattern TRIGGER_KEY = Pattern.compile("^trigger-(.+)-(schedule-\\d+|table-.+)$");

    private static final Pattern API_NAME = Pattern.compile("^module\\.(api_\\w+)\\.api_name$");

    /**
     * A REST API's name as the root gives it to its module ({@code module.api_x.api_name} is the module's {@code name}
     * input, quoted): CloudWatch's ApiName dimension, which cloudformation writes as the same text (a REST API has no
     * name attribute to refer to). Any other value as it is.
     */
    private static String moduleInput(String rootMain, String tf) {
        Matcher m = API_NAME.matcher(tf);
        if (!m.matches()) {
            return tf;
        }
        return new ParsedArtifact("main.tf", rootMain).hclBlocks().stream()
                .filter(b -> b.type().equals("module") && b.labels().get(0).equals(m.group(1))).findFirst()
                .flatMap(b -> b.attribute("name")).map(a -> a.value()).orElse(tf);
    }

    /**
     * The mapping between the targets, stated once: a terraform dimension value (a module output the root passes, as
     * written) and the value cloudformation gives the same dimension. Function, table, RDS instance and cluster names
     * and HTTP API IDs are the resource's {@code Ref}; a dead-letter queue's name its {@code QueueName}; a load
     * balancer's and a target group's ARN suffix their {@code LoadBalancerFullName} / {@code TargetGroupFullName}; a
     * service's name its {@code Name}; a cache node's ID the replication group's {@code Ref} and {@code -00n}; a
     * trigger's dead-letter queue (a root resource in terraform) the function's {@code Trigger<i>DeadLetterQueue}.
     */
    static String cloudFormationOf(String key, String tf) {
        if (tf.startsWith("\"") && !tf.contains("${")) {
            return tf.substring(1, tf.length() - 1);
        }
        Matcher node = NODE.matcher(tf);
        if (node.matches()) {
            return "Sub ${" + id("cache", node.group(1)) + "}" + node.group(2);
        }
        if (tf.startsWith("aws_sqs_queue.") && tf.endsWith(".name")) {
            Matcher k = TRIGGER_KEY.matcher(key);
            if (k.matches()) {
                return "GetAtt " + id("function", k.group(1)) + "Trigger*DeadLetterQueue.QueueName";
            }
        }
        Matcher m = MODULE_OUT.matcher(tf);
        if (!m.matches()) {
            return "? " + tf;
        }
        String kind = m.group(1);
        String name = m.group(2);
        if (kind.equals("ecs") && name.equals("cluster")) {
            return "Ref Cluster";
        }
        String id = id(kind, name);
        return switch (m.group(3)) {
            case "function_name", "api_id", "table_name", "instance_identifier" -> "Ref " + id;
            case "dead_letter_queue_name", "queue_dead_letter_name" -> "GetAtt " + id + "DeadLetterQueue.QueueName";
            case "load_balancer_arn_suffix" -> "GetAtt " + id + ".LoadBalancerFullName";
            case "target_group_arn_suffixes" -> "GetAtt " + id + "TargetGroup" + camel(m.group(4)) + ".TargetGroupFullName";
            case "service_name" -> "GetAtt " + id + ".Name";
            default -> "? " + tf;
        };
    }

    private static String id(String kind, String moduleName) {
        return camel(kind) + camel(moduleName);
    }

    private static String camel(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    // ---- cloudformation

    @SuppressWarnings("unchecked")
    static Map<String, String> cloudFormation(Map<String, Object> resources) {
        Map<String, String> out = new TreeMap<>();
        resources.forEach((id, r) -> {
            Map<String, Object> res = (Map<String, Object>) r;
            if (!"AWS::CloudWatch::Alarm".equals(res.get("Type"))) {
                return;
            }
            Map<String, Object> p = (Map<String, Object>) res.get("Properties");
            Map<String, String> dims = new TreeMap<>();
            for (Object d : (List<Object>) p.get("Dimensions")) {
                Map<String, Object> dim = (Map<String, Object>) d;
                dims.put((String) dim.get("Name"), said(dim.get("Value")));
            }
            Object statistic = p.containsKey("Statistic") ? p.get("Statistic") : p.get("ExtendedStatistic");
            out.put((String) p.get("AlarmName"), line((String) p.get("Namespace"), (String) p.get("MetricName"),
                    (String) statistic, (String) p.get("ComparisonOperator"),
                    number(((Number) p.get("Threshold")).doubleValue()), String.valueOf(p.get("Period")),
                    String.valueOf(p.get("EvaluationPeriods")), (String) p.get("TreatMissingData"),
                    actions(p.get("AlarmActions")) + actions(p.get("OKActions")), dims));
        });
        return out;
    }

    /** The environment's alarm topic, as terraform's module writes it: {@code [aws_sns_topic.this.arn]}. */
    @SuppressWarnings("unchecked")
    private static String actions(Object v) {
        List<String> out = new ArrayList<>();
        for (Object a : (List<Object>) v) {
            out.add("AlarmTopic".equals(((Map<String, Object>) a).get("Ref")) ? "aws_sns_topic.this.arn" : String.valueOf(a));
        }
        return out.toString();
    }

    /** A dimension value as {@link #cloudFormationOf} writes it (a trigger's index left out: terraform keys by kind). */
    @SuppressWarnings("unchecked")
    private static String said(Object v) {
        if (v instanceof String s) {
            return s;
        }
        Map<String, Object> m = (Map<String, Object>) v;
        if (m.get("Ref") instanceof String ref) {
            return "Ref " + ref;
        }
        if (m.get("Fn::GetAtt") instanceof List<?> l) {
            return "GetAtt " + String.valueOf(l.get(0)).replaceAll("Trigger\\d+DeadLetterQueue$", "Trigger*DeadLetterQueue")
                    + "." + l.get(1);
        }
        if (m.get("Fn::Sub") instanceof String sub) {
            return "Sub " + sub;
        }
        return "? " + v;
    }

    /**
     * Terraform alarms on subjects cloudformation does not render yet (its rendering lists them as skipped: REST
     * APIs), left out of the comparison: an alarm whose API has no resource in the template.
     */
    static void dropUnrendered(Map<String, String> terraform, Map<String, Object> resources, ResolvedEnv env) {
        env.spec().apis().forEach((n, a) -> {
            if (!resources.containsKey(id("api", n))) {
                String prefix = env.naming().prefix() + "-" + n + "-";
                terraform.keySet().removeIf(k -> k.startsWith(prefix) && terraform.get(k).startsWith("AWS/ApiGateway "));
            }
        });
    }

    // ---- the dashboard

    private static final Pattern CONCAT = Pattern.compile("widgets = concat\\(([^)]*)\\)");
    private static final Pattern VALUES = Pattern.compile("values\\(var\\.(\\w+)\\)\\s*:\\s*\\[\\s*\"([^\"]+)\",\\s*\"([^\"]+)\"");
    private static final Pattern TITLE = Pattern.compile("title\\s*=\\s*\"([^\"]+)\"");

    /**
     * terraform-aws's dashboard widgets as {@code title: namespace metric xN}, in the dashboard's order: each local of
     * {@code concat(...)} in {@code modules/monitoring}, its metrics over the root's input (N its entries, the widget
     * left out at none); empty when the root turns the dashboard off.
     */
    static List<String> terraformWidgets(String rootMain, String moduleMain) {
        List<String> out = new ArrayList<>();
        HclBlock root = new ParsedArtifact("main.tf", rootMain).hclBlocks().stream()
                .filter(b -> b.type().equals("module") && b.labels().get(0).equals("monitoring")).findFirst().orElse(null);
        Matcher concat = CONCAT.matcher(moduleMain);
        if (root == null || !concat.find() || !root.attribute("create_dashboard").map(a -> a.value().equals("true")).orElse(true)) {
            return out;
        }
        for (String local : concat.group(1).split(",\\s*")) {
            String name = local.trim().substring("local.".length());
            String widget = definition(moduleMain, name);
            Matcher own = Pattern.compile("local\\.(\\w+_metrics)").matcher(widget);
            String metrics = own.find() ? definition(moduleMain, own.group(1)) : widget;
            Matcher v = VALUES.matcher(metrics);
            Matcher title = TITLE.matcher(widget);
            if (!v.find() || !title.find()) {
                throw new AssertionError("unreadable widget " + name);
            }
            int n = root.children().stream().filter(c -> c.type().equals(v.group(1)))
                    .mapToInt(c -> c.attributes().size() + c.children().size()).sum();
            if (n > 0) {
                out.add(title.group(1) + ": " + v.group(2) + " " + v.group(3) + " x" + n);
            }
        }
        return out;
    }

    /** The text of the local {@code name} (from its line to the next local of the block). */
    private static String definition(String moduleMain, String name) {
        int start = moduleMain.indexOf("\n  " + name + " = ");
        Matcher next = Pattern.compile("\\n  \\w+ = |\\n}").matcher(moduleMain);
        return next.find(start + 1) ? moduleMain.substring(start, next.start()) : moduleMain.substring(start);
    }

    /** cloudformation's dashboard widgets, read from the JSON inside {@code Dashboard}'s {@code Fn::Sub}. */
    @SuppressWarnings("unchecked")
    static List<String> cloudFormationWidgets(Map<String, Object> resources) {
        List<String> out = new ArrayList<>();
        Map<String, Object> dashboard = (Map<String, Object>) resources.get("Dashboard");
        if (dashboard == null) {
            return out;
        }
        Map<String, Object> p = (Map<String, Object>) dashboard.get("Properties");
        String body = (String) ((Map<String, Object>) p.get("DashboardBody")).get("Fn::Sub");
        for (Object w : (List<Object>) ((Map<String, Object>) dev.forge.util.Json.parse(body)).get("widgets")) {
            Map<String, Object> props = (Map<String, Object>) ((Map<String, Object>) w).get("properties");
            List<Object> metrics = (List<Object>) props.get("metrics");
            List<Object> first = (List<Object>) metrics.get(0);
            out.add(props.get("title") + ": " + first.get(0) + " " + first.get(1) + " x" + metrics.size());
        }
        return out;
    }
}

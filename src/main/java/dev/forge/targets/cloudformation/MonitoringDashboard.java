package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.platform.aws.AlarmSets;
import dev.forge.platform.aws.Dashboards;
import dev.forge.util.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The CloudWatch dashboard of an environment's monitoring (added by {@link MonitoringPart}, after its alarms). */
final class MonitoringDashboard {

    private MonitoringDashboard() {
    }

    /**
     * The dashboard {@code Dashboard} ({@code <app>-<env>}), as terraform-aws's: the shared widgets
     * ({@link Dashboards#WIDGETS}) in order, each graphing its metric of every subject of its kind, left out when
     * there is none. The body is CloudWatch's JSON written by {@link Json} from maps, inside one {@code Fn::Sub} whose
     * placeholders are the stack's values (the region, the watched resources' names and IDs).
     */
    static void add(Stack stack) {
        List<Object> widgets = new ArrayList<>();
        for (Dashboards.Widget w : Dashboards.WIDGETS) {
            List<List<Object>> metrics = new ArrayList<>();
            dimensionValues(stack, w.subject()).values().forEach(values -> metrics.add(Dashboards.metric(w,
                    values.stream().map(MonitoringDashboard::placeholder).toList())));
            Map<String, Object> widget = Dashboards.widget(w, "${AWS::Region}", metrics);
            if (widget != null) {
                widgets.add(widget);
            }
        }
        stack.template().add("Dashboard", "AWS::CloudWatch::Dashboard", YamlMap.of(
                "DashboardName", stack.env().naming().prefix(),
                "DashboardBody", Fn.sub(Json.write(Map.of("widgets", widgets)).stripTrailing())));
    }

    /** A subject's dimension values by key, sorted by key (terraform-aws's {@code values()} of a map). */
    private static Map<String, List<Object>> dimensionValues(Stack stack, AlarmSets.Subject subject) {
        return switch (subject) {
            case LOAD_BALANCER, TARGET_GROUP, ECS_SERVICE, DATABASE, CACHE_NODE -> MonitoringPart.platformSubjects(stack, subject);
            default -> {
                Map<String, List<Object>> out = new TreeMap<>();
                MonitoringPart.subjects(stack, subject).forEach((k, v) -> out.put(k, List.of(v)));
                yield out;
            }
        };
    }

    /**
     * A value of the template tree as it stands in a {@code Fn::Sub} template: {@code Ref X} is {@code ${X}},
     * {@code Fn::GetAtt [X, A]} is {@code ${X.A}}, a {@code Fn::Sub} is its own template, a plain string itself
     * (a literal dollar-brace written with Fn::Sub's escape, dollar-brace-bang).
     */
    static String placeholder(Object value) {
        if (value instanceof YamlMap m && m.get("Ref") instanceof String id) {
            return "${" + id + "}";
        }
        if (value instanceof YamlMap m && m.get("Fn::GetAtt") instanceof YamlList l) {
            return "${" + l.get(0) + "." + l.get(1) + "}";
        }
        if (value instanceof YamlMap m && m.get("Fn::Sub") instanceof String template) {
            return template;
        }
        if (value instanceof String str) {
            return str.replace("${", "${!");
        }
        throw new IllegalArgumentException("no Fn::Sub placeholder for " + value);
    }
}

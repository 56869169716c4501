package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;

/** Autoscaling of an ECS service: target tracking on CPU, memory and load balancer requests; scheduled bounds. */
final class EcsScaling {

    private EcsScaling() {
    }

    static void variables(TfModule m) {
        m.optional("min_capacity", Types.NUMBER, "Fewest tasks (null: no autoscaling, desired_count stays).", nul());
        m.optional("max_capacity", Types.NUMBER, "Most tasks.", nul());
        m.optional("cpu_target", Types.NUMBER, "Average CPU use (percent) autoscaling keeps.", num(70));
        m.optional("memory_target", Types.NUMBER, "Average memory use (percent) autoscaling keeps (null: none).", nul());
        m.optional("requests_per_target", Types.NUMBER, "Load balancer requests per task per minute autoscaling keeps"
                + " (null: none).", nul());
        m.optional("request_count_resource_label", Types.STRING, "app/<lb>/<id>/targetgroup/<tg>/<id> of the target"
                + " group, for request tracking.", nul());
        m.optional("scaling_schedules", Types.map(Types.object("schedule", Types.STRING, "timezone", Types.STRING,
                "min", Types.NUMBER, "max", Types.NUMBER)), "Scheduled changes of the bounds by name: cron(...) expression,"
                + " time zone, min and max.", obj().build());
    }

    static void resources(TfModule m) {
        Expr on = op(var("min_capacity"), "!=", nul());
        m.resource("aws_appautoscaling_target", "this", b -> b
                .attr("count", cond(on, num(1), num(0))).blank()
                .attr("service_namespace", "ecs")
                .attr("scalable_dimension", "ecs:service:DesiredCount")
                .attr("resource_id", tmpl("service/", var("cluster_name"), "/", ref("local.service.name")))
                .attr("min_capacity", var("min_capacity"))
                .attr("max_capacity", var("max_capacity")));
        policy(m, "cpu", on, "ECSServiceAverageCPUUtilization", var("cpu_target"), false);
        policy(m, "memory", op(on, "&&", op(var("memory_target"), "!=", nul())), "ECSServiceAverageMemoryUtilization",
                var("memory_target"), false);
        policy(m, "requests", op(on, "&&", op(var("requests_per_target"), "!=", nul())), "ALBRequestCountPerTarget",
                var("requests_per_target"), true);
        m.resource("aws_appautoscaling_scheduled_action", "this", b -> b
                .attr("for_each", cond(on, var("scaling_schedules"), obj().build())).blank()
                .attr("name", tmpl(var("name"), "-", ref("each.key")))
                .attr("service_namespace", ref("aws_appautoscaling_target.this[0].service_namespace"))
                .attr("resource_id", ref("aws_appautoscaling_target.this[0].resource_id"))
                .attr("scalable_dimension", ref("aws_appautoscaling_target.this[0].scalable_dimension"))
                .attr("schedule", ref("each.value.schedule"))
                .attr("timezone", ref("each.value.timezone"))
                .block("scalable_target_action", a -> a
                        .attr("min_capacity", ref("each.value.min"))
                        .attr("max_capacity", ref("each.value.max"))));
    }

    private static void policy(TfModule m, String label, Expr when, String metric, Expr target, boolean requests) {
        m.resource("aws_appautoscaling_policy", label, b -> b
                .attr("count", cond(when, num(1), num(0))).blank()
                .attr("name", tmpl(var("name"), "-" + label))
                .attr("policy_type", "TargetTrackingScaling")
                .attr("service_namespace", ref("aws_appautoscaling_target.this[0].service_namespace"))
                .attr("resource_id", ref("aws_appautoscaling_target.this[0].resource_id"))
                .attr("scalable_dimension", ref("aws_appautoscaling_target.this[0].scalable_dimension"))
                .block("target_tracking_scaling_policy_configuration", c -> {
                    c.attr("target_value", target)
                            .attr("scale_in_cooldown", 300)
                            .attr("scale_out_cooldown", 60)
                            .block("predefined_metric_specification", p -> {
                                p.attr("predefined_metric_type", metric);
                                if (requests) {
                                    p.attr("resource_label", var("request_count_resource_label"));
                                }
                            });
                }));
    }

}

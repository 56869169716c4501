package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.terraform.TfModule.check;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import java.util.List;

/**
 * {@code modules/ecs_service}: one long-running service on Fargate: its task definition (EcsTasks), the ECS
 * service in private subnets (rolling, or ECS's own blue-green (EcsBlueGreen), both with circuit breaker and rollback),
 * and target-tracking and scheduled autoscaling (EcsScaling).
 */
final class EcsServiceModule {

    static final String NAME = "ecs_service";

    private EcsServiceModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "A service on AWS Fargate: task definition with one hardened container (read-only"
                + " root filesystem with a writable /tmp volume, numeric non-root user, every capability dropped, secrets"
                + " injected from Secrets Manager or SSM, logs to its own log group), execution and task roles with the"
                + " statements passed in, the ECS service in private subnets behind an optional target group (rolling"
                + " deployments that never go below the desired count and roll back on failure, or ECS's own blue-green"
                + " through a second target group), ECS Exec off, and target tracking on CPU, memory and requests plus scheduled scaling.");
        EcsTasks.variables(m, true);
        variables(m);
        EcsTasks.resources(m, var("port"));
        Expr blueGreen = op(var("deployment"), "==", str("blue-green"));
        Expr rolling = op(var("deployment"), "==", str("rolling"));
        Expr notCi = op(var("ci_deploys_image"), "==", bool(false));
        service(m, "this", op(rolling, "&&", notCi), false, false);
        service(m, "ci", op(rolling, "&&", var("ci_deploys_image")), false, true);
        service(m, "blue_green", op(blueGreen, "&&", notCi), true, false);
        service(m, "blue_green_ci", op(blueGreen, "&&", var("ci_deploys_image")), true, true);
        m.locals(l -> l.attr("service", call("one", call("concat", ref("aws_ecs_service.this"),
                ref("aws_ecs_service.ci"), ref("aws_ecs_service.blue_green"), ref("aws_ecs_service.blue_green_ci")))));
        m.resource("aws_service_discovery_service", "this", b -> b
                .attr("count", cond(op(var("discovery_name"), "==", nul()), num(0), num(1))).blank()
                .attr("name", var("discovery_name"))
                .attr("description", Hcl.tmpl("Tasks of ", var("name"), " (ECS keeps the records current)."))
                .block("dns_config", d -> d
                        .attr("namespace_id", var("discovery_namespace_id"))
                        .comment("One A record per running task; a caller's resolver spreads requests over them.")
                        .attr("routing_policy", "MULTIVALUE")
                        .block("dns_records", r -> r.attr("type", "A").attr("ttl", dev.forge.platform.aws.ServiceDiscovery.TTL_SECONDS)))
                .comment("ECS reports each task's health (its container health check) to Cloud Map.")
                .block("health_check_custom_config", h -> { })
                .attr("tags", var("tags")));
        EcsScaling.resources(m);
        EcsBlueGreen.resources(m, blueGreen);
        m.output("service_name", "Name of the ECS service.", ref("local.service.name"));
        EcsTasks.outputs(m);
        m.output("blue_green_role_arn", "Infrastructure role ECS moves a blue-green service's traffic as (null for"
                + " rolling).", call("one", ref("aws_iam_role.blue_green[*].arn")));
        return m;
    }

    private static void variables(TfModule m) {
        m.required("cluster_arn", Types.STRING, "ARN of the ECS cluster (module ecs_cluster).");
        m.required("cluster_name", Types.STRING, "Name of the ECS cluster.");
        m.required("port", Types.NUMBER, "Port the container listens on.");
        m.required("subnet_ids", Types.STRINGS, "Private subnets the tasks run in (no public IP).");
        m.required("security_group_ids", Types.STRINGS, "Security groups of the tasks (module network).");
        m.optional("desired_count", Types.NUMBER, "Tasks at creation (autoscaling moves it afterwards).", num(1));
        m.optional("target_group_arn", Types.STRING, "Target group the tasks register in (null: no load balancer).", nul());
        m.optional("health_check_grace_period_seconds", Types.NUMBER, "Seconds after a task starts before failing load"
                + " balancer health checks count.", num(30));
        m.optional("deployment", Types.STRING, "rolling or blue-green (ECS's own strategy: a green target group and"
                + " the production listener rule ECS moves; both with circuit breaker and rollback).",
                str("rolling"), check(call("contains", Hcl.strings(List.of("rolling", "blue-green")), var("deployment")),
                        "deployment must be rolling or blue-green."), check(op(op(var("deployment"), "==", str("rolling")),
                        "||", op(op(op(var("target_group_arn"), "!=", nul()), "&&", op(var("green_target_group_arn"), "!=",
                        nul())), "&&", op(var("production_listener_rule_arn"), "!=", nul()))), "blue-green needs"
                        + " target_group_arn, green_target_group_arn and production_listener_rule_arn."));
        m.optional("ci_deploys_image", Types.BOOL, "CI rolls out new images (a service whose image it builds):"
                + " Terraform creates the service and registers task definition revisions, and leaves the service's"
                + " task definition to CI, whose next rollout starts from the newest revision.", bool(false));
        m.optional("enable_execute_command", Types.BOOL, "ECS Exec (a shell into running tasks).", bool(false));
        m.optional("discovery_namespace_id", Types.STRING, "Private DNS namespace (AWS Cloud Map) to register the tasks"
                + " in, with discovery_name.", nul());
        m.optional("discovery_name", Types.STRING, "Name of the service in the namespace (null: not registered).",
                nul(), check(op(op(var("discovery_name"), "==", nul()), "||", op(op(var("deployment"), "==",
                        str("rolling")), "&&", op(var("discovery_namespace_id"), "!=", nul()))), "discovery_name needs"
                        + " discovery_namespace_id and a rolling deployment (a blue-green service's new tasks take traffic"
                        + " when ECS moves its listener rule, not when they register)."));
        EcsScaling.variables(m);
        EcsBlueGreen.variables(m);
    }

    /**
     * The service; one resource per kind because what Terraform leaves alone differs: CI's rollouts own the task
     * definition of a service whose image CI builds, and ECS moves a blue-green service between its two target groups.
     */
    private static void service(TfModule m, String label, Expr when, boolean blueGreen, boolean ci) {
        m.resource("aws_ecs_service", label, b -> {
            b.attr("count", cond(when, num(1), num(0))).blank()
                    .attr("name", var("name"))
                    .attr("cluster", var("cluster_arn"))
                    .attr("task_definition", ref("aws_ecs_task_definition.this.arn"))
                    .attr("desired_count", var("desired_count"))
                    .attr("launch_type", "FARGATE")
                    .attr("platform_version", "LATEST")
                    .attr("propagate_tags", "SERVICE")
                    .attr("enable_ecs_managed_tags", true)
                    .comment("ECS Exec off unless asked: a shell into production tasks bypasses every other control.")
                    .attr("enable_execute_command", var("enable_execute_command"))
                    .comment("Never below the desired count during a deployment (seed 003: zero-downtime deploys).")
                    .attr("deployment_minimum_healthy_percent", 100)
                    .attr("deployment_maximum_percent", 200)
                    .attr("health_check_grace_period_seconds", cond(op(var("target_group_arn"), "==", nul()), nul(),
                            var("health_check_grace_period_seconds")))
                    .block("deployment_controller", c -> c.attr("type", "ECS"));
            if (blueGreen) {
                EcsBlueGreen.deployment(b);
            }
            b.comment("A deployment whose tasks keep failing stops and rolls back to the last working one.")
                    .block("deployment_circuit_breaker", c -> c.attr("enable", true).attr("rollback", true));
            b.block("network_configuration", n -> n
                            .attr("subnets", var("subnet_ids"))
                            .attr("security_groups", var("security_group_ids"))
                            .comment("Private subnets only: nothing reaches a task but through its security group.")
                            .attr("assign_public_ip", false))
                    .dynamic("load_balancer", cond(op(var("target_group_arn"), "==", nul()), list(), list(var("target_group_arn"))),
                            c -> {
                                c.attr("target_group_arn", ref("load_balancer.value"))
                                        .attr("container_name", EcsTasks.CONTAINER)
                                        .attr("container_port", var("port"));
                                if (blueGreen) {
                                    EcsBlueGreen.advanced(c);
                                }
                            });
            if (!blueGreen) {
                b.dynamic("service_registries", ref("aws_service_discovery_service.this[*].arn"),
                        c -> c.attr("registry_arn", ref("service_registries.value")));
            }
            b.attr("tags", var("tags"));
            List<Expr> ignored = new java.util.ArrayList<>(List.of(ref("desired_count")));
            if (ci) {
                ignored.add(ref("task_definition"));
            }
            if (blueGreen) {
                ignored.add(ref("load_balancer"));
            }
            b.comment(!ci && !blueGreen ? "Autoscaling (or an operator) owns the count after creation."
                    : "Autoscaling owns the count" + (ci ? "; CI rolls out new task definition revisions (deploy.yml)" : "")
                    + (blueGreen ? "; ECS moves the service between its two target groups with each deployment" : "") + ".");
            b.block("lifecycle", l -> l.attr("ignore_changes", list(ignored)));
            if (blueGreen) {
                b.blank().attr("depends_on", EcsBlueGreen.dependsOn());
            }
        });
    }

}

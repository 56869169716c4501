package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import java.util.List;

/**
 * {@code modules/ecs_job}: a container that runs to completion on Fargate: its task definition (run on demand with
 * {@code aws ecs run-task}), and for a scheduled job an EventBridge Scheduler schedule with its own role allowed to
 * run exactly this task definition family and pass exactly its two roles.
 */
final class EcsJobModule {

    static final String NAME = "ecs_job";

    private EcsJobModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "A job on AWS Fargate: a task definition with one hardened container (read-only"
                + " root filesystem with a writable /tmp volume, numeric non-root user, every capability dropped, secrets"
                + " injected from Secrets Manager or SSM, logs to its own log group) and execution and task roles. Run it"
                + " on demand with `aws ecs run-task`; with a schedule, EventBridge Scheduler runs it in the private"
                + " subnets, in the schedule's time zone, retrying a run it could not start.");
        EcsTasks.variables(m, false);
        m.required("cluster_arn", Types.STRING, "ARN of the ECS cluster the schedule runs the job in.");
        m.required("subnet_ids", Types.STRINGS, "Private subnets the job runs in (no public IP).");
        m.required("security_group_ids", Types.STRINGS, "Security groups of the job (module network).");
        m.optional("schedule_expression", Types.STRING, "cron(...) of EventBridge Scheduler (null: on demand only).", nul());
        m.optional("schedule_timezone", Types.STRING, "Time zone the schedule is read in.", str("UTC"));
        m.optional("retries", Types.NUMBER, "Times the scheduler retries a run it could not start (0-185).", num(0));
        EcsTasks.resources(m, null);
        Expr scheduled = op(var("schedule_expression"), "!=", nul());
        Expr count = cond(scheduled, num(1), num(0));
        m.data("aws_partition", "current", b -> { });
        m.resource("aws_iam_role", "scheduler", b -> b
                .attr("count", count).blank()
                .attr("name", tmpl(var("name"), "-scheduler"))
                .attr("description", "EventBridge Scheduler running this job's task")
                .attr("assume_role_policy", Policies.serviceTrust("TrustScheduler", "scheduler.amazonaws.com"))
                .attr("tags", var("tags")));
        Expr family = tmpl("arn:", ref("data.aws_partition.current.partition"), ":ecs:", ref("data.aws_region.current.region"),
                ":", ref("data.aws_caller_identity.current.account_id"), ":task-definition/", var("name"), ":*");
        Expr statements = list(
                obj().put("Sid", "RunJobTask").put("Effect", "Allow").put("Action", strings(List.of("ecs:RunTask")))
                        .put("Resource", list(family))
                        .put("Condition", obj().put("ArnEquals", obj().put("ecs:cluster", var("cluster_arn")).build()).build())
                        .build(),
                obj().put("Sid", "PassJobRoles").put("Effect", "Allow").put("Action", strings(List.of("iam:PassRole")))
                        .put("Resource", list(ref("aws_iam_role.task.arn"), ref("aws_iam_role.execution.arn")))
                        .put("Condition", obj().put("StringEquals", obj().put("iam:PassedToService", "ecs-tasks.amazonaws.com")
                                .build()).build()).build());
        m.resource("aws_iam_role_policy", "scheduler", b -> b
                .attr("count", count).blank()
                .attr("name", tmpl(var("name"), "-scheduler"))
                .attr("role", ref("aws_iam_role.scheduler[0].id"))
                .comment("RunTask of this family only, in this cluster only; its two roles passed to ECS tasks only.")
                .attr("policy", call("jsonencode", obj().put("Version", "2012-10-17").put("Statement", statements).build())));
        m.resource("aws_scheduler_schedule", "this", b -> b
                .attr("count", count).blank()
                .attr("name", var("name"))
                .attr("description", tmpl("Runs job ", var("name")))
                .attr("schedule_expression", var("schedule_expression"))
                .attr("schedule_expression_timezone", var("schedule_timezone"))
                .block("flexible_time_window", w -> w.attr("mode", "OFF"))
                .block("target", t -> t
                        .attr("arn", var("cluster_arn"))
                        .attr("role_arn", ref("aws_iam_role.scheduler[0].arn"))
                        .block("ecs_parameters", e -> e
                                .attr("task_definition_arn", ref("aws_ecs_task_definition.this.arn"))
                                .attr("launch_type", "FARGATE")
                                .attr("platform_version", "LATEST")
                                .attr("task_count", 1)
                                .attr("propagate_tags", "TASK_DEFINITION")
                                .attr("enable_ecs_managed_tags", true)
                                .block("network_configuration", n -> n
                                        .attr("subnets", var("subnet_ids"))
                                        .attr("security_groups", var("security_group_ids"))
                                        .attr("assign_public_ip", false)))
                        .block("retry_policy", r -> r.attr("maximum_retry_attempts", var("retries"))
                                .attr("maximum_event_age_in_seconds", 3600)))
                .blank()
                .attr("depends_on", list(ref("aws_iam_role_policy.scheduler"))));
        m.output("task_definition_family", "Family of the task definition (aws ecs run-task --task-definition).",
                ref("aws_ecs_task_definition.this.family"));
        EcsTasks.outputs(m);
        m.output("schedule_arn", "ARN of the schedule (null for an on-demand job).",
                call("one", ref("aws_scheduler_schedule.this[*].arn")));
        return m;
    }
}

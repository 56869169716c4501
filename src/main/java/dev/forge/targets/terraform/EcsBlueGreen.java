package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.forList;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import java.util.List;

/**
 * Blue-green deployments of an ECS service through CodeDeploy: the application, a deployment group that swaps the
 * production listener between the blue and green target groups and rolls back on failure, and CodeDeploy's own
 * role with exactly the ECS, load balancer and PassRole actions a deployment makes.
 */
final class EcsBlueGreen {

    /**
     * Load balancer reads CodeDeploy makes: Elastic Load Balancing authorizes its Describe* actions on "*" only (no
     * resource-level permissions), so these are the one "*" resource of the role (FORGE-IAM-002 lists them).
     */
    static final List<String> DESCRIBE = List.of("elasticloadbalancing:DescribeListeners",
            "elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTargetGroups",
            "elasticloadbalancing:DescribeTargetHealth");

    private EcsBlueGreen() {
    }

    static void variables(TfModule m) {
        m.optional("listener_arns", Types.STRINGS, "Blue-green: the production listeners whose traffic CodeDeploy moves.",
                list());
        m.optional("blue_target_group_name", Types.STRING, "Blue-green: the target group serving now.", nul());
        m.optional("green_target_group_name", Types.STRING, "Blue-green: the target group a new version starts in.", nul());
        m.optional("termination_wait_minutes", Types.NUMBER, "Blue-green: minutes the old version keeps running after"
                + " the traffic moved (a quick way back).", num(5));
    }

    static void resources(TfModule m, Expr when) {
        Expr count = cond(when, num(1), num(0));
        m.data("aws_partition", "current", b -> { });
        m.resource("aws_codedeploy_app", "this", b -> b
                .attr("count", count).blank()
                .attr("name", var("name"))
                .attr("compute_platform", "ECS")
                .attr("tags", var("tags")));
        m.resource("aws_iam_role", "codedeploy", b -> b
                .attr("count", count).blank()
                .attr("name", tmpl(var("name"), "-codedeploy"))
                .attr("description", "CodeDeploy moving the traffic of a blue-green deployment")
                .attr("assume_role_policy", call("jsonencode", obj().put("Version", "2012-10-17")
                        .put("Statement", list(obj().put("Sid", "TrustCodeDeploy").put("Effect", "Allow")
                                .put("Principal", obj().put("Service", "codedeploy.amazonaws.com").build())
                                .put("Action", "sts:AssumeRole")
                                .put("Condition", obj().put("StringEquals", obj().put("aws:SourceAccount",
                                        ref("data.aws_caller_identity.current.account_id")).build()).build()).build())).build()))
                .attr("tags", var("tags")));
        Expr prefix = tmpl("arn:", ref("data.aws_partition.current.partition"), ":ecs:", ref("data.aws_region.current.region"),
                ":", ref("data.aws_caller_identity.current.account_id"), ":");
        Expr statements = list(
                statement("DeployService", List.of("ecs:CreateTaskSet", "ecs:DeleteTaskSet", "ecs:DescribeServices",
                        "ecs:UpdateServicePrimaryTaskSet"), list(tmpl(prefix, "service/", var("cluster_name"), "/", var("name")),
                        tmpl(prefix, "task-set/", var("cluster_name"), "/", var("name"), "/*"))),
                statement("ReadLoadBalancers", DESCRIBE, strings(List.of("*"))),
                statement("MoveTraffic", List.of("elasticloadbalancing:ModifyListener", "elasticloadbalancing:ModifyRule"),
                        call("concat", var("listener_arns"), forList("l", var("listener_arns"),
                                tmpl(call("replace", ref("l"), str(":listener/"), str(":listener-rule/")), "/*")))),
                statement("PassTaskRoles", List.of("iam:PassRole"), list(ref("aws_iam_role.task.arn"),
                        ref("aws_iam_role.execution.arn"))));
        m.locals(l -> l.attr("codedeploy_statements", statements));
        m.resource("aws_iam_role_policy", "codedeploy", b -> b
                .attr("count", count).blank()
                .attr("name", tmpl(var("name"), "-codedeploy"))
                .attr("role", ref("aws_iam_role.codedeploy[0].id"))
                .attr("policy", IamModule.policy(ref("local.codedeploy_statements"))));
        m.resource("aws_codedeploy_deployment_group", "this", b -> b
                .attr("count", count).blank()
                .attr("app_name", ref("aws_codedeploy_app.this[0].name"))
                .attr("deployment_group_name", var("name"))
                .attr("service_role_arn", ref("aws_iam_role.codedeploy[0].arn"))
                .attr("deployment_config_name", "CodeDeployDefault.ECSAllAtOnce")
                .block("auto_rollback_configuration", r -> r.attr("enabled", true)
                        .attr("events", strings(List.of("DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_REQUEST"))))
                .block("blue_green_deployment_config", c -> c
                        .block("deployment_ready_option", o -> o.attr("action_on_timeout", "CONTINUE_DEPLOYMENT"))
                        .block("terminate_blue_instances_on_deployment_success", t -> t.attr("action", "TERMINATE")
                                .attr("termination_wait_time_in_minutes", var("termination_wait_minutes"))))
                .block("deployment_style", s -> s.attr("deployment_option", "WITH_TRAFFIC_CONTROL")
                        .attr("deployment_type", "BLUE_GREEN"))
                .block("ecs_service", s -> s.attr("cluster_name", var("cluster_name"))
                        .attr("service_name", ref("aws_ecs_service.blue_green[0].name")))
                .block("load_balancer_info", l -> l.block("target_group_pair_info", p -> p
                        .block("prod_traffic_route", r -> r.attr("listener_arns", var("listener_arns")))
                        .block("target_group", t -> t.attr("name", var("blue_target_group_name")))
                        .block("target_group", t -> t.attr("name", var("green_target_group_name")))))
                .attr("tags", var("tags")));
    }

    private static Expr statement(String sid, List<String> actions, Expr resources) {
        return obj().put("sid", sid).put("actions", strings(actions)).put("resources", resources).build();
    }

}

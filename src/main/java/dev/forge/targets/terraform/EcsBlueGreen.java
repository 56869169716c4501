package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Expr;

/**
 * Blue-green deployments of an ECS service, ECS's own strategy as platform.aws.EcsBlueGreen decides for both AWS
 * targets: the service's {@code deployment_configuration} (strategy and bake time), the {@code advanced_configuration}
 * of its load balancer (the green target group, the production listener rule, the role) and the infrastructure role
 * ECS moves the traffic as (trusted by ECS of this account only, AWS's managed policy for it).
 */
final class EcsBlueGreen {

    private EcsBlueGreen() {
    }

    static void variables(TfModule m) {
        m.optional("green_target_group_arn", Types.STRING, "Blue-green: the alternate target group a new revision starts"
                + " in (module load_balancer, green_target_group_arns).", nul());
        m.optional("production_listener_rule_arn", Types.STRING, "Blue-green: the listener rule whose traffic ECS moves"
                + " between the two target groups (module load_balancer, production_listener_rule_arns).", nul());
    }

    static void resources(TfModule m, Expr when) {
        Expr count = cond(when, num(1), num(0));
        m.data("aws_partition", "current", b -> { });
        m.resource("aws_iam_role", "blue_green", b -> b
                .attr("count", count).blank()
                .attr("name", tmpl(var("name"), dev.forge.platform.aws.EcsBlueGreen.ROLE_SUFFIX))
                .attr("description", dev.forge.platform.aws.EcsBlueGreen.ROLE_DESCRIPTION)
                .attr("assume_role_policy", Policies.serviceTrust(dev.forge.platform.aws.EcsBlueGreen.TRUST_SID, dev.forge.platform.aws.EcsBlueGreen.TRUSTED_SERVICE))
                .attr("tags", var("tags")));
        m.resource("aws_iam_role_policy_attachment", "blue_green", b -> b
                .attr("count", count).blank()
                .attr("role", ref("aws_iam_role.blue_green[0].name"))
                .comment("AWS's policy for exactly this role (platform.aws.EcsBlueGreen says why not a list of actions).")
                .attr("policy_arn", tmpl("arn:", ref("data.aws_partition.current.partition"), ":iam::aws:policy/",
                        dev.forge.platform.aws.EcsBlueGreen.MANAGED_POLICY)));
    }

    /** The service's blue-green settings: strategy and bake time, beside the circuit breaker's rollback. */
    static void deployment(Body b) {
        b.comment("ECS's blue/green: the new revision starts in the green target group, the rule's traffic moves at once,"
                        + " both run for the bake time.")
                .block("deployment_configuration", c -> c
                        .attr("strategy", dev.forge.platform.aws.EcsBlueGreen.STRATEGY)
                        .attr("bake_time_in_minutes", dev.forge.platform.aws.EcsBlueGreen.BAKE_TIME_MINUTES));
    }

    /** The load balancer's advanced configuration: the alternate target group, the rule ECS moves, the role. */
    static void advanced(Body lb) {
        lb.block("advanced_configuration", a -> a
                .attr("alternate_target_group_arn", var("green_target_group_arn"))
                .attr("production_listener_rule", var("production_listener_rule_arn"))
                .attr("role_arn", ref("aws_iam_role.blue_green[0].arn")));
    }

    /** The infrastructure role holds its policy before ECS first uses it. */
    static Expr dependsOn() {
        return list(ref("aws_iam_role_policy_attachment.blue_green"));
    }
}

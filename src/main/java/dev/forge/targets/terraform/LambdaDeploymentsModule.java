package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.platform.aws.LambdaDeployments;

/**
 * {@code modules/lambda_deployments}: the environment's CodeDeploy application for Lambda, its service role and one
 * deployment group per function whose {@code live} alias CodeDeploy shifts (platform.aws.LambdaDeployments: the
 * predefined configuration of the function's {@code deployment}, rollback on failure and on the function's alarms).
 */
final class LambdaDeploymentsModule {

    static final String NAME = "lambda_deployments";

    private LambdaDeploymentsModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "AWS CodeDeploy for Lambda: one application, its service role (trusted by"
                + " CodeDeploy for this account only, with AWS's managed " + LambdaDeployments.SERVICE_POLICY + ") and one"
                + " deployment group per function, shifting the function's alias in CodeDeploy's predefined canary or"
                + " linear steps and rolling it back when the deployment fails or one of the function's alarms fires"
                + " while traffic shifts. CI creates the deployments (an AppSpec naming the alias, its current version"
                + " and the new one); the functions' alias `live` is CodeDeploy's, not Terraform's.");
        m.required("application_name", Types.STRING, "Name of the CodeDeploy application (app-env).");
        m.required("role_name", Types.STRING, "Name of CodeDeploy's service role.");
        m.required("groups", Types.map(Types.object("deployment_group_name", Types.STRING, "deployment_config_name",
                Types.STRING, "alarm_names", Types.STRINGS)), "Deployment groups by function: the group's name, the"
                + " predefined configuration (CodeDeployDefault.Lambda*) and the alarms that stop a deployment.");
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
        m.data("aws_caller_identity", "current", b -> { });
        m.data("aws_partition", "current", b -> { });
        m.resource("aws_iam_role", "codedeploy", b -> b
                .attr("name", var("role_name"))
                .attr("description", tmpl("CodeDeploy shifting the functions' traffic of ", var("application_name")))
                .attr("assume_role_policy", Policies.serviceTrust("TrustCodeDeploy", LambdaDeployments.SERVICE))
                .attr("tags", var("tags")));
        m.resource("aws_iam_role_policy_attachment", "codedeploy", b -> b
                .attr("role", ref("aws_iam_role.codedeploy.name"))
                .comment("AWS's policy for CodeDeploy's Lambda deployments (platform.aws.LambdaDeployments says why).")
                .attr("policy_arn", tmpl("arn:", ref("data.aws_partition.current.partition"), ":iam::aws:policy/service-role/",
                        LambdaDeployments.SERVICE_POLICY)));
        m.resource("aws_codedeploy_app", "this", b -> b
                .attr("name", var("application_name"))
                .attr("compute_platform", LambdaDeployments.COMPUTE_PLATFORM)
                .attr("tags", var("tags")));
        m.resource("aws_codedeploy_deployment_group", "this", b -> b
                .attr("for_each", var("groups")).blank()
                .attr("app_name", ref("aws_codedeploy_app.this.name"))
                .attr("deployment_group_name", ref("each.value.deployment_group_name"))
                .attr("deployment_config_name", ref("each.value.deployment_config_name"))
                .attr("service_role_arn", ref("aws_iam_role.codedeploy.arn"))
                .attr("tags", var("tags"))
                .block("deployment_style", s -> s
                        .attr("deployment_type", "BLUE_GREEN")
                        .attr("deployment_option", "WITH_TRAFFIC_CONTROL"))
                .comment("Rollback when the deployment fails or an alarm stops it: the alias goes back to its version.")
                .block("auto_rollback_configuration", r -> r
                        .attr("enabled", true)
                        .attr("events", strings(LambdaDeployments.ROLLBACK_EVENTS)))
                .dynamic("alarm_configuration", cond(op(call("length", ref("each.value.alarm_names")), ">", dev.forge.emit.hcl.Hcl.num(0)),
                        list(dev.forge.emit.hcl.Hcl.num(1)), list()), a -> a
                        .attr("enabled", true)
                        .attr("alarms", ref("each.value.alarm_names")))
                .attr("depends_on", list(ref("aws_iam_role_policy_attachment.codedeploy"))));
        m.output("application_name", "Name of the CodeDeploy application.", ref("aws_codedeploy_app.this.name"));
        m.output("deployment_group_names", "Deployment groups by function.", dev.forge.emit.hcl.Hcl.forMap("k", "g",
                ref("aws_codedeploy_deployment_group.this"), ref("k"), ref("g.deployment_group_name"), null));
        m.output("role_arn", "ARN of CodeDeploy's service role.", ref("aws_iam_role.codedeploy.arn"));
        return m;
    }
}

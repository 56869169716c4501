package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

/** Deployment, stage, method settings and access logs of {@code modules/api_gateway_rest}. */
final class RestApiStage {

    private RestApiStage() {
    }

    static void add(TfModule m) {
        m.resource("aws_api_gateway_deployment", "this", b -> b
                .attr("rest_api_id", ref("aws_api_gateway_rest_api.this.id"))
                .blank()
                .attr("triggers", obj().put("redeployment", call("sha1", call("jsonencode", list(
                        ref("aws_api_gateway_resource.level1"), ref("aws_api_gateway_method.this"),
                        ref("aws_api_gateway_integration.this"), ref("aws_api_gateway_integration.options"),
                        ref("aws_api_gateway_integration_response.options"))))).build())
                .blank()
                .block("lifecycle", l -> l.attr("create_before_destroy", true))
                .blank()
                .attr("depends_on", list(ref("aws_api_gateway_integration.this"), ref("aws_api_gateway_integration.options"),
                        ref("aws_api_gateway_integration_response.options"))));
        m.resource("aws_cloudwatch_log_group", "access", b -> b
                .attr("count", cond(var("access_logs"), num(1), num(0))).blank()
                .attr("name", tmpl("/aws/apigateway/", var("name")))
                .attr("retention_in_days", var("log_retention_in_days"))
                .attr("tags", var("tags")));
        m.resource("aws_api_gateway_stage", "this", b -> b
                .attr("rest_api_id", ref("aws_api_gateway_rest_api.this.id"))
                .attr("deployment_id", ref("aws_api_gateway_deployment.this.id"))
                .attr("stage_name", var("stage_name"))
                .attr("xray_tracing_enabled", true)
                .attr("tags", var("tags"))
                .comment("FORGE rule: APIs write access logs.")
                .dynamic("access_log_settings", ref("aws_cloudwatch_log_group.access[*].arn"), d -> d
                        .attr("destination_arn", ref("access_log_settings.value"))
                        .attr("format", call("jsonencode", ApiVariables.accessLogFormat("$context.resourcePath")))));
        m.resource("aws_api_gateway_method_settings", "this", b -> b
                .attr("rest_api_id", ref("aws_api_gateway_rest_api.this.id"))
                .attr("stage_name", ref("aws_api_gateway_stage.this.stage_name"))
                .attr("method_path", "*/*")
                .blank()
                .block("settings", s -> s
                        .attr("metrics_enabled", true)
                        .attr("throttling_rate_limit", var("throttling_rate_limit"))
                        .attr("throttling_burst_limit", var("throttling_burst_limit"))));
    }
}

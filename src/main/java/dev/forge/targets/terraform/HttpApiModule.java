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
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;

/** {@code modules/api_gateway_http}: an HTTP API (API Gateway v2) in front of Lambda aliases. */
final class HttpApiModule {

    static final String NAME = "api_gateway_http";

    private HttpApiModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "An HTTP API (API Gateway v2): routes (or a `$default` catch-all) to Lambda proxy"
                + " integrations on function aliases, a `$default` stage with auto-deploy, throttling and JSON access logs,"
                + " CORS, an optional JWT authorizer, and one Lambda permission per route scoped to its method and path.");
        ApiVariables.common(m);
        m.optional("jwt_authorizer", Types.object("issuer", Types.STRING, "audience", Types.STRINGS),
                "JWT authorizer (issuer URL and audiences) for routes marked authorized; null for none.", nul());
        m.optional("authorization_scopes", Types.STRINGS, "OAuth scopes authorized routes require.", list());
        m.optional("cors", Types.object("allow_origins", Types.STRINGS, "allow_methods", Types.STRINGS, "allow_headers",
                Types.STRINGS, "allow_credentials", Types.BOOL, "max_age", Types.NUMBER), "CORS configuration; null for none.",
                nul());
        Expr jwt = op(var("jwt_authorizer"), "!=", nul());
        m.resource("aws_apigatewayv2_api", "this", b -> b
                .attr("name", var("name"))
                .attr("description", var("description"))
                .attr("protocol_type", "HTTP")
                .attr("tags", var("tags"))
                .dynamic("cors_configuration", cond(op(var("cors"), "==", nul()), list(), list(var("cors"))), c -> c
                        .attr("allow_origins", ref("cors_configuration.value.allow_origins"))
                        .attr("allow_methods", ref("cors_configuration.value.allow_methods"))
                        .attr("allow_headers", ref("cors_configuration.value.allow_headers"))
                        .attr("allow_credentials", ref("cors_configuration.value.allow_credentials"))
                        .attr("max_age", ref("cors_configuration.value.max_age"))));
        m.resource("aws_apigatewayv2_authorizer", "jwt", b -> b
                .attr("count", cond(jwt, num(1), num(0))).blank()
                .attr("api_id", ref("aws_apigatewayv2_api.this.id"))
                .attr("name", tmpl(var("name"), "-jwt"))
                .attr("authorizer_type", "JWT")
                .attr("identity_sources", list(str("$request.header.Authorization")))
                .blank()
                .block("jwt_configuration", j -> j
                        .attr("issuer", ref("var.jwt_authorizer.issuer"))
                        .attr("audience", ref("var.jwt_authorizer.audience"))));
        m.resource("aws_apigatewayv2_integration", "this", b -> b
                .attr("for_each", var("integrations")).blank()
                .attr("api_id", ref("aws_apigatewayv2_api.this.id"))
                .attr("integration_type", "AWS_PROXY")
                .attr("integration_uri", ref("each.value.invoke_arn"))
                .attr("payload_format_version", "2.0"));
        // Fail closed: a route marked authorized never falls back to NONE. Without an authorizer, plan stops here.
        Expr authorized = ref("each.value.authorized");
        m.resource("aws_apigatewayv2_route", "this", b -> b
                .attr("for_each", var("routes")).blank()
                .attr("api_id", ref("aws_apigatewayv2_api.this.id"))
                .attr("route_key", ref("each.key"))
                .attr("target", tmpl("integrations/", dev.forge.emit.hcl.Hcl.attr(dev.forge.emit.hcl.Hcl.index(
                        ref("aws_apigatewayv2_integration.this"), ref("each.value.integration")), "id")))
                .attr("authorization_type", cond(authorized, str("JWT"), str("NONE")))
                .attr("authorizer_id", cond(authorized, call("one", ref("aws_apigatewayv2_authorizer.jwt[*].id")), nul()))
                .attr("authorization_scopes", cond(authorized, var("authorization_scopes"), nul()))
                .blank()
                .block("lifecycle", l -> l.block("precondition", c -> c
                        .attr("condition", op(op(ref("each.value.authorized"), "==", dev.forge.emit.hcl.Hcl.bool(false)), "||", jwt))
                        .attr("error_message", tmpl("Route ", ref("each.key"), " is protected but jwt_authorizer is null;"
                                + " refusing to make it public. Set jwt_authorizer.")))));
        m.resource("aws_cloudwatch_log_group", "access", b -> b
                .attr("count", cond(var("access_logs"), num(1), num(0))).blank()
                .attr("name", tmpl("/aws/apigateway/", var("name")))
                .attr("retention_in_days", var("log_retention_in_days"))
                .attr("tags", var("tags")));
        m.resource("aws_apigatewayv2_stage", "this", b -> b
                .attr("api_id", ref("aws_apigatewayv2_api.this.id"))
                .attr("name", "$default")
                .attr("auto_deploy", true)
                .attr("tags", var("tags"))
                .block("default_route_settings", d -> d
                        .attr("throttling_rate_limit", var("throttling_rate_limit"))
                        .attr("throttling_burst_limit", var("throttling_burst_limit"))
                        .attr("detailed_metrics_enabled", true))
                .comment("FORGE rule: APIs write access logs.")
                .dynamic("access_log_settings", ref("aws_cloudwatch_log_group.access[*].arn"), d -> d
                        .attr("destination_arn", ref("access_log_settings.value"))
                        .attr("format", call("jsonencode", ApiVariables.accessLogFormat("$context.routeKey")))));
        m.resource("aws_lambda_permission", "this", b -> b
                .attr("for_each", var("routes")).blank()
                .attr("statement_id", tmpl("AllowApiGateway-", call("md5", ref("each.key"))))
                .attr("action", "lambda:InvokeFunction")
                .attr("function_name", dev.forge.emit.hcl.Hcl.attr(dev.forge.emit.hcl.Hcl.index(var("integrations"),
                        ref("each.value.integration")), "function_name"))
                .attr("qualifier", dev.forge.emit.hcl.Hcl.attr(dev.forge.emit.hcl.Hcl.index(var("integrations"),
                        ref("each.value.integration")), "qualifier"))
                .attr("principal", "apigateway.amazonaws.com")
                .attr("source_arn", tmpl(ref("aws_apigatewayv2_api.this.execution_arn"), "/*/", ref("each.value.source_path"))));
        ApiDomain.http(m);
        m.output("api_id", "ID of the API.", ref("aws_apigatewayv2_api.this.id"));
        m.output("api_endpoint", "Base URL of the API.", ref("aws_apigatewayv2_stage.this.invoke_url"));
        m.output("base_url", "Base URL of the API's default stage, from the API itself (no dependency on the"
                + " integrations, so a function behind the API may read it).", ref("aws_apigatewayv2_api.this.api_endpoint"));
        m.output("api_execution_arn", "Execution ARN of the API.", ref("aws_apigatewayv2_api.this.execution_arn"));
        return m;
    }
}

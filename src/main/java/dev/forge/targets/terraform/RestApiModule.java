package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.attr;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.forMap;
import static dev.forge.emit.hcl.Hcl.index;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.terraform.TfModule.check;

import dev.forge.emit.hcl.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code modules/api_gateway_rest}: a REST API (API Gateway v1). Terraform cannot nest a resource in another
 * instance of itself, so path resources are declared one level at a time ({@code level1} ... {@code levelN},
 * N the deepest path the spec needs).
 */
final class RestApiModule {

    static final String NAME = "api_gateway_rest";
    private static final String HDR = "method.response.header.Access-Control-Allow-";

    private RestApiModule() {
    }

    static TfModule build(int depth) {
        TfModule m = new TfModule(NAME, "A REST API (API Gateway v1): one resource per path segment (up to " + depth
                + " levels) and one method per route with a Lambda proxy integration on the function's alias, an optional"
                + " Cognito user-pool authorizer, CORS preflight (OPTIONS) mock integrations, a deployment redeployed on"
                + " change, a stage with X-Ray tracing, throttling and JSON access logs, a WAFv2 web ACL (AWS managed rule groups and a"
                + " per-IP rate rule) associated with the stage, an optional custom domain (TLS 1.2, regional) mapped to the stage,"
                + " and a Lambda permission per route."
                + " Access logs need the account's API Gateway CloudWatch role (aws_api_gateway_account), set once per"
                + " account and region.");
        ApiVariables.common(m);
        m.required("resources", Types.map(Types.object("depth", Types.NUMBER, "parent", Types.STRING, "path_part", Types.STRING)),
                "Path resources by full path (\"/items/{id}\"): depth, parent path (\"/\" at depth 1), last segment.",
                check(call("alltrue", dev.forge.emit.hcl.Hcl.forList("r", call("values", var("resources")),
                        op(ref("r.depth"), "<=", num(depth)))), "paths may be at most " + depth + " segments deep."));
        m.optional("stage_name", Types.STRING, "Name of the stage.", str("v1"));
        m.optional("cognito_user_pool_arn", Types.STRING, "Cognito user pool for routes marked authorized; null for none.", nul());
        m.optional("authorization_scopes", Types.STRINGS, "OAuth scopes the Cognito authorizer requires on authorized routes"
                + " (access tokens); empty for ID tokens.", list());
        m.optional("cors", Types.object("allow_origin", Types.STRING, "allow_methods", Types.STRING, "allow_headers", Types.STRING,
                        "allow_credentials", Types.BOOL, "max_age", Types.NUMBER),
                "CORS preflight answers (comma-separated lists, credentials allowed, seconds browsers cache the answer);"
                        + " null for none.", nul());
        m.optional("cognito_authorizer", Types.BOOL, "Whether the Cognito authorizer exists, when cognito_user_pool_arn is"
                + " only known after apply (a pool created in the same configuration); null: whether that ARN is set.", nul());
        // a pool created with the API has an ARN unknown at plan: the caller says so, so count stays known
        Expr cognito = cond(op(var("cognito_authorizer"), "!=", nul()), var("cognito_authorizer"),
                op(var("cognito_user_pool_arn"), "!=", nul()));
        m.resource("aws_api_gateway_rest_api", "this", b -> b
                .attr("name", var("name"))
                .attr("description", var("description"))
                .attr("tags", var("tags"))
                .blank()
                .block("endpoint_configuration", e -> e.attr("types", list(str("REGIONAL")))));
        List<Expr> levelIds = new ArrayList<>();
        levelIds.add(ref("local.root_id"));
        for (int level = 1; level <= depth; level++) {
            int n = level;
            m.resource("aws_api_gateway_resource", "level" + n, b -> b
                    .attr("for_each", forMap("k", "r", var("resources"), ref("k"), ref("r"), op(ref("r.depth"), "==", num(n))))
                    .blank()
                    .attr("rest_api_id", ref("aws_api_gateway_rest_api.this.id"))
                    .attr("parent_id", n == 1 ? ref("aws_api_gateway_rest_api.this.root_resource_id")
                            : attr(index(ref("aws_api_gateway_resource.level" + (n - 1)), ref("each.value.parent")), "id"))
                    .attr("path_part", ref("each.value.path_part")));
            levelIds.add(forMap("k", "r", ref("aws_api_gateway_resource.level" + n), ref("k"), ref("r.id"), null));
        }
        Expr method = index(call("split", str(" "), ref("each.key")), num(0));
        Expr path = index(call("split", str(" "), ref("each.key")), num(1));
        m.locals(l -> l
                .attr("root_id", obj().put("/", ref("aws_api_gateway_rest_api.this.root_resource_id")).build())
                .attr("resource_ids", call("merge", levelIds.toArray(Expr[]::new)))
                .attr("cors_paths", cond(op(var("cors"), "==", nul()), call("toset", list()), call("toset", call("distinct",
                        dev.forge.emit.hcl.Hcl.forList("k", call("keys", var("routes")),
                                index(call("split", str(" "), ref("k")), num(1))))))));
        m.resource("aws_api_gateway_authorizer", "cognito", b -> b
                .attr("count", cond(cognito, num(1), num(0))).blank()
                .attr("name", tmpl(var("name"), "-cognito"))
                .attr("rest_api_id", ref("aws_api_gateway_rest_api.this.id"))
                .attr("type", "COGNITO_USER_POOLS")
                .attr("provider_arns", list(var("cognito_user_pool_arn")))
                .attr("identity_source", "method.request.header.Authorization"));
        // Fail closed: a route marked authorized never falls back to NONE. Without a user pool, plan stops here.
        Expr authorized = ref("each.value.authorized");
        m.resource("aws_api_gateway_method", "this", b -> b
                .attr("for_each", var("routes")).blank()
                .attr("rest_api_id", ref("aws_api_gateway_rest_api.this.id"))
                .attr("resource_id", index(ref("local.resource_ids"), path))
                .attr("http_method", method)
                .attr("authorization", cond(authorized, str("COGNITO_USER_POOLS"), str("NONE")))
                .attr("authorizer_id", cond(authorized, call("one", ref("aws_api_gateway_authorizer.cognito[*].id")), nul()))
                .blank()
                .attr("authorization_scopes", cond(op(authorized, "&&", op(call("length", var("authorization_scopes")), ">", num(0))),
                        var("authorization_scopes"), nul()))
                .blank()
                .block("lifecycle", l -> l.block("precondition", c -> c
                        .attr("condition", op(op(ref("each.value.authorized"), "==", dev.forge.emit.hcl.Hcl.bool(false)), "||",
                                op(var("cognito_user_pool_arn"), "!=", nul())))
                        .attr("error_message", tmpl("Route ", ref("each.key"), " is protected but cognito_user_pool_arn is null;"
                                + " refusing to make it public. Set cognito_user_pool_arn.")))));
        m.resource("aws_api_gateway_integration", "this", b -> b
                .attr("for_each", var("routes")).blank()
                .attr("rest_api_id", ref("aws_api_gateway_rest_api.this.id"))
                .attr("resource_id", attr(index(ref("aws_api_gateway_method.this"), ref("each.key")), "resource_id"))
                .attr("http_method", attr(index(ref("aws_api_gateway_method.this"), ref("each.key")), "http_method"))
                .attr("type", "AWS_PROXY")
                .attr("integration_http_method", "POST")
                .attr("uri", attr(index(var("integrations"), ref("each.value.integration")), "invoke_arn")));
        RestApiCors.add(m);
        RestApiStage.add(m);
        RestApiWaf.add(m);
        ApiDomain.rest(m);
        m.resource("aws_lambda_permission", "this", b -> b
                .attr("for_each", var("routes")).blank()
                .attr("statement_id", tmpl("AllowApiGateway-", call("md5", ref("each.key"))))
                .attr("action", "lambda:InvokeFunction")
                .attr("function_name", attr(index(var("integrations"), ref("each.value.integration")), "function_name"))
                .attr("qualifier", attr(index(var("integrations"), ref("each.value.integration")), "qualifier"))
                .attr("principal", "apigateway.amazonaws.com")
                .attr("source_arn", tmpl(ref("aws_api_gateway_rest_api.this.execution_arn"), "/*/", ref("each.value.source_path"))));
        m.output("api_id", "ID of the API.", ref("aws_api_gateway_rest_api.this.id"));
        m.output("api_name", "Name of the API.", ref("aws_api_gateway_rest_api.this.name"));
        m.output("api_endpoint", "Invoke URL of the stage.", ref("aws_api_gateway_stage.this.invoke_url"));
        // The same URL built from the API's ID: the stage depends on the deployment, which depends on the integrations
        // and so on the functions, so a function behind the API that reads its URL (env: api:NAME.url) reads this one.
        m.data("aws_region", "current", b -> { });
        m.output("base_url", "Base URL of the stage, built from the API's ID and the stage name (no dependency on the"
                + " integrations).", tmpl("https://", ref("aws_api_gateway_rest_api.this.id"), ".execute-api.",
                ref("data.aws_region.current.region"), ".amazonaws.com/", var("stage_name")));
        m.output("api_execution_arn", "Execution ARN of the API.", ref("aws_api_gateway_rest_api.this.execution_arn"));
        return m;
    }

    static String header(String name) {
        return HDR + name;
    }
}
